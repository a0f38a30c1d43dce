import { Aws, RemovalPolicy } from 'aws-cdk-lib';
import { Grant, PolicyStatement, ServicePrincipal, type IGrantable } from 'aws-cdk-lib/aws-iam';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

/** Raw MIME exactly as SES stored it; the only key prefix that triggers processing. */
export const RAW_MAIL_PREFIX = 'raw/';
/** Documents filed under a case: `cases/<case id>/…`. */
export const CASE_DOCUMENTS_PREFIX = 'cases/';

/** The one bucket for raw mail and case documents: private, TLS only, versioned, encrypted at rest. */
export class DocumentsBucket extends Construct {
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      versioned: true,
      encryption: BucketEncryption.S3_MANAGED,
      // Refugees' case files: never deleted with the stack.
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }

  /**
   * Lets SES receiving store mail under `raw/`, for this account's given receipt rule only
   * (AWS's documented `aws:SourceAccount` + `aws:SourceArn` conditions). Returns the statement.
   */
  allowSesReceiptRule(receiptRuleArn: string): PolicyStatement {
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
    this.bucket.encryptionKey?.grantDecrypt(grantee);
    // Without list permission S3 answers a missing key with 403, not 404 (NoSuchKey); S3 checks
    // it with the key as s3:prefix, so listing stays limited to raw/ (SES message ids, no names).
    Grant.addToPrincipal({
      grantee,
      actions: ['s3:ListBucket'],
      resourceArns: [this.bucket.bucketArn],
      conditions: { StringLike: { 's3:prefix': `${RAW_MAIL_PREFIX}*` } },
    });
    return Grant.addToPrincipal({
      grantee,
      actions: ['s3:GetObject'],
      resourceArns: [this.bucket.arnForObjects(`${RAW_MAIL_PREFIX}*`)],
    });
  }

  /** Write access to case documents only (objects under `cases/`). */
  grantWriteCaseDocuments(grantee: IGrantable): Grant {
    this.bucket.encryptionKey?.grantEncrypt(grantee);
    return Grant.addToPrincipal({
      grantee,
      actions: ['s3:PutObject'],
      resourceArns: [this.bucket.arnForObjects(`${CASE_DOCUMENTS_PREFIX}*`)],
    });
  }
}
