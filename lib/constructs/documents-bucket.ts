import { Aws, type CfnElement, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { Grant, type IGrantable, PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { AccessLogBucket } from './access-log-bucket.js';
import type { DataKey } from './data-key.js';

/** Raw MIME exactly as SES stored it; the only key prefix that triggers processing. */
export const RAW_MAIL_PREFIX = 'raw/';
/** Documents filed under a case: `cases/<case id>/…`. */
export const CASE_DOCUMENTS_PREFIX = 'cases/';

/** Fragments of split messages (RFC 2046 message/partial) waiting for the others: `fragments/<group>/<n>`. */
export const MESSAGE_FRAGMENTS_PREFIX = 'fragments/';
/** A split message whose fragments have not all arrived within this many days never will. */
export const MESSAGE_FRAGMENT_DAYS = 30;

/** How long an overwritten or deleted version stays recoverable. */
export const NONCURRENT_VERSION_DAYS = 90;

export interface DocumentsBucketProps {
  readonly dataKey: DataKey;
  readonly rawMailRetentionDays: number;
  readonly caseDocumentRetentionDays: number;
  readonly accessLogRetentionDays: number;
}

/**
 * The one bucket for raw mail and case documents: private, TLS only, versioned, encrypted with the
 * data key, expired on the configured schedule, and every request logged to a separate bucket.
 */
export class DocumentsBucket extends Construct {
  readonly bucket: Bucket;
  readonly accessLogs: AccessLogBucket;
  private readonly dataKey: DataKey;

  constructor(scope: Construct, id: string, props: DocumentsBucketProps) {
    super(scope, id);
    this.dataKey = props.dataKey;
    this.accessLogs = new AccessLogBucket(this, 'AccessLogs', { retentionDays: props.accessLogRetentionDays });
    const expireUnder = (prefix: string, days: number) => ({
      id: `expire-${prefix.replace('/', '')}`,
      prefix,
      expiration: Duration.days(days),
      noncurrentVersionExpiration: Duration.days(NONCURRENT_VERSION_DAYS),
    });
    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      versioned: true,
      encryption: BucketEncryption.KMS,
      encryptionKey: props.dataKey.key,
      // One data key per bucket rather than per object: far fewer KMS calls, same key.
      bucketKeyEnabled: true,
      serverAccessLogsBucket: this.accessLogs.bucket,
      serverAccessLogsPrefix: 'documents/',
      lifecycleRules: [
        expireUnder(RAW_MAIL_PREFIX, props.rawMailRetentionDays),
        expireUnder(CASE_DOCUMENTS_PREFIX, props.caseDocumentRetentionDays),
        // Each fragment is also kept whole under raw/ for the raw-mail retention.
        expireUnder(MESSAGE_FRAGMENTS_PREFIX, MESSAGE_FRAGMENT_DAYS),
        {
          id: 'clean-up',
          abortIncompleteMultipartUploadAfter: Duration.days(7),
          // An expired object leaves a delete marker in a versioned bucket; drop it once alone.
          expiredObjectDeleteMarker: true,
        },
      ],
      // Refugees' case files: never deleted with the stack.
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }

  /**
   * Lets SES receiving store mail under `raw/`, encrypted with the data key, for this account's
   * given receipt rule only (AWS's documented `aws:SourceAccount` + `aws:SourceArn` conditions, on
   * the bucket policy and the key policy). Returns the bucket statement.
   */
  allowSesReceiptRule(receiptRuleArn: string): PolicyStatement {
    this.dataKey.allowSesReceiptRule(receiptRuleArn);
    const statement = new PolicyStatement({
      sid: 'AllowSesReceiptRuleToStoreRawMail',
      principals: [new ServicePrincipal('ses.amazonaws.com')],
      actions: ['s3:PutObject'],
      resources: [this.bucket.arnForObjects(`${RAW_MAIL_PREFIX}*`)],
      conditions: {
        StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID, 'aws:SourceArn': receiptRuleArn },
      },
    });
    this.bucket.addToResourcePolicy(statement);
    return statement;
  }

  /** Read access to raw mail only (objects under `raw/`). */
  grantReadRawMail(grantee: IGrantable): Grant {
    this.dataKey.key.grantDecrypt(grantee);
    // Without list permission S3 answers a missing key with 403, not 404 (NoSuchKey); S3 checks
    // it with the key as s3:prefix, so listing stays limited to raw/ (SES message ids, no names).
    Grant.addToPrincipal({
      grantee,
      actions: ['s3:ListBucket'],
      resourceArns: [this.bucket.bucketArn],
      conditions: { StringLike: { 's3:prefix': `${RAW_MAIL_PREFIX}*` } },
    });
    this.acknowledgePrefixWildcard(grantee, RAW_MAIL_PREFIX);
    return Grant.addToPrincipal({
      grantee,
      actions: ['s3:GetObject'],
      resourceArns: [this.bucket.arnForObjects(`${RAW_MAIL_PREFIX}*`)],
    });
  }

  /** Read access to case documents (objects under `cases/`): notices attach the forms on file. */
  grantReadCaseDocuments(grantee: IGrantable): Grant {
    this.dataKey.key.grantDecrypt(grantee);
    this.acknowledgePrefixWildcard(grantee, CASE_DOCUMENTS_PREFIX);
    return Grant.addToPrincipal({
      grantee,
      actions: ['s3:GetObject'],
      resourceArns: [this.bucket.arnForObjects(`${CASE_DOCUMENTS_PREFIX}*`)],
    });
  }

  /** Write access to case documents only (objects under `cases/`). */
  grantWriteCaseDocuments(grantee: IGrantable): Grant {
    // S3 asks KMS for a data key with the writer's permissions; nothing else is needed to write.
    this.dataKey.key.grant(grantee, 'kms:GenerateDataKey');
    this.acknowledgePrefixWildcard(grantee, CASE_DOCUMENTS_PREFIX);
    return Grant.addToPrincipal({
      grantee,
      actions: ['s3:PutObject'],
      resourceArns: [this.bucket.arnForObjects(`${CASE_DOCUMENTS_PREFIX}*`)],
    });
  }

  /** Keeping, listing and reading fragments of split messages (objects under `fragments/`). */
  grantKeepMessageFragments(grantee: IGrantable): Grant {
    this.dataKey.key.grantDecrypt(grantee);
    this.dataKey.key.grant(grantee, 'kms:GenerateDataKey');
    Grant.addToPrincipal({
      grantee,
      actions: ['s3:ListBucket'],
      resourceArns: [this.bucket.bucketArn],
      conditions: { StringLike: { 's3:prefix': `${MESSAGE_FRAGMENTS_PREFIX}*` } },
    });
    this.acknowledgePrefixWildcard(grantee, MESSAGE_FRAGMENTS_PREFIX);
    return Grant.addToPrincipal({
      grantee,
      actions: ['s3:GetObject', 's3:PutObject'],
      resourceArns: [this.bucket.arnForObjects(`${MESSAGE_FRAGMENTS_PREFIX}*`)],
    });
  }

  private readonly acknowledged = new Set<string>();

  private acknowledgePrefixWildcard(grantee: IGrantable, prefix: string): void {
    const principal = grantee.grantPrincipal;
    if (!Construct.isConstruct(principal)) return;
    // Reading and writing the same prefix is one finding, acknowledged once.
    const key = `${principal.node.path} ${prefix}`;
    if (this.acknowledged.has(key)) return;
    this.acknowledged.add(key);
    const bucketId = Stack.of(this).getLogicalId(this.bucket.node.defaultChild as CfnElement);
    Validations.of(principal).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/${prefix}*]`,
      reason: `${principal.node.id}: objects under ${prefix} only; an S3 object ARN with a key-prefix wildcard is the narrowest grant S3 offers for objects whose names are only known at run time.`,
    });
  }
}
