import { ArnFormat, Aws, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

/**
 * The one customer-managed key for every store of personal information: the documents bucket, the
 * case table, the dead-letter queue, the log groups and the alarm topic. Its policy keeps the
 * account's administrative access (CDK's default, so IAM policies decide who in the account may
 * use it) and adds one statement per AWS service that encrypts on the pipeline's behalf, each
 * limited by AWS's documented conditions.
 */
export class DataKey extends Construct {
  readonly key: Key;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const stack = Stack.of(this);
    this.key = new Key(this, 'Key', {
      description: `${stack.stackName}: encrypts raw mail, case documents, the case table, queues, logs and alarms`,
      alias: `alias/${stack.stackName}/data`,
      enableKeyRotation: true,
      // Scheduling deletion of this key makes every case file unreadable: never with the stack.
      removalPolicy: RemovalPolicy.RETAIN,
      pendingWindow: Duration.days(30),
    });
  }

  /**
   * Lets CloudWatch Logs in this region encrypt the log groups whose names start with
   * `logGroupNamePrefix`, and only those (the encryption-context condition AWS documents).
   */
  allowLogGroups(logGroupNamePrefix: string): PolicyStatement {
    return this.add(
      new PolicyStatement({
        sid: 'AllowCloudWatchLogsForThisStacksLogGroups',
        principals: [new ServicePrincipal(`logs.${Stack.of(this).region}.amazonaws.com`)],
        actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
        resources: ['*'],
        conditions: {
          ArnLike: {
            'kms:EncryptionContext:aws:logs:arn': Stack.of(this).formatArn({
              service: 'logs',
              resource: 'log-group',
              resourceName: `${logGroupNamePrefix}*`,
              arnFormat: ArnFormat.COLON_RESOURCE_NAME,
            }),
          },
        },
      }),
    );
  }

  /**
   * Lets SES receiving store mail in a bucket whose default encryption is this key (S3 asks KMS for
   * the data key on SES's behalf), for this account's given receipt rule only.
   */
  allowSesReceiptRule(receiptRuleArn: string): PolicyStatement {
    return this.add(
      new PolicyStatement({
        sid: 'AllowSesReceiptRuleToEncryptRawMail',
        principals: [new ServicePrincipal('ses.amazonaws.com')],
        actions: ['kms:Encrypt', 'kms:GenerateDataKey'],
        resources: ['*'],
        conditions: {
          StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID, 'aws:SourceArn': receiptRuleArn },
        },
      }),
    );
  }

  /**
   * Lets CloudWatch alarms publish to a topic encrypted with this key. AWS documents this statement
   * without conditions; who may publish is decided by the topic's own policy (this account only).
   */
  allowCloudWatchAlarms(): PolicyStatement {
    return this.add(
      new PolicyStatement({
        sid: 'AllowCloudWatchAlarmsToPublishToEncryptedTopic',
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
      }),
    );
  }

  private add(statement: PolicyStatement): PolicyStatement {
    this.key.addToResourcePolicy(statement);
    return statement;
  }
}
