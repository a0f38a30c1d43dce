import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTemplate, onlyLogicalId } from './build-template.js';
import { dataKeyId, inboundHandlerId } from './find-resources.js';

type Alarm = { Properties: Record<string, unknown> };

describe('operator alarms', () => {
  let template: Template;
  let topic: string;
  let handler: string;
  let queue: string;

  beforeAll(() => {
    template = buildTemplate();
    topic = onlyLogicalId(template, 'AWS::SNS::Topic');
    handler = inboundHandlerId(template);
    queue = onlyLogicalId(template, 'AWS::SQS::Queue');
  });

  function alarmOn(namespace: string, metricName: string, dimensions?: unknown): Alarm {
    const alarms = Object.values(
      template.findResources('AWS::CloudWatch::Alarm', {
        Properties: { Namespace: namespace, MetricName: metricName, ...(dimensions ? { Dimensions: dimensions } : {}) },
      }),
    );
    expect(alarms, `${namespace} ${metricName}`).toHaveLength(1);
    return alarms[0] as Alarm;
  }

  const fires = (alarm: Alarm, statistic: string) =>
    expect(alarm.Properties).toMatchObject({
      Statistic: statistic,
      Period: 300,
      EvaluationPeriods: 1,
      ComparisonOperator: 'GreaterThanThreshold',
      Threshold: 0,
      TreatMissingData: 'notBreaching',
      AlarmActions: [{ Ref: topic }],
    });

  it('are ten, each notifying the operator topic, each named under the stack', () => {
    template.resourceCountIs('AWS::CloudWatch::Alarm', 10);
    template.allResourcesProperties('AWS::CloudWatch::Alarm', {
      AlarmActions: [{ Ref: topic }],
      AlarmName: Match.stringLikeRegexp('^JasIntake-'),
    });
  });

  it.each(['Errors', 'Throttles', 'DestinationDeliveryFailures'])(
    'fire on the first inbound handler %s in 5 minutes',
    (metricName) => {
      fires(alarmOn('AWS/Lambda', metricName, [{ Name: 'FunctionName', Value: { Ref: handler } }]), 'Sum');
    },
  );

  it('fire when any event waits in the failed-invocation queue', () => {
    const alarm = alarmOn('AWS/SQS', 'ApproximateNumberOfMessagesVisible');
    fires(alarm, 'Maximum');
    expect(alarm.Properties.Dimensions).toEqual([{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queue, 'QueueName'] } }]);
  });

  it('fire on the first quarantined message, the metric the handler emits (JasIntake / service=jas-intake)', () => {
    const alarm = alarmOn('JasIntake', 'QuarantinedMessages');
    fires(alarm, 'Sum');
    expect(alarm.Properties.Dimensions).toEqual([{ Name: 'service', Value: 'jas-intake' }]);
  });

  it('fire when the failure recorder fails, and when a policy clock fails', () => {
    const recorder = Object.keys(
      template.findResources('AWS::Lambda::Function', {
        Properties: { Description: Match.stringLikeRegexp('^Quarantines') },
      }),
    )[0];
    fires(alarmOn('AWS/Lambda', 'Errors', [{ Name: 'FunctionName', Value: { Ref: recorder } }]), 'Sum');
    const clockFailures = alarmOn('AWS/States', 'ExecutionsFailed');
    fires(clockFailures, 'Sum');
    expect(clockFailures.Properties.Dimensions).toEqual([
      { Name: 'StateMachineArn', Value: { Ref: onlyLogicalId(template, 'AWS::StepFunctions::StateMachine') } },
    ]);
  });

  it('fire when the sweeper finds a stored message without an outcome, and when it fails', () => {
    const sweeper = Object.keys(
      template.findResources('AWS::Lambda::Function', {
        Properties: { Description: Match.stringLikeRegexp('raw/ that has no recorded outcome') },
      }),
    )[0];
    const unfinished = alarmOn('JasIntake', 'UnfinishedMessages');
    fires(unfinished, 'Sum');
    expect(unfinished.Properties.Dimensions).toEqual([{ Name: 'service', Value: 'jas-intake' }]);
    fires(alarmOn('AWS/Lambda', 'Errors', [{ Name: 'FunctionName', Value: { Ref: sweeper } }]), 'Sum');
  });

  it('can reach the topic: CloudWatch may publish for this account’s alarms of this stack, as AWS documents', () => {
    // The topic's policy (knowledge-center article cloudwatch-receive-sns-for-alarm-trigger): the
    // service principal publishes, limited to the alarms' ARNs and the account (confused deputy).
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      Topics: [{ Ref: topic }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          {
            Sid: 'AllowThisStacksAlarmsToPublish',
            Effect: 'Allow',
            Principal: { Service: 'cloudwatch.amazonaws.com' },
            Action: 'sns:Publish',
            Resource: { Ref: topic },
            Condition: {
              ArnLike: {
                'aws:SourceArn': {
                  'Fn::Join': [
                    '',
                    ['arn:aws:cloudwatch:ca-central-1:', { Ref: 'AWS::AccountId' }, ':alarm:JasIntake-*'],
                  ],
                },
              },
              StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } },
            },
          },
        ]),
      },
    });
    // The topic is encrypted: SNS's "compatibility with AWS services" statement on the key.
    template.hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 'cloudwatch.amazonaws.com' },
            Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
            Resource: '*',
          }),
        ]),
      },
    });
  });

  it('go to a topic encrypted with the data key that refuses publishing without TLS', () => {
    template.hasResourceProperties('AWS::SNS::Topic', {
      KmsMasterKeyId: { 'Fn::GetAtt': [dataKeyId(template), 'Arn'] },
    });
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      Topics: [{ Ref: topic }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 'sns:Publish',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });

  it('reach the operator address by email when one is given', () => {
    template.resourceCountIs('AWS::SNS::Subscription', 1);
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'ops@jas.example.ca',
      TopicArn: { Ref: topic },
    });
    template.hasOutput('AlarmTopicArn', {
      Value: { Ref: topic },
      Description: Match.stringLikeRegexp('ops@jas.example.ca must confirm'),
    });
  });

  it('still go to the topic without an address, and the output says to subscribe one', () => {
    // Act
    const unsubscribed = buildTemplate({ operatorEmail: undefined });

    // Assess
    unsubscribed.resourceCountIs('AWS::SNS::Topic', 1);
    unsubscribed.resourceCountIs('AWS::SNS::Subscription', 0);
    unsubscribed.resourceCountIs('AWS::CloudWatch::Alarm', 10);
    unsubscribed.hasOutput('AlarmTopicArn', { Description: Match.stringLikeRegexp('subscribe an address') });
  });
});
