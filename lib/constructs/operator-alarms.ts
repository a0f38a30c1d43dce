import { ArnFormat, Aws, Duration, Stack } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, type IMetric, Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { IStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import type { DataKey } from './data-key.js';

/** The metric the inbound handler emits (embedded metric format) for each message that waits for a person. */
export const QUARANTINE_METRIC = {
  namespace: 'JasIntake',
  metricName: 'QuarantinedMessages',
  dimensionsMap: { service: 'jas-intake' },
} as const;

/** The metric the sweeper emits: stored messages it found without an outcome. */
export const UNFINISHED_METRIC = {
  namespace: 'JasIntake',
  metricName: 'UnfinishedMessages',
  dimensionsMap: { service: 'jas-intake' },
} as const;

const PERIOD = Duration.minutes(5);

export interface OperatorAlarmsProps {
  readonly dataKey: DataKey;
  /** Subscribed by email; without it the topic exists and the deployer subscribes someone. */
  readonly operatorEmail?: string;
  readonly handler: IFunction;
  readonly failedInvocations: IQueue;
  /** Quarantines what the handler's retries could not process; if it fails too, someone must know. */
  readonly failureRecorder: IFunction;
  /** The policy's clocks: an execution that fails is a deadline nobody will be told about. */
  readonly clocks: IStateMachine;
  /** Builds and mails the tracking spreadsheet and the indicators: a failure is a Monday without them. */
  readonly reports: IFunction;
  /** Finishes messages stored without an outcome: each one it finds means something upstream failed. */
  readonly sweeper: IFunction;
}

/**
 * Everything an operator must act on, to one encrypted SNS topic: the handler failing or being
 * throttled, an event that failed for good (dead-letter queue) or could not even reach it, a
 * message quarantined for a person, the failure recorder failing, a policy clock failing, and the
 * sweeper finding a stored message without an outcome or failing itself. Each fires on the first
 * occurrence in a 5-minute period and stays quiet when there is no data (no mail is not a fault).
 * The alarms are named under the stack's name, and only those may publish to the topic.
 */
export class OperatorAlarms extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[];

  constructor(scope: Construct, id: string, props: OperatorAlarmsProps) {
    super(scope, id);
    props.dataKey.allowCloudWatchAlarms();
    this.topic = new Topic(this, 'Topic', {
      displayName: 'jas-intake operator alarms',
      masterKey: props.dataKey.key,
      enforceSSL: true,
    });
    if (props.operatorEmail) this.topic.addSubscription(new EmailSubscription(props.operatorEmail));
    // CloudWatch publishes as its service principal: without this statement (and the key's, above)
    // no alarm reaches the topic. AWS's statement, limited to this account's alarms of this stack.
    this.topic.addToResourcePolicy(
      new PolicyStatement({
        sid: 'AllowThisStacksAlarmsToPublish',
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['sns:Publish'],
        resources: [this.topic.topicArn],
        conditions: {
          ArnLike: {
            'aws:SourceArn': Stack.of(this).formatArn({
              service: 'cloudwatch',
              resource: 'alarm',
              resourceName: `${this.alarmNamePrefix}*`,
              arnFormat: ArnFormat.COLON_RESOURCE_NAME,
            }),
          },
          StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID },
        },
      }),
    );

    const { handler, failedInvocations, failureRecorder, clocks, reports, sweeper } = props;
    this.alarms = [
      this.alarm(
        'HandlerErrors',
        'The inbound handler failed; Lambda retries, then sends the event to the dead-letter queue.',
        handler.metricErrors({ period: PERIOD, statistic: 'Sum' }),
      ),
      this.alarm(
        'HandlerThrottles',
        'The inbound handler hit its reserved concurrency; events wait and are retried for up to 6 hours.',
        handler.metricThrottles({ period: PERIOD, statistic: 'Sum' }),
      ),
      this.alarm(
        'DestinationDeliveryFailures',
        'A failed event could not be sent to the dead-letter queue: find its message under raw/ and replay it.',
        handler.metric('DestinationDeliveryFailures', { period: PERIOD, statistic: 'Sum' }),
      ),
      this.alarm(
        'FailedInvocations',
        'Events failed for good are waiting in the dead-letter queue: each names a raw/ object to replay.',
        failedInvocations.metricApproximateNumberOfMessagesVisible({ period: PERIOD, statistic: 'Maximum' }),
      ),
      this.alarm(
        'QuarantinedMessages',
        'A message was quarantined and waits for a person; its recorded outcome gives the reason.',
        new Metric({ ...QUARANTINE_METRIC, period: PERIOD, statistic: 'Sum' }),
      ),
      this.alarm(
        'FailureRecorderErrors',
        'The failure recorder could not quarantine a failed message; its record stays in the dead-letter queue.',
        failureRecorder.metricErrors({ period: PERIOD, statistic: 'Sum' }),
      ),
      this.alarm(
        'ClockExecutionsFailed',
        'A policy clock failed (promotion end, deadline reminder, check-in or JAS end): its execution history names the case and the clock.',
        clocks.metricFailed({ period: PERIOD, statistic: 'Sum' }),
      ),
      this.alarm(
        'ReportErrors',
        'The report function failed: ROC-O’s spreadsheet or IN’s indicators (scheduled or asked for by REPORT) were not sent; its log names the request.',
        reports.metricErrors({ period: PERIOD, statistic: 'Sum' }),
      ),
      this.alarm(
        'UnfinishedMessages',
        'The sweeper found stored messages without an outcome (an S3 event lost, or processing that died unseen) and processed them: its log names each key.',
        new Metric({ ...UNFINISHED_METRIC, period: PERIOD, statistic: 'Sum' }),
      ),
      this.alarm(
        'SweeperErrors',
        'The sweeper of raw/ failed: messages without an outcome wait for its next run.',
        sweeper.metricErrors({ period: PERIOD, statistic: 'Sum' }),
      ),
    ];
  }

  /** Every alarm's name starts with this: the topic's policy names them by it. */
  private get alarmNamePrefix(): string {
    return `${Stack.of(this).stackName}-`;
  }

  private alarm(id: string, description: string, metric: IMetric): Alarm {
    const alarm = new Alarm(this, id, {
      alarmName: `${this.alarmNamePrefix}${id}`,
      alarmDescription: description,
      metric,
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new SnsAction(this.topic));
    return alarm;
  }
}
