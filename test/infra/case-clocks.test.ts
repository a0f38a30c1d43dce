import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_WAIT_DAYS } from '../../functions/clock-wait.js';
import { buildTemplate, onlyLogicalId, TEST_SETTINGS } from './build-template.js';
import { dataKeyId, reportHandlerId } from './find-resources.js';

type Statement = { Effect: string; Action: string | string[]; Resource: unknown };
type AslState = Record<string, unknown> & { Type: string };

const DAY_SECONDS = 24 * 60 * 60;
const inAccount = (service: string, suffix: string) => ({
  'Fn::Join': ['', [`arn:aws:${service}:ca-central-1:`, { Ref: 'AWS::AccountId' }, suffix]],
});

/** The definition with each intrinsic written as `<Ref>` or `<Id.Attribute>`, enough to read it as JSON. */
function readDefinition(definitionString: { 'Fn::Join': [string, unknown[]] }): {
  StartAt: string;
  TimeoutSeconds: number;
  States: Record<string, AslState>;
} {
  const text = definitionString['Fn::Join'][1]
    .map((part) => {
      if (typeof part === 'string') return part;
      const { Ref, 'Fn::GetAtt': getAtt } = part as { Ref?: string; 'Fn::GetAtt'?: [string, string] };
      return Ref ? `<${Ref}>` : `<${getAtt![0]}.${getAtt![1]}>`;
    })
    .join('');
  return JSON.parse(text);
}

