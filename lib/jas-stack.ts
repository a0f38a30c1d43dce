import { CfnOutput, Fn, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { CaseClocks } from './constructs/case-clocks.js';
import { CaseReports } from './constructs/case-reports.js';
import { CaseTable } from './constructs/case-table.js';
import { DataKey } from './constructs/data-key.js';
import { DocumentsBucket } from './constructs/documents-bucket.js';
import { InboundEmail } from './constructs/inbound-email.js';
import { NoticeSending } from './constructs/notice-sending.js';
import { OperatorAlarms } from './constructs/operator-alarms.js';
import type { DeploymentSettings } from './deployment-settings.js';

export type JasStackProps = StackProps &
  Pick<
    DeploymentSettings,
    | 'mailDomain'
    | 'recipients'
    | 'noticeFrom'
    | 'receiptRuleSetName'
    | 'operatorEmail'
    | 'rawMailRetentionDays'
    | 'caseDocumentRetentionDays'
    | 'accessLogRetentionDays'
    | 'reservedConcurrency'
  >;

/** The jas-intake pipeline: SES receiving → S3 raw/ → inbound Lambda → DynamoDB, with SESv2 notices. */
export class JasStack extends Stack {
  /** The policy's clocks; the local stack runs this state machine's synthesized definition. */
  readonly clocks: CaseClocks;

  constructor(scope: Construct, id: string, props: JasStackProps) {
    super(scope, id, props);

    const dataKey = new DataKey(this, 'DataKey');
    // The key policy lets CloudWatch Logs encrypt only log groups named under this prefix.
    const logGroupNamePrefix = `/${this.stackName}/`;
    dataKey.allowLogGroups(logGroupNamePrefix);

    const documents = new DocumentsBucket(this, 'Documents', {
      dataKey,
      rawMailRetentionDays: props.rawMailRetentionDays,
      caseDocumentRetentionDays: props.caseDocumentRetentionDays,
      accessLogRetentionDays: props.accessLogRetentionDays,
    });
    const cases = new CaseTable(this, 'Cases', { dataKey });
    const notices = new NoticeSending(this, 'Notices', { mailDomain: props.mailDomain });
    const reports = new CaseReports(this, 'Reports', {
      dataKey,
      cases,
      notices,
      noticeFrom: props.noticeFrom,
      logGroupNamePrefix,
    });
    this.clocks = new CaseClocks(this, 'Clocks', {
      dataKey,
      cases,
      notices,
      bucketName: documents.bucket.bucketName,
      noticeFrom: props.noticeFrom,
      reportFunctionName: reports.handler.functionName,
      logGroupNamePrefix,
    });
    const inbound = new InboundEmail(this, 'Inbound', {
      dataKey,
      documents,
      cases,
      notices,
      clocks: this.clocks,
      reports,
      recipients: props.recipients,
      noticeFrom: props.noticeFrom,
      receiptRuleSetName: props.receiptRuleSetName,
      logGroupNamePrefix,
      reservedConcurrency: props.reservedConcurrency,
    });
    const alarms = new OperatorAlarms(this, 'Alarms', {
      dataKey,
      operatorEmail: props.operatorEmail,
      handler: inbound.handler,
      failedInvocations: inbound.failedInvocations.queue,
      failureRecorder: inbound.failureRecorder,
      clocks: this.clocks.stateMachine,
      reports: reports.handler,
      sweeper: inbound.sweeper,
    });

    new CfnOutput(this, 'BucketName', {
      description: 'Raw mail under raw/, case documents under cases/.',
      value: documents.bucket.bucketName,
    });
    new CfnOutput(this, 'TableName', {
      description: 'Cases, documents and audit trail.',
      value: cases.table.tableName,
    });
    new CfnOutput(this, 'DataKeyArn', {
      description: 'The customer-managed KMS key of every store; name its key administrators in the key policy or IAM.',
      value: dataKey.key.keyArn,
    });
    new CfnOutput(this, 'AlarmTopicArn', {
      description: props.operatorEmail
        ? `Operator alarms; ${props.operatorEmail} must confirm the subscription email.`
        : 'Operator alarms; no operatorEmail was given: subscribe an address (aws sns subscribe --protocol email).',
      value: alarms.topic.topicArn,
    });
    new CfnOutput(this, 'FailedInvocationQueueUrl', {
      description: 'S3 events the inbound handler failed on after retries; each names the raw/ object to replay.',
      value: inbound.failedInvocations.queue.queueUrl,
    });
    new CfnOutput(this, 'ClocksStateMachineArn', {
      description:
        'The policy clocks: one execution per case, clock and date, named <case id>-<due date>-<purpose> (continuations -2, -3).',
      value: this.clocks.stateMachineArn,
    });
    new CfnOutput(this, 'ReceiptRuleSetName', {
      description:
        'Created INACTIVE. Activate after the domain is verified: aws ses set-active-receipt-rule-set --rule-set-name <this> (one active set per account and region).',
      value: inbound.ruleSet.receiptRuleSetName,
    });
    new CfnOutput(this, 'MxRecord', {
      description: "DNS record that sends the domain's mail to SES receiving in this region.",
      value: `${props.mailDomain}. MX 10 inbound-smtp.${this.region}.amazonaws.com`,
    });
    notices.identity.dkimRecords.forEach((record, index) => {
      new CfnOutput(this, `DkimRecord${index + 1}`, {
        description: 'Easy DKIM CNAME: publishing all three verifies the sending domain.',
        value: Fn.join(' ', [record.name, 'CNAME', record.value]),
      });
    });
  }
}
