import type { Template } from 'aws-cdk-lib/assertions';
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
    buildTemplate().hasResourceProperties('AWS::Lambda::Function', { ReservedConcurrentExecutions: 20, MemorySize: 1024 });
    buildTemplate({ reservedConcurrency: 7 }).hasResourceProperties('AWS::Lambda::Function', { ReservedConcurrentExecutions: 7 });
  });
});
