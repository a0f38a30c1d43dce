import { ArnFormat, Duration, Stack } from 'aws-cdk-lib';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Grant } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { EventType } from 'aws-cdk-lib/aws-s3';
import { LambdaDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { type IReceiptRuleAction, type ReceiptRule, ReceiptRuleSet, TlsPolicy } from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';
import { READING_WORKER } from '../lambda-bundle-options.js';
import { projectPath } from '../project-root.js';
import { AppFunction } from './app-function.js';
import { acknowledgeBucketNotificationsHandler } from './bucket-notifications-handler.js';
import type { CaseClocks } from './case-clocks.js';
import type { CaseReports } from './case-reports.js';
import type { CaseTable } from './case-table.js';
import type { DataKey } from './data-key.js';
import { type DocumentsBucket, RAW_MAIL_PREFIX } from './documents-bucket.js';
import { FailedInvocationQueue } from './failed-invocation-queue.js';
import type { NoticeSending } from './notice-sending.js';

export const INBOUND_HANDLER_ENTRY = projectPath('functions', 'handlers', 'on-inbound-email.ts');
export const FAILED_INVOCATION_HANDLER_ENTRY = projectPath('functions', 'handlers', 'on-failed-invocation.ts');
export const SWEEP_HANDLER_ENTRY = projectPath('functions', 'handlers', 'on-sweep.ts');
/** How often the sweeper looks under raw/ for messages without an outcome. */
export const SWEEP_RATE = Duration.minutes(5);

export interface InboundEmailProps {
  readonly dataKey: DataKey;
  readonly documents: DocumentsBucket;
  readonly cases: CaseTable;
  readonly notices: NoticeSending;
  /** The policy's clocks, which handled messages start and cancel. */
  readonly clocks: CaseClocks;
  /** The report function, which `REPORT` by email is handed to (an asynchronous invocation). */
  readonly reports: CaseReports;
  /** Addresses or domains the receipt rule accepts mail for. */
  readonly recipients: string[];
  /** The From address of every notice; must belong to the notice-sending domain. */
  readonly noticeFrom: string;
  /** Named, not generated: the deployer activates the rule set by this name. */
  readonly receiptRuleSetName: string;
  /** @default 'store-raw-mail' */
  readonly receiptRuleName?: string;
  /** The handler's log group is named under this prefix, which the data key's policy allows. */
  readonly logGroupNamePrefix: string;
  /** The most handlers that run at once; S3 events beyond it wait and are retried by Lambda. */
  readonly reservedConcurrency: number;
}

/**
 * Mail in: SES stores each message under `raw/` (spam and virus scan on, TLS required), and the
 * S3 ObjectCreated event on `raw/` invokes the inbound handler, which files the case. An event that
 * still fails after Lambda's two retries goes to the failed-invocation queue.
 */
export class InboundEmail extends Construct {
  readonly ruleSet: ReceiptRuleSet;
  readonly rule: ReceiptRule;
  readonly handler: AppFunction;
  readonly failedInvocations: FailedInvocationQueue;
  /** Quarantines, with its reason, each message whose every retry failed. */
  readonly failureRecorder: AppFunction;
  /** Finishes, on a schedule, each message stored under raw/ that has no outcome. */
  readonly sweeper: AppFunction;

  constructor(scope: Construct, id: string, props: InboundEmailProps) {
    super(scope, id);
    const { documents, cases, notices } = props;
    const bucket = documents.bucket;
    const receiptRuleName = props.receiptRuleName ?? 'store-raw-mail';

    // Known names give the rule's ARN without a reference to the rule itself, so the bucket
    // policy can name it while the rule still waits for the policy (SES checks access on create).
    documents.allowSesReceiptRule(
      Stack.of(this).formatArn({
        service: 'ses',
        resource: 'receipt-rule-set',
        resourceName: `${props.receiptRuleSetName}:receipt-rule/${receiptRuleName}`,
        arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
      }),
    );
    // aws-ses-actions' S3 action would add its own, account-wide bucket statement beside ours.
    const storeRawMail: IReceiptRuleAction = {
      bind: () => ({ s3Action: { bucketName: bucket.bucketName, objectKeyPrefix: RAW_MAIL_PREFIX } }),
    };

    this.ruleSet = new ReceiptRuleSet(this, 'RuleSet', { receiptRuleSetName: props.receiptRuleSetName });
    this.rule = this.ruleSet.addRule('StoreRawMail', {
      receiptRuleName,
      recipients: props.recipients,
      enabled: true,
      scanEnabled: true,
      tlsPolicy: TlsPolicy.REQUIRE,
      actions: [storeRawMail],
    });
    if (bucket.policy) this.rule.node.addDependency(bucket.policy);

    this.failedInvocations = new FailedInvocationQueue(this, 'FailedInvocations', { dataKey: props.dataKey });
    // Both functions read the pipeline's configuration (functions/config.ts) the same way.
    const environment = {
      JAS_BUCKET_NAME: bucket.bucketName,
      JAS_TABLE_NAME: cases.table.tableName,
      JAS_NOTICE_FROM: props.noticeFrom,
      JAS_CONFIGURATION_SET: notices.configurationSet.configurationSetName,
      JAS_CLOCKS_STATE_MACHINE_ARN: props.clocks.stateMachineArn,
      JAS_REPORT_FUNCTION_NAME: props.reports.handler.functionName,
      JAS_CLIENT_KEY_SECRET_ARN: cases.clientKeySecret.secretArn,
      POWERTOOLS_SERVICE_NAME: 'jas-intake',
      POWERTOOLS_LOG_LEVEL: 'INFO',
    };
    this.handler = new AppFunction(this, 'Handler', {
      entry: INBOUND_HANDLER_ENTRY,
      description: 'Files each message SES stored under raw/ into its case and sends the notices.',
      // Sized from `npm run bench` (2026-11-23): peak RSS 140 MB for a 1 MB message, 276 MB for 30 MB,
      // so about 330 MB for SES's 40 MB maximum; 1024 MB leaves room and buys the CPU (Lambda gives
      // CPU in proportion to memory) that a cold start of 0.8 s at 2 cores' speed wants. A 40 MB
      // message took 1.5 s locally: 60 s covers slow dependencies and the SDK's own retries.
      memorySize: 1024,
      timeout: Duration.seconds(60),
      logGroupName: `${props.logGroupNamePrefix}inbound-handler`,
      logEncryptionKey: props.dataKey.key,
      reservedConcurrentExecutions: props.reservedConcurrency,
      workers: [READING_WORKER],
      retryAttempts: 2,
      onFailure: this.failedInvocations.onFailure,
      environment,
    });
    bucket.addEventNotification(EventType.OBJECT_CREATED, new LambdaDestination(this.handler), {
      prefix: RAW_MAIL_PREFIX,
    });
    acknowledgeBucketNotificationsHandler(Stack.of(this));

    // What processing a message takes; the sweeper processes messages too, so it gets the same.
    const grantProcessing = (fn: IFunction) => {
      documents.grantReadRawMail(fn);
      documents.grantReadCaseDocuments(fn);
      documents.grantWriteCaseDocuments(fn);
      documents.grantKeepMessageFragments(fn);
      cases.grantCaseData(fn);
      cases.grantReadTogether(fn);
      // Only what processes a message finds clients by UCI: a recommendation opens or joins its client's case.
      cases.grantClientKeys(fn);
      notices.grantSendNotices(fn);
      props.clocks.grantStartAndStop(fn);
      // The unqualified function only (grantInvoke would add its versions, `:*`): REPORT is handed to $LATEST.
      Grant.addToPrincipal({
        grantee: fn,
        actions: ['lambda:InvokeFunction'],
        resourceArns: [props.reports.handler.functionArn],
      });
    };
    grantProcessing(this.handler);

    // Reconciliation: a message whose S3 event was lost, or whose processing died where no retry
    // and no failure record saw it, is found under raw/ without an outcome and processed under its
    // own key. One run at a time, a few messages per run (JAS_SWEEP_MAX_MESSAGES, each read within
    // its time budget), so a run ends well inside the timeout.
    this.sweeper = new AppFunction(this, 'Sweeper', {
      entry: SWEEP_HANDLER_ENTRY,
      description:
        'Every 5 minutes, processes each message stored under raw/ that has no recorded outcome, and hands split messages whose parts stopped coming to triage.',
      memorySize: 1024,
      timeout: Duration.minutes(4),
      logGroupName: `${props.logGroupNamePrefix}sweeper`,
      logEncryptionKey: props.dataKey.key,
      reservedConcurrentExecutions: 1,
      workers: [READING_WORKER],
      environment,
    });
    grantProcessing(this.sweeper);
    new Rule(this, 'SweepSchedule', {
      description: 'Runs the sweeper of raw/ messages without an outcome.',
      schedule: Schedule.rate(SWEEP_RATE),
      // The next run is the retry.
      targets: [new LambdaFunction(this.sweeper, { retryAttempts: 0 })],
    });

    // Every message ends in one recorded outcome: what the retries could not process is quarantined
    // (and the quarantine alarm fires); a recorder that fails itself leaves the record on the queue,
    // where the queue's own alarm sees it.
    this.failureRecorder = new AppFunction(this, 'FailureRecorder', {
      entry: FAILED_INVOCATION_HANDLER_ENTRY,
      description: 'Quarantines each message whose inbound processing failed after every retry.',
      memorySize: 512,
      timeout: Duration.seconds(30),
      logGroupName: `${props.logGroupNamePrefix}failure-recorder`,
      logEncryptionKey: props.dataKey.key,
      environment,
    });
    this.failureRecorder.addEventSource(new SqsEventSource(this.failedInvocations.queue, { batchSize: 1 }));
    documents.grantReadRawMail(this.failureRecorder);
    cases.grantCaseData(this.failureRecorder);
    notices.grantSendNotices(this.failureRecorder);
  }
}
