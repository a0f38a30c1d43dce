/**
 * When the reports go out, as EventBridge Scheduler cron fields in the case time zone: Monday at
 * 07:00 (ROC-O the spreadsheet, IN the indicators) and the 1st at 07:00 (IN the past month's
 * indicators). The CDK schedules and the local stack's read the same fields.
 */
export const REPORT_TIMES = {
  weekly: { minute: '0', hour: '7', weekDay: 'MON' },
  monthly: { minute: '0', hour: '7', day: '1' },
} as const;
