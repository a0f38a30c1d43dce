import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import type { OutboxEmail } from '../../bin/local-stack/outbox-server.js';
import { TRACKING_SHEET } from '../../functions/reports/tracking-workbook.js';
import { startTestStack, type TestStack } from '../helpers/local-stack.js';
import { IN_MAILBOX, ROC_O_MAILBOX, recommendationPdf, Scenario, SPO } from '../helpers/scenario.js';

const dataDir = mkdtempSync(join(tmpdir(), 'jas-report-schedule-'));
let stack: TestStack | undefined;

afterAll(async () => {
  await stack?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function waitForMail(test: (mail: OutboxEmail) => boolean, timeoutMs = 20_000): Promise<OutboxEmail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await stack!.outbox()).find(test);
    if (found) return found;
    if (Date.now() > deadline) throw new Error('The scheduled report did not arrive');
    await sleep(100);
  }
}

describe('the report schedules in the local stack, under the sped-up clock', () => {
  it('on Monday morning ROC-O receives the spreadsheet with a row for the case, IN the indicators; on the 1st IN the month’s', async () => {
    // Prepare: a case filed by email, then the stack started again with the schedules on a clock
    // 100,000 times faster, on Friday 27 November 2026 at 10:00 in Toronto: Monday 07:00 is 69
    // simulated hours (about 2.5 s) away, the 1st of December 93 hours (about 3.4 s).
    const filing = await startTestStack({ dataDir });
    const opened = await new Scenario(filing).send(SPO, 'JAS In-Canada Recommendation Form', 'Attached.', [
      await recommendationPdf('3000-0001'),
    ]);
    expect(opened.outcome).toBe('case_updated');
    const caseId = opened.caseIds[0]!;
    await filing.stop({ keepData: true });

    // Act
    stack = await startTestStack({
      dataDir,
      clockSpeedup: 100_000,
      reportSchedules: true,
      now: () => new Date('2026-11-27T15:00:00Z'),
    });

    // Assess: Monday's mail to ROC-O, with the spreadsheet
    const toRocO = await waitForMail(
      (mail) => mail.destination.to.includes(ROC_O_MAILBOX) && mail.attachments.length > 0,
    );
    expect(toRocO.subject).toBe('JAS tracking spreadsheet, 2026-11-30 / Tableau de suivi PAC, 2026-11-30');
    expect(toRocO.attachments.map((attachment) => attachment.filename)).toEqual(['jas-tracking-2026-11-30.xlsx']);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(toRocO.attachments[0]!.content, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(TRACKING_SHEET)!;
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(1).value).toBe(caseId);
    expect(sheet.getRow(2).getCell(2).value).toBe('30000001');
    const dates = (sheet.getRow(2).values as unknown[]).filter((value) => value instanceof Date);
    expect(dates.length).toBeGreaterThanOrEqual(2);

    // Assess: Monday's indicators to IN, then the 1st's for November
    const weekly = await waitForMail(
      (mail) =>
        mail.destination.to.includes(IN_MAILBOX) && mail.subject.startsWith('JAS indicators, 2025-12-01 to 2026-11-30'),
    );
    expect(weekly.attachments.map((attachment) => attachment.contentType)).toEqual(['application/pdf']);
    const monthly = await waitForMail(
      (mail) =>
        mail.destination.to.includes(IN_MAILBOX) && mail.subject.startsWith('JAS indicators, 2026-11-01 to 2026-11-30'),
    );
    expect(monthly.attachments.map((attachment) => attachment.filename)).toEqual([
      'jas-indicators-2026-11-01-to-2026-11-30.pdf',
    ]);
  });
});