describe('case clocks', () => {
  let template: Template;
  // biome-ignore lint/suspicious/noExplicitAny: synthesized CloudFormation properties are untyped JSON
  let resources: Record<string, { Type: string; Properties: Record<string, any>; DeletionPolicy?: string }>;
  // biome-ignore lint/suspicious/noExplicitAny: as above
  let machine: { Properties: Record<string, any> };
  let states: Record<string, AslState>;
  let ids: { startHandler: string; dueHandler: string; machineRole: string };

  function statementsOf(roleId: string): Statement[] {
    const policies = template.findResources('AWS::IAM::Policy', {
      Properties: { Roles: Match.arrayWith([{ Ref: roleId }]) },
    });
    return Object.values(policies).flatMap((policy) => policy.Properties.PolicyDocument.Statement as Statement[]);
  }

  function roleOf(functionId: string): string {
    return resources[functionId]!.Properties.Role['Fn::GetAtt'][0];
  }

  beforeAll(() => {
    template = buildTemplate();
    resources = template.toJSON().Resources;
    const machineId = onlyLogicalId(template, 'AWS::StepFunctions::StateMachine');
    machine = resources[machineId]!;
    states = readDefinition(machine.Properties.DefinitionString).States;
    ids = {
      startHandler: onlyLogicalId(template, 'AWS::Lambda::Function', {
        Properties: { LoggingConfig: { LogGroup: { Ref: Match.stringLikeRegexp('ClocksStartHandlerLogs') } } },
      }),
      dueHandler: onlyLogicalId(template, 'AWS::Lambda::Function', {
        Properties: { LoggingConfig: { LogGroup: { Ref: Match.stringLikeRegexp('ClocksDueHandlerLogs') } } },
      }),
      machineRole: machine.Properties.RoleArn['Fn::GetAtt'][0],
    };
  });

  describe('state machine', () => {
    it('is a Standard state machine with a fixed name, so its ARN is known to the functions without a cycle', () => {
      expect(machine.Properties).toMatchObject({
        StateMachineType: 'STANDARD',
        StateMachineName: 'JasIntake-case-clocks',
      });
      template.hasOutput('ClocksStateMachineArn', {
        Value: inAccount('states', ':stateMachine:JasIntake-case-clocks'),
      });
    });

    it('times out just under the one year a Standard execution may live, after the longest wait it plans', () => {
      const { TimeoutSeconds } = readDefinition(machine.Properties.DefinitionString);
      expect(TimeoutSeconds).toBe(360 * DAY_SECONDS);
      expect(TimeoutSeconds).toBeLessThan(365 * DAY_SECONDS);
      expect(TimeoutSeconds).toBeGreaterThan(MAX_WAIT_DAYS * DAY_SECONDS);
    });

    it('logs every event with execution data to its own log group, encrypted with the data key; tracing as the project (off)', () => {
      expect(machine.Properties.LoggingConfiguration).toEqual({
        Destinations: [{ CloudWatchLogsLogGroup: { LogGroupArn: { 'Fn::GetAtt': [expect.any(String), 'Arn'] } } }],
        IncludeExecutionData: true,
        Level: 'ALL',
      });
      const logGroupId =
        machine.Properties.LoggingConfiguration.Destinations[0].CloudWatchLogsLogGroup.LogGroupArn['Fn::GetAtt'][0];
      expect(resources[logGroupId]).toMatchObject({
        Type: 'AWS::Logs::LogGroup',
        Properties: {
          LogGroupName: '/JasIntake/case-clocks',
          KmsKeyId: { 'Fn::GetAtt': [dataKeyId(template), 'Arn'] },
          RetentionInDays: 90,
        },
        DeletionPolicy: 'Retain',
      });
      expect(machine.Properties.TracingConfiguration).toEqual({ Enabled: false });
    });
  });

  describe('definition', () => {
    it('reads like the specification: plan, wait until a timestamp, then apply the clock or continue', () => {
      expect(readDefinition(machine.Properties.DefinitionString).StartAt).toBe('Plan the wait');
      expect(Object.keys(states).sort()).toEqual(
        [
          'Plan the wait',
          'Wait until the wake-up',
          'Is the clock due in this execution?',
          'Apply the clock',
          'Clock applied',
          'Continue in a new execution',
          'Handed over to the continuation',
          'Continuation already running',
          'Clock failed',
        ].sort(),
      );
      expect(states['Plan the wait']).toMatchObject({ Next: 'Wait until the wake-up', ResultPath: '$.wait' });
      expect(states['Wait until the wake-up']).toEqual({
        Type: 'Wait',
        Comment: expect.stringContaining('4 calendar months'),
        TimestampPath: '$.wait.wakeAt',
        Next: 'Is the clock due in this execution?',
      });
      expect(states['Is the clock due in this execution?']).toMatchObject({
        Type: 'Choice',
        Choices: [{ Variable: '$.wait.continueAs', IsString: true, Next: 'Continue in a new execution' }],
        Default: 'Apply the clock',
      });
      for (const state of Object.values(states)) expect(state).not.toHaveProperty('TimeoutSeconds');
    });

    it("plans from the execution's own start time and name, and applies the clock with its case, purpose and date", () => {
      expect(states['Plan the wait']!.Parameters).toEqual({
        FunctionName: `<${ids.startHandler}.Arn>`,
        Payload: {
          'dueAt.$': '$.dueAt',
          'startedAt.$': '$$.Execution.StartTime',
          'executionName.$': '$$.Execution.Name',
        },
      });
      expect(states['Apply the clock']!.Parameters).toEqual({
        FunctionName: `<${ids.dueHandler}.Arn>`,
        Payload: { 'caseId.$': '$.caseId', 'purpose.$': '$.purpose', 'dueOn.$': '$.dueOn' },
      });
    });

    it("retries both Lambda tasks on Lambda service errors, then on the handler's own failures, and catches into a failure state that keeps the payload", () => {
      for (const name of ['Plan the wait', 'Apply the clock']) {
        const task = states[name]!;
        expect(task.Retry).toEqual([
          {
            ErrorEquals: [
              'Lambda.ClientExecutionTimeoutException',
              'Lambda.ServiceException',
              'Lambda.AWSLambdaException',
              'Lambda.SdkClientException',
              'Lambda.TooManyRequestsException',
            ],
            IntervalSeconds: 2,
            MaxAttempts: 6,
            BackoffRate: 2,
          },
          { ErrorEquals: ['States.TaskFailed'], IntervalSeconds: 30, MaxAttempts: 3, BackoffRate: 2 },
        ]);
        expect(task.Catch).toEqual([{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Clock failed' }]);
      }
      expect(states['Clock failed']).toMatchObject({
        Type: 'Fail',
        ErrorPath: '$.error.Error',
        CausePath: '$.error.Cause',
      });
    });

    it('continues a far clock as a named execution of itself with the same input; a start that already went through counts as done', () => {
      expect(states['Continue in a new execution']).toMatchObject({
        Resource: 'arn:<AWS::Partition>:states:::states:startExecution',
        Parameters: {
          StateMachineArn: 'arn:aws:states:ca-central-1:<AWS::AccountId>:stateMachine:JasIntake-case-clocks',
          'Name.$': '$.wait.continueAs',
          Input: { 'caseId.$': '$.caseId', 'purpose.$': '$.purpose', 'dueOn.$': '$.dueOn', 'dueAt.$': '$.dueAt' },
        },
        Catch: [
          {
            ErrorEquals: ['StepFunctions.ExecutionAlreadyExistsException'],
            ResultPath: '$.error',
            Next: 'Continuation already running',
          },
          { ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Clock failed' },
        ],
      });
      expect(states['Continue in a new execution']!.Retry).toHaveLength(1);
    });
  });

  describe('permissions', () => {
    it('let the state machine invoke its two functions and start its own continuations, and write its log deliveries', () => {
      const statements = statementsOf(ids.machineRole);
      const invoke = statements.find((statement) => statement.Action === 'lambda:InvokeFunction')!;
      const arn = (id: string) => ({ 'Fn::GetAtt': [id, 'Arn'] });
      const versions = (id: string) => ({ 'Fn::Join': ['', [arn(id), ':*']] });
      expect([invoke.Resource].flat()).toHaveLength(4);
      expect(invoke.Resource).toEqual(
        expect.arrayContaining([
          arn(ids.startHandler),
          arn(ids.dueHandler),
          versions(ids.startHandler),
          versions(ids.dueHandler),
        ]),
      );
      expect(statements).toContainEqual({
        Effect: 'Allow',
        Action: 'states:StartExecution',
        Resource: inAccount('states', ':stateMachine:JasIntake-case-clocks'),
      });
      // Only CloudWatch Logs' delivery actions, which take no resource, are on "*".
      for (const statement of statements.filter((s) => s.Resource === '*')) {
        for (const action of [statement.Action].flat()) expect(action).toMatch(/^logs:/);
      }
      expect(statements).toHaveLength(3);
    });

    it('let the due handler read and write cases and send notices, and nothing else: no S3, no Step Functions', () => {
      const actions = statementsOf(roleOf(ids.dueHandler)).flatMap((statement) => [statement.Action].flat());
      expect(actions.filter((action) => !/^(dynamodb|kms|ses|logs):/.test(action))).toEqual([]);
      expect(actions).toEqual(
        expect.arrayContaining([
          'dynamodb:GetItem',
          'dynamodb:PutItem',
          'dynamodb:Query',
          'ses:SendEmail',
          'logs:PutLogEvents',
        ]),
      );
      for (const statement of statementsOf(roleOf(ids.dueHandler)))
        expect([statement.Resource].flat()).not.toContain('*');
    });

    it('let the start handler write its logs only', () => {
      expect(statementsOf(roleOf(ids.startHandler)).flatMap((statement) => [statement.Action].flat())).toEqual([
        'logs:CreateLogStream',
        'logs:PutLogEvents',
      ]);
    });
  });

  describe('due handler', () => {
    it("receives the configuration the inbound handler receives, the clocks' ARN included", () => {
      expect(resources[ids.dueHandler]!.Properties.Environment.Variables).toEqual({
        JAS_BUCKET_NAME: { Ref: expect.stringMatching(/^DocumentsBucket/) },
        JAS_TABLE_NAME: { Ref: onlyLogicalId(template, 'AWS::DynamoDB::Table') },
        JAS_NOTICE_FROM: TEST_SETTINGS.noticeFrom,
        JAS_CONFIGURATION_SET: { Ref: onlyLogicalId(template, 'AWS::SES::ConfigurationSet') },
        JAS_CLOCKS_STATE_MACHINE_ARN: inAccount('states', ':stateMachine:JasIntake-case-clocks'),
        JAS_REPORT_FUNCTION_NAME: { Ref: reportHandlerId(template) },
        JAS_CLIENT_KEY_SECRET_ARN: { Ref: onlyLogicalId(template, 'AWS::SecretsManager::Secret') },
        POWERTOOLS_SERVICE_NAME: 'jas-intake',
        POWERTOOLS_LOG_LEVEL: 'INFO',
        NODE_OPTIONS: '--enable-source-maps',
      });
    });
  });
});
