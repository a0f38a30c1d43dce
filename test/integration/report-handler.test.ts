import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReportHandler } from '../../functions/handlers/on-report.js';
import { createReportDependencies } from '../../functions/reports/create-report-dependencies.js';
import type { ReportDependencies } from '../../functions/reports/deliver-reports.js';
import { TRACKING_SHEET } from '../../functions/reports/tracking-workbook.js';
import { startTestStack, type TestStack } from '../helpers/local-stack.js';
import { IN_MAILBOX, ROC_O_MAILBOX, ROC_O_OFFICER } from '../helpers/scenario.js';
import { ALL_CASES, lateRejection } from '../unit/reports/report-cases.js';

let stack: TestStack;
let dependencies: ReportDependencies;
const handler = createReportHandler(() => dependencies);

beforeAll(async () => {
  stack = await startTestStack();
  const { cases } = stack.pipeline.dependencies;
  for (const { caseRecord, events } of ALL_CASES) {
    await cases.createCase(caseRecord);
    for (const event of events) await cases.appendEvent(event);
  }
  await cases.recordMessageOutcome(lateRejection('2026-07-02T15:00:00Z'));
  dependencies = {
    ...createReportDependencies(
      { ...stack.pipeline.config, endpoints: stack.pipeline.config.endpoints },
      stack.pipeline.clients,
    ),
    clock: { now: () => new Date('2026-08-01T11:00:00Z') },
  };
});

afterAll(async () => {
  await stack.stop();
});

async function sheetRows(content: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(content, 'base64') as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.getWorksheet(TRACKING_SHEET)!.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

describe('the report function, against the local table and outbox', () => {
  it('weekly: ROC-O gets the spreadsheet with a row per case, IN the indicators PDF', async () => {
    const before = (await stack.outbox()).length;
    expect(await handler({ kind: 'weekly' })).toEqual({ sent: 2 });
    const mails = (await stack.outbox()).slice(before);
    const toRocO = mails.find((mail) => mail.destination.to.includes(ROC_O_MAILBOX))!;
    const toIn = mails.find((mail) => mail.destination.to.includes(IN_MAILBOX))!;
    expect(toRocO.subject).toBe('JAS tracking spreadsheet, 2026-08-01 / Tableau de suivi PAC, 2026-08-01');
    expect(toRocO.attachments.map((attachment) => attachment.filename)).toEqual(['jas-tracking-2026-08-01.xlsx']);
    const rows = await sheetRows(toRocO.attachments[0]!.content);
    const oldestFirst = [...ALL_CASES].sort((a, b) => a.caseRecord.createdAt.localeCompare(b.caseRecord.createdAt));
    expect(rows.slice(1).map((row) => row[0])).toEqual(oldestFirst.map(({ caseRecord }) => caseRecord.caseId));
    expect(toIn.attachments.map((attachment) => [attachment.filename, attachment.contentType])).toEqual([
      ['jas-indicators-2025-09-01-to-2026-08-01.pdf', 'application/pdf'],
    ]);
    expect(toIn.body.text).toContain('Cases on file: 7');
    expect(toIn.body.text).toContain('REPORT');
    expect(toIn.body.text).toContain('RAPPORT');
  });

  it('monthly: IN gets the indicators of the month just ended', async () => {
    const before = (await stack.outbox()).length;
    expect(await handler({ kind: 'monthly' })).toEqual({ sent: 1 });
    const [mail] = (await stack.outbox()).slice(before);
    expect(mail!.destination.to).toEqual([IN_MAILBOX]);
    expect(mail!.subject).toBe(
      'JAS indicators, 2026-07-01 to 2026-07-31 / Indicateurs PAC, du 2026-07-01 au 2026-07-31',
    );
    expect(mail!.attachments.map((attachment) => attachment.filename)).toEqual([
      'jas-indicators-2026-07-01-to-2026-07-31.pdf',
    ]);
  });

  it('on request: both reports to the one who asked, in reply to the request, once however often it is invoked', async () => {
    const before = (await stack.outbox()).length;
    const request = {
      kind: 'on-request',
      to: ROC_O_OFFICER,
      inReplyTo: '<ask@ircc.example>',
      answerKey: `report#${'a1'.repeat(32)}`,
    };
    expect(await handler(request)).toEqual({ sent: 1 });
    // Lambda retries an asynchronous invocation; the answer, recorded sent in the table, goes out once.
    await handler(request);
    expect(await stack.outbox()).toHaveLength(before + 1);
    const [mail] = (await stack.outbox()).slice(before);
    expect(mail!.destination.to).toEqual([ROC_O_OFFICER]);
    expect(mail!.attachments.map((attachment) => attachment.filename)).toEqual([
      'jas-tracking-2026-08-01.xlsx',
      'jas-indicators-2025-09-01-to-2026-08-01.pdf',
    ]);
    expect(mail!.body.text).toContain('Here are the reports you asked for.');
  });

  it('refuses a request it does not know, and sends nothing', async () => {
    const before = (await stack.outbox()).length;
    await expect(handler({ kind: 'daily' })).rejects.toThrow();
    await expect(handler({ kind: 'on-request', to: 'not an address' })).rejects.toThrow();
    expect(await stack.outbox()).toHaveLength(before);
  });
});
