import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTemplate } from './build-template.js';
import { documentsBucketId, inboundHandlerId } from './find-resources.js';

type PolicyStatement = { Effect: string; Action: string | string[]; Resource?: unknown; Condition?: unknown };

describe('the sweeper of stored messages without an outcome', () => {
  let template: Template;
  let sweeper: string;

  beforeAll(() => {
    template = buildTemplate();
    sweeper = Object.keys(
      template.findResources('AWS::Lambda::Function', {
        Properties: { Description: Match.stringLikeRegexp('raw/ that has no recorded outcome') },
      }),
    )[0]!;
  });

  /** Every statement of the policies attached to a function's role. */
  function roleStatements(functionId: string): PolicyStatement[] {
    const role = template.toJSON().Resources[functionId].Properties.Role['Fn::GetAtt'][0] as string;
    return Object.values(template.findResources('AWS::IAM::Policy'))
      .filter((policy) => (policy.Properties.Roles as { Ref: string }[]).some((ref) => ref.Ref === role))
      .flatMap((policy) => policy.Properties.PolicyDocument.Statement as PolicyStatement[]);
  }

  it('runs every 5 minutes, one run at a time, with its reading worker and time for a few messages', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(5 minutes)',
      State: 'ENABLED',
      Targets: [
        Match.objectLike({ Arn: { 'Fn::GetAtt': [sweeper, 'Arn'] }, RetryPolicy: { MaximumRetryAttempts: 0 } }),
      ],
    });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      FunctionName: { 'Fn::GetAtt': [sweeper, 'Arn'] },
      Principal: 'events.amazonaws.com',
    });
    expect(template.toJSON().Resources[sweeper].Properties).toMatchObject({
      ReservedConcurrentExecutions: 1,
      MemorySize: 1024,
      Timeout: 240,
      Runtime: 'nodejs24.x',
    });
  });

  it('may do what processing a message takes, as the inbound handler may, and list only raw/', () => {
    // Prepare
    const sweeping = roleStatements(sweeper);
    const handling = roleStatements(inboundHandlerId(template));

    // Assess: the same rights, each function's own log group and the handler's dead-letter queue aside
    const processing = (statements: PolicyStatement[]) =>
      statements.filter(
        (statement) =>
          statement.Action !== 'sqs:SendMessage' && ![statement.Action].flat().includes('logs:PutLogEvents'),
      );
    expect(processing(sweeping)).toEqual(processing(handling));
    expect(sweeping).toContainEqual({
      Effect: 'Allow',
      Action: 's3:ListBucket',
      Resource: { 'Fn::GetAtt': [documentsBucketId(template), 'Arn'] },
      Condition: { StringLike: { 's3:prefix': 'raw/*' } },
    });
  });

  it('leaves no function able to delete an item: notices are leased and recorded sent, never deleted', () => {
    const allowed = Object.values(template.findResources('AWS::IAM::Policy'))
      .flatMap((policy) => policy.Properties.PolicyDocument.Statement as PolicyStatement[])
      .filter((statement) => statement.Effect === 'Allow')
      .flatMap((statement) => [statement.Action].flat());
    expect(allowed).not.toContain('dynamodb:DeleteItem');
    expect(allowed).not.toContain('dynamodb:*');
  });
});
