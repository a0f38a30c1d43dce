import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTemplate, onlyLogicalId } from './build-template.js';
import { dataKeyId, inboundHandlerId } from './find-resources.js';

describe('inbound handler failures', () => {
  let template: Template;
  let handler: string;
  let queue: string;

  beforeAll(() => {
    template = buildTemplate();
    handler = inboundHandlerId(template);
    queue = onlyLogicalId(template, 'AWS::SQS::Queue');
  });

  it('retry twice, then send the S3 event to the failed-invocation queue', () => {
    template.resourceCountIs('AWS::Lambda::EventInvokeConfig', 1);
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: handler },
      Qualifier: '$LATEST',
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queue, 'Arn'] } } },
    });
  });

  it('land in a queue encrypted with the data key and kept 14 days', () => {
    expect(template.toJSON().Resources[queue].Properties).toEqual({
      KmsMasterKeyId: { 'Fn::GetAtt': [dataKeyId(template), 'Arn'] },
      MessageRetentionPeriod: 14 * 24 * 3600,
    });
  });

  it('land in a queue that refuses requests without TLS', () => {
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: queue }],
      PolicyDocument: {
        Statement: [
          {
            Effect: 'Deny',
            Principal: { AWS: '*' },
            Action: 'sqs:*',
            Resource: { 'Fn::GetAtt': [queue, 'Arn'] },
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          },
        ],
      },
    });
  });
});

describe('inbound handler concurrency', () => {
  it('is reserved at 20 by default and follows the deployment setting', () => {
    buildTemplate().hasResourceProperties('AWS::Lambda::Function', {
      ReservedConcurrentExecutions: 20,
      MemorySize: 1024,
    });
    buildTemplate({ reservedConcurrency: 7 }).hasResourceProperties('AWS::Lambda::Function', {
      ReservedConcurrentExecutions: 7,
    });
  });
});

describe('the failure recorder', () => {
  it('consumes the on-failure queue one record at a time, configured like the inbound function, reading raw mail only', () => {
    // Prepare
    const template = buildTemplate();
    const queueId = onlyLogicalId(template, 'AWS::SQS::Queue');
    const functions = template.findResources('AWS::Lambda::Function', {
      Properties: { Description: Match.stringLikeRegexp('^Quarantines') },
    });
    const [recorderId] = Object.keys(functions);

    // Assess
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [queueId, 'Arn'] },
      FunctionName: { Ref: recorderId },
      BatchSize: 1,
    });
    const environment = functions[recorderId!]!.Properties.Environment.Variables;
    expect(Object.keys(environment)).toEqual(
      expect.arrayContaining(['JAS_BUCKET_NAME', 'JAS_TABLE_NAME', 'JAS_NOTICE_FROM', 'JAS_CLOCKS_STATE_MACHINE_ARN']),
    );
    const role = functions[recorderId!]!.Properties.Role['Fn::GetAtt'][0];
    const statements = Object.values(
      template.findResources('AWS::IAM::Policy', { Properties: { Roles: Match.arrayWith([{ Ref: role }]) } }),
    ).flatMap((policy) => policy.Properties.PolicyDocument.Statement as { Action: unknown; Resource: unknown }[]);
    const s3Reads = statements.filter((statement) => statement.Action === 's3:GetObject');
    expect(JSON.stringify(s3Reads)).toContain('/raw/*');
    expect(JSON.stringify(s3Reads)).not.toContain('/cases/*');
    expect(statements.some((statement) => JSON.stringify(statement.Action).includes('s3:PutObject'))).toBe(false);
  });
});
