import { setTimeout as sleep } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxEmail } from '../../bin/local-stack/outbox-server.js';
import { TRACKING_SHEET } from '../../functions/reports/tracking-workbook.js';
import { startTestStack, type TestStack } from '../helpers/local-stack.js';
import {
  IN_MAILBOX,
  IN_OFFICER,
  OFFICER,
  ROC_O_OFFICER,
  recommendationPdf,
  Scenario,
  SPO,
  SUPERVISOR,
  TRIAGE_MAILBOX,
} from '../helpers/scenario.js';

let stack: TestStack;
let scenario: Scenario;
let caseId: string;

beforeAll(async () => {
  stack = await startTestStack();
  scenario = new Scenario(stack);
  const opened = await scenario.send(SPO, 'JAS In-Canada Recommendation Form', 'Attached.', [
    await recommendationPdf('4000-0001'),
  ]);
  caseId = opened.caseIds[0]!;
  await scenario.send(OFFICER, `Re: [${caseId}] RECOMMEND`, 'Needs are well documented.');
  await scenario.newNotices();
});

afterAll(async () => {
  await stack.stop();
});

/** The mails that arrive for `to` within the time the report takes (the report function runs after the outcome). */
async function mailFor(to: string, timeoutMs = 20_000): Promise<OutboxEmail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await scenario.newNotices()).find((mail) => mail.destination.to.includes(to));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`No mail for ${to} within ${timeoutMs} ms`);
    await sleep(100);
  }
}

describe('REPORT by email', () => {
  it('from ROC-O: both reports come back to the sender, the spreadsheet with a row for the case', async () => {
    const outcome = await scenario.send(ROC_O_OFFICER, 'REPORT');
    expect(outcome).toMatchObject({ outcome: 'routed', reasonCode: 'REPORTS_REQUESTED', caseIds: [] });
    const mail = await mailFor(ROC_O_OFFICER);
    expect(mail.subject).toMatch(/^JAS tracking and indicators, \d{4}-\d{2}-\d{2} \/ Suivi et indicateurs PAC/);
    expect(mail.attachments.map((attachment) => attachment.contentType)).toEqual([
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/pdf',
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(mail.attachments[0]!.content, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(TRACKING_SHEET)!;
    expect(sheet.rowCount).toBe(2);
    const row = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(row[0]).toBe(caseId);
    const header = (sheet.getRow(1).values as string[]).slice(1);
    const dateOf = (step: string) => row[header.findIndex((cell) => cell.startsWith(`${step}\n`))];
    expect(dateOf('Received')).toBeInstanceOf(Date);
    expect(dateOf('Recommended')).toBeInstanceOf(Date);
    // The supervisor has not concurred: not sent to IN yet, the cell empty.
    expect(dateOf('Sent to IN')).toBeUndefined();
    expect(JSON.stringify(row)).not.toContain('Haddad');
  });

  it('in French from IN’s mailbox, as a reply: RAPPORT answers too', async () => {
    const outcome = await scenario.send(IN_MAILBOX, 'RE: RAPPORT');
    expect(outcome.reasonCode).toBe('REPORTS_REQUESTED');
    const mail = await mailFor(IN_MAILBOX);
    expect(mail.attachments).toHaveLength(2);
  });

  it('from an SPO: changes nothing and gets nothing; a person sees it in triage', async () => {
    const before = await scenario.caseOf(caseId);
    const outcome = await scenario.send(SPO, 'REPORT');
    expect(outcome).toMatchObject({ outcome: 'quarantined', reasonCode: 'REPORT_NOT_AUTHORIZED' });
    await sleep(1_000);
    const sent = await scenario.newNotices();
    expect(sent.map((mail) => mail.destination.to)).toEqual([[TRIAGE_MAILBOX]]);
    expect(sent.flatMap((mail) => mail.attachments.map((attachment) => attachment.contentType))).not.toContain(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(await scenario.caseOf(caseId)).toEqual(before);
  });

  it('from a forged ROC-O address: nothing goes to that address', async () => {
    const outcome = await scenario.sendForged(ROC_O_OFFICER, 'REPORT');
    expect(outcome).toMatchObject({ outcome: 'quarantined', reasonCode: 'REPORT_SENDER_NOT_VERIFIED' });
    await sleep(1_000);
    expect((await scenario.newNotices()).map((mail) => mail.destination.to)).toEqual([[TRIAGE_MAILBOX]]);
  });

  it('after GCMS DONE from ROC-O, the spreadsheet shows its step-5 GCMS note done', async () => {
    expect((await scenario.send(SUPERVISOR, `[${caseId}] CONCUR`)).outcome).toBe('case_updated');
    expect((await scenario.send(IN_OFFICER, `[${caseId}] DESIGNATE`)).outcome).toBe('case_updated');
    expect((await scenario.send(ROC_O_OFFICER, `Re: [${caseId}] GCMS DONE`)).outcome).toBe('case_updated');
    // RSTP is told to start once ROC-O approves the profile (step 5): until then the task is not done.
    expect((await scenario.send(ROC_O_OFFICER, `Re: [${caseId}] APPROVE PROFILE`)).outcome).toBe('case_updated');
    await scenario.newNotices();
    await scenario.send(ROC_O_OFFICER, 'REPORT');
    const mail = await mailFor(ROC_O_OFFICER);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(mail.attachments[0]!.content, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(TRACKING_SHEET)!;
    const header = (sheet.getRow(1).values as string[]).slice(1);
    const row = (sheet.getRow(2).values as unknown[]).slice(1);
    const cell = (startsWith: string) => row[header.findIndex((name) => name.startsWith(startsWith))];
    expect(cell('Step 5: Note added in GCMS')).toBe('Done / Fait');
    expect(cell('Step 5: RSTP told to start promotion')).toBe('Done / Fait');
    expect(cell('State')).toBe('Promotion / Promotion');
  });
});
