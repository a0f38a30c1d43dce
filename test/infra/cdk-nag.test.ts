import { Validations } from 'aws-cdk-lib';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { describe, expect, it, vi } from 'vitest';
import { buildStack } from './build-template.js';

/** Every acknowledged rule in the tree: where, which rule, and the reason given beside it. */
function acknowledgments(root: IConstruct): { path: string; id: string; reason: string }[] {
  return root.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          path: construct.node.path,
          id: id.replace(/^annotation::/i, ''),
          reason,
        })),
      ),
  );
}

describe('cdk-nag AwsSolutions', () => {
  it('finds nothing unacknowledged in the stack', () => {
    // Prepare
    const { app, stack } = buildStack();

    // Act
    const report = new AwsSolutionsChecks(app).validateScope(stack);

    // Assess
    expect(
      report.violations.map((v) => `${v.ruleName} at ${v.violatingResources.map((r) => r.constructPath).join(', ')}`),
    ).toEqual([]);
    expect(report.success).toBe(true);
  });

  it('would report a new insecure resource, so the clean result above means something', () => {
    // Prepare
    const { app, stack } = buildStack();
    new Bucket(stack, 'CarelessBucket');

    // Act
    const report = new AwsSolutionsChecks(app).validateScope(stack);

    // Assess
    expect(report.success).toBe(false);
    expect(report.violations.map((v) => v.ruleName)).toEqual(
      expect.arrayContaining(['AwsSolutions-S1', 'AwsSolutions-S10']),
    );
  });

  it('acknowledges exactly these findings, each where it arises and with its own reason', () => {
    // Prepare
    const { stack } = buildStack();
    const bucket = 'DocumentsBucket089EA665';

    // Act
    const found = acknowledgments(stack);

    // Assess
    expect(found.map(({ path, id }) => ({ path, id }))).toEqual([
      { path: 'JasIntake/Cases/ClientKeySecret', id: 'AwsSolutions-SMG4' },
      {
        path: 'JasIntake/Reports/SchedulerRole',
        id: 'AwsSolutions-IAM5[Resource::<ReportsHandler1AFE8DF6.Arn>:*]',
      },
      { path: 'JasIntake/Clocks/StateMachine', id: 'AwsSolutions-SF2' },
      {
        path: 'JasIntake/Clocks/StateMachine/Role',
        id: 'AwsSolutions-IAM5[Resource::<ClocksStartHandlerD5B6FBDF.Arn>:*]',
      },
      {
        path: 'JasIntake/Clocks/StateMachine/Role',
        id: 'AwsSolutions-IAM5[Resource::<ClocksDueHandler32F23850.Arn>:*]',
      },
      { path: 'JasIntake/Clocks/StateMachine/Role', id: 'AwsSolutions-IAM5[Resource::*]' },
      { path: 'JasIntake/Inbound/FailedInvocations/Queue', id: 'AwsSolutions-SQS3' },
      { path: 'JasIntake/Inbound/HandlerRole', id: `AwsSolutions-IAM5[Resource::<${bucket}.Arn>/raw/*]` },
      { path: 'JasIntake/Inbound/HandlerRole', id: `AwsSolutions-IAM5[Resource::<${bucket}.Arn>/cases/*]` },
      { path: 'JasIntake/Inbound/HandlerRole', id: `AwsSolutions-IAM5[Resource::<${bucket}.Arn>/fragments/*]` },
      {
        path: 'JasIntake/Inbound/HandlerRole',
        id: 'AwsSolutions-IAM5[Resource::arn:aws:states:ca-central-1:<AWS::AccountId>:execution:JasIntake-case-clocks:*]',
      },
      { path: 'JasIntake/Inbound/SweeperRole', id: `AwsSolutions-IAM5[Resource::<${bucket}.Arn>/raw/*]` },
      { path: 'JasIntake/Inbound/SweeperRole', id: `AwsSolutions-IAM5[Resource::<${bucket}.Arn>/cases/*]` },
      { path: 'JasIntake/Inbound/SweeperRole', id: `AwsSolutions-IAM5[Resource::<${bucket}.Arn>/fragments/*]` },
      {
        path: 'JasIntake/Inbound/SweeperRole',
        id: 'AwsSolutions-IAM5[Resource::arn:aws:states:ca-central-1:<AWS::AccountId>:execution:JasIntake-case-clocks:*]',
      },
      { path: 'JasIntake/Inbound/FailureRecorderRole', id: `AwsSolutions-IAM5[Resource::<${bucket}.Arn>/raw/*]` },
      {
        path: 'JasIntake/BucketNotificationsHandler050a0587b7544547bf325f094a3db834',
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      },
    ]);
    for (const { reason } of found) expect(reason.length).toBeGreaterThan(80);
    expect(new Set(found.map(({ reason }) => reason)).size).toBe(found.length);
  });

  it('acknowledges only findings that exist: without the acknowledgments, exactly those are reported', () => {
    // Prepare
    const acknowledged = acknowledgments(buildStack().stack);
    const ignoreAcknowledgments = vi.spyOn(Validations.prototype, 'acknowledge').mockImplementation(() => undefined);
    const { app, stack } = buildStack();
    ignoreAcknowledgments.mockRestore();

    // Act
    const report = new AwsSolutionsChecks(app).validateScope(stack);

    // Assess: each finding is reported on the resource, at or under the acknowledging construct.
    const reported = report.violations.flatMap((v) =>
      v.violatingResources.map((r) => ({ id: v.ruleName, path: r.constructPath ?? '' })),
    );
    expect(reported).toHaveLength(acknowledged.length);
    for (const finding of reported) {
      expect(
        acknowledged.some(({ id, path }) => id === finding.id && finding.path.startsWith(`${path}/`)),
        finding.id,
      ).toBe(true);
    }
  });
});
