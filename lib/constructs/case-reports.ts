import { Duration, Stack, TimeZone, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { Schedule, ScheduleExpression, ScheduleTargetInput } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Construct } from 'constructs';
import { DEFAULT_TIME_ZONE } from '../../functions/config.js';
import type { ReportRequest } from '../../functions/domain/report-request.js';
import { REPORT_TIMES } from '../../functions/reports/report-times.js';
import { projectPath } from '../project-root.js';
import { AppFunction } from './app-function.js';
import type { CaseTable } from './case-table.js';
import type { DataKey } from './data-key.js';
import type { NoticeSending } from './notice-sending.js';

export const REPORT_HANDLER_ENTRY = projectPath('functions', 'handlers', 'on-report.ts');

export interface CaseReportsProps {
  readonly dataKey: DataKey;
  readonly cases: CaseTable;
  readonly notices: NoticeSending;
  readonly noticeFrom: string;
  /** @default DEFAULT_TIME_ZONE (America/Toronto), as the functions count dates */
  readonly timeZone?: string;
  readonly logGroupNamePrefix: string;
}

/**
 * ROC-O's tracking spreadsheet and the program's indicators (OB 646 step 5; the Refugee
 * Resettlement PIP), built by their own function so the spreadsheet library stays out of the
 * inbound bundle. EventBridge Scheduler invokes it every Monday morning (ROC-O gets the
 * spreadsheet, IN the indicators) and on the 1st of the month (IN gets the month's indicators);
 * the inbound function invokes it when ROC-O or IN mails `REPORT`. It may read the case table and
 * send mail, nothing else.
 */
export class CaseReports extends Construct {
  readonly handler: AppFunction;
  readonly schedules: { readonly weekly: Schedule; readonly monthly: Schedule };

  constructor(scope: Construct, id: string, props: CaseReportsProps) {
    super(scope, id);
    const timeZone = props.timeZone ?? DEFAULT_TIME_ZONE;
    this.handler = new AppFunction(this, 'Handler', {
      entry: REPORT_HANDLER_ENTRY,
      description:
        'Builds ROC-O’s tracking spreadsheet and the program’s indicators from the case table and mails them.',
      // The workbook and the PDF are built in memory: a few MB for thousands of cases. A year of
      // cases reads in seconds; the timeout leaves room for a slow table and SES retries.
      memorySize: 1024,
      timeout: Duration.minutes(5),
      logGroupName: `${props.logGroupNamePrefix}report-handler`,
      logEncryptionKey: props.dataKey.key,
      environment: {
        JAS_TABLE_NAME: props.cases.table.tableName,
        JAS_NOTICE_FROM: props.noticeFrom,
        JAS_CONFIGURATION_SET: props.notices.configurationSet.configurationSetName,
        JAS_TIME_ZONE: timeZone,
        POWERTOOLS_SERVICE_NAME: 'jas-intake',
        POWERTOOLS_LOG_LEVEL: 'INFO',
      },
    });
    props.cases.grantReadCases(this.handler);
    // Its answer to an emailed REPORT is sent once, recorded as every notice is.
    props.cases.grantNoticeRecords(this.handler);
    props.notices.grantSendNotices(this.handler);

    // One role for both schedules, that the scheduler of this account only may assume.
    const schedulerRole = new Role(this, 'SchedulerRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
    });
    const invoke = (request: ReportRequest) =>
      new LambdaInvoke(this.handler, {
        role: schedulerRole,
        input: ScheduleTargetInput.fromObject(request),
        retryAttempts: 2,
        maxEventAge: Duration.hours(2),
      });
    this.schedules = {
      weekly: new Schedule(this, 'Weekly', {
        description: 'Every Monday morning: the tracking spreadsheet to ROC-O, the indicators to IN.',
        schedule: ScheduleExpression.cron({ ...REPORT_TIMES.weekly, timeZone: TimeZone.of(timeZone) }),
        target: invoke({ kind: 'weekly' }),
      }),
      monthly: new Schedule(this, 'Monthly', {
        description: 'The 1st of the month: the past month’s indicators to IN.',
        schedule: ScheduleExpression.cron({ ...REPORT_TIMES.monthly, timeZone: TimeZone.of(timeZone) }),
        target: invoke({ kind: 'monthly' }),
      }),
    };
    Validations.of(schedulerRole).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${Stack.of(this).getLogicalId(this.handler.node.defaultChild as CfnFunction)}.Arn>:*]`,
      reason:
        'lambda:InvokeFunction on the report function and its versions (grantInvoke adds the `:*` for qualified invocations); the role can invoke nothing else.',
    });
  }
}
