import { Match, type Template } from 'aws-cdk-lib/assertions';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { INBOUND_HANDLER_ENTRY } from '../../lib/constructs/inbound-email.js';
import { buildTemplate, onlyLogicalId } from './build-template.js';
import { dataKeyId } from './find-resources.js';

type Statement = { Sid?: string; Effect: string; Action: string | string[]; Resource: unknown; Condition?: unknown };

describe('case reports', () => {
  let template: Template;
  // biome-ignore lint/suspicious/noExplicitAny: synthesized CloudFormation properties are untyped JSON
  let resources: Record<string, { Type: string; Properties: Record<string, any> }>;
  let reportHandler: string;
  let table: string;

  const statementsOf = (roleId: string): Statement[] =>
    Object.values(
      template.findResources('AWS::IAM::Policy', { Properties: { Roles: Match.arrayWith([{ Ref: roleId }]) } }),
    ).flatMap((policy) => policy.Properties.PolicyDocument.Statement as Statement[]);
  const actionsOf = (statements: Statement[]) => statements.flatMap((statement) => [statement.Action].flat());

  beforeAll(() => {
    template = buildTemplate();
    resources = template.toJSON().Resources;
    reportHandler = onlyLogicalId(template, 'AWS::Lambda::Function', {
      Properties: { LoggingConfig: { LogGroup: { Ref: Match.stringLikeRegexp('ReportsHandlerLogs') } } },
    });
    table = onlyLogicalId(template, 'AWS::DynamoDB::Table');
  });

  it('every Monday at 7:00 and on the 1st at 7:00, Toronto time, the report function is invoked with its request', () => {
    const schedules = Object.values(template.findResources('AWS::Scheduler::Schedule')).map(
      (schedule) => schedule.Properties,
    );
    expect(schedules).toHaveLength(2);
    const byExpression = Object.fromEntries(schedules.map((schedule) => [schedule.ScheduleExpression, schedule]));
    expect(Object.keys(byExpression).sort()).toEqual(['cron(0 7 1 * ? *)', 'cron(0 7 ? * MON *)']);
    for (const schedule of schedules) {
      expect(schedule).toMatchObject({
        ScheduleExpressionTimezone: 'America/Toronto',
        State: 'ENABLED',
        FlexibleTimeWindow: { Mode: 'OFF' },
        Target: { Arn: { 'Fn::GetAtt': [reportHandler, 'Arn'] }, RetryPolicy: { MaximumRetryAttempts: 2 } },
      });
    }
    expect(JSON.parse(byExpression['cron(0 7 ? * MON *)'].Target.Input)).toEqual({ kind: 'weekly' });
    expect(JSON.parse(byExpression['cron(0 7 1 * ? *)'].Target.Input)).toEqual({ kind: 'monthly' });
  });

  it('the schedules’ role may only invoke the report function, and only this account’s scheduler assumes it', () => {
    const roleArn = Object.values(template.findResources('AWS::Scheduler::Schedule'))[0]!.Properties.Target.RoleArn;
    const role = roleArn['Fn::GetAtt'][0] as string;
    expect(resources[role]!.Properties.AssumeRolePolicyDocument.Statement).toEqual([
      {
        Action: 'sts:AssumeRole',
        Effect: 'Allow',
        Principal: { Service: 'scheduler.amazonaws.com' },
        Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
      },
    ]);
    const statements = statementsOf(role);
    expect(actionsOf(statements)).toEqual(['lambda:InvokeFunction']);
    expect(JSON.stringify(statements)).toContain(reportHandler);
  });

  it('the report function reads the case table and its list index, records the notices it sends, sends mail, and nothing else', () => {
    const role = resources[reportHandler]!.Properties.Role['Fn::GetAtt'][0] as string;
    const statements = statementsOf(role).filter((statement) => statement.Effect === 'Allow');
    const actions = actionsOf(statements);
    // And the deny every role with table data holds, whatever it is granted later.
    expect(statementsOf(role)).toContainEqual(
      expect.objectContaining({ Sid: 'AuditTrailIsAppendOnly', Effect: 'Deny' }),
    );
    expect(actions.filter((action) => action.startsWith('dynamodb:')).sort()).toEqual([
      'dynamodb:GetItem',
      'dynamodb:Query',
      'dynamodb:UpdateItem',
    ]);
    // It writes the records of its own notices (its answer to REPORT is sent once), and no other item.
    expect(statements.filter((statement) => actionsOf([statement]).includes('dynamodb:UpdateItem'))).toEqual([
      {
        Effect: 'Allow',
        Action: 'dynamodb:UpdateItem',
        Resource: { 'Fn::GetAtt': [table, 'Arn'] },
        Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['NOTICE#*'] } },
      },
    ]);
    const tableStatement = statements.find((statement) => actionsOf([statement]).includes('dynamodb:Query'))!;
    expect(tableStatement.Resource).toEqual([
      { 'Fn::GetAtt': [table, 'Arn'] },
      { 'Fn::Join': ['', [{ 'Fn::GetAtt': [table, 'Arn'] }, '/index/gsi1']] },
    ]);
    expect(actions.filter((action) => action.startsWith('kms:')).sort()).toEqual([
      'kms:Decrypt',
      'kms:DescribeKey',
      'kms:Encrypt',
      'kms:GenerateDataKey',
    ]);
    expect(actions.filter((action) => action.startsWith('ses:')).sort()).toEqual(['ses:SendEmail', 'ses:SendRawEmail']);
    expect(actions.filter((action) => !/^(dynamodb|kms|ses|logs):/.test(action))).toEqual([]);
    expect(JSON.stringify(statements)).toContain(dataKeyId(template));
  });

  it('its errors alarm the operators', () => {
    const alarms = Object.values(
      template.findResources('AWS::CloudWatch::Alarm', {
        Properties: {
          Namespace: 'AWS/Lambda',
          MetricName: 'Errors',
          Dimensions: [{ Name: 'FunctionName', Value: { Ref: reportHandler } }],
        },
      }),
    );
    expect(alarms).toHaveLength(1);
    expect(alarms[0]!.Properties).toMatchObject({
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
      AlarmActions: [{ Ref: onlyLogicalId(template, 'AWS::SNS::Topic') }],
    });
  });

  it('the report function knows the table, the sender and the case time zone, and runs long enough for a large table', () => {
    expect(resources[reportHandler]!.Properties).toMatchObject({
      MemorySize: 1024,
      Timeout: 300,
      Environment: {
        Variables: {
          JAS_TABLE_NAME: { Ref: table },
          JAS_NOTICE_FROM: 'jas@jas.example.ca',
          JAS_TIME_ZONE: 'America/Toronto',
        },
      },
    });
  });

  it('the spreadsheet library stays out of the inbound function’s bundle', async () => {
    const result = await build({
      entryPoints: [INBOUND_HANDLER_ENTRY],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.length).toBeGreaterThan(100);
    expect(inputs.filter((input) => /node_modules\/exceljs\//.test(input))).toEqual([]);
  });
});
