import { describe, expect, it } from 'vitest';
import directoryFile from '../../../config/directory.json' with { type: 'json' };
import { LOCAL_OFFICES } from '../../../forms/local-offices.js';
import { parseDirectory } from '../../../functions/domain/directory.js';
import { deliverReports, type ReportDependencies } from '../../../functions/reports/deliver-reports.js';
import { type InMemoryPipeline, inMemoryPipeline } from '../../helpers/in-memory/in-memory-pipeline.js';
import { ROC_O_OFFICER, TRIAGE_MAILBOX } from './use-case-fixtures.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The report function on the pipeline's in-memory table and mailer, as Lambda would run it for each request. */
function reportFunction(pipeline: InMemoryPipeline): ReportDependencies {
  return {
    cases: pipeline.cases,
    notices: pipeline.cases,
    noticeLeaseMs: 90_000,
    mailer: pipeline.mailer,
    clock: { now: () => pipeline.dependencies.wallClock.now() },
    directory: parseDirectory(
      directoryFile,
      LOCAL_OFFICES.map((office) => office.code),
    ),
    replyAddress: 'jas@intake.example',
    timeZone: 'America/Toronto',
  };
}

describe('REPORT by email, on in-memory ports', () => {
  it('one request gets one answer: the same message stored again, its S3 event and the report function’s invocation repeated', async () => {
    // Prepare: ROC-O asks; SES stores the same message a second time (same Message-ID, another key).
    const pipeline = inMemoryPipeline();
    const first = await pipeline.receive({ from: ROC_O_OFFICER, subject: 'REPORT' });
    const copy = 'raw/the-same-request-stored-again';
    pipeline.mailStore.storeRawMessage(copy, (await pipeline.mailStore.getRawMessage(first.messageKey))!);

    // Act
    await pipeline.process(first.messageKey);
    const second = await pipeline.process(copy);
    const reports = reportFunction(pipeline);
    for (const request of pipeline.reports.requests) await deliverReports(request, reports);
    // An asynchronous invocation that Lambda retries after the mail went out.
    await deliverReports(pipeline.reports.requests[0]!, reports);

    // Assess
    expect(first.outcome).toMatchObject({ outcome: 'routed', reasonCode: 'REPORTS_REQUESTED' });
    expect(second).toMatchObject({ outcome: 'routed', reasonCode: 'REPORTS_REQUESTED' });
    expect(pipeline.reports.requests).toHaveLength(2);
    expect(new Set(pipeline.reports.requests.map((request) => 'answerKey' in request && request.answerKey)).size).toBe(
      1,
    );
    expect(pipeline.mailer.to(ROC_O_OFFICER)).toHaveLength(1);
    expect(pipeline.mailer.sent).toHaveLength(1);
  });

  it('two requests are two answers', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();
    await pipeline.receive({ from: ROC_O_OFFICER, subject: 'REPORT' });
    await pipeline.receive({ from: ROC_O_OFFICER, subject: 'REPORT' });

    // Act
    for (const request of pipeline.reports.requests) await deliverReports(request, reportFunction(pipeline));

    // Assess
    expect(pipeline.mailer.to(ROC_O_OFFICER)).toHaveLength(2);
  });

  it('a REPORT dated more than 7 days before it arrived is refused as an old action is: the sender told why, nothing mailed', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();
    const writtenAt = new Date(pipeline.dependencies.wallClock.now().getTime() - 8 * DAY_MS);

    // Act
    const { outcome } = await pipeline.receive({ from: ROC_O_OFFICER, subject: 'REPORT', date: writtenAt });

    // Assess
    expect(outcome).toMatchObject({
      outcome: 'rejected',
      reasonCode: 'STALE_ACTION',
      reason: expect.stringContaining('dated more than 7 days before it arrived'),
      noticesSent: [{ purpose: 'report-refused', to: ROC_O_OFFICER }],
    });
    expect(pipeline.reports.requests).toEqual([]);
    const [refusal] = pipeline.mailer.sent;
    expect(refusal!.to).toEqual([ROC_O_OFFICER]);
    expect(refusal!.subject).toContain('Not sent: REPORT');
    expect(refusal!.text).toContain('more than 7 days before it arrived');
    expect(refusal!.text).toContain('plus de 7 jours avant son arrivée');
    expect(refusal!.inReplyTo).toMatch(/^<.+@ircc\.example>$/);
  });

  it('an old REPORT from someone else is not answered at all: triage, as any other', async () => {
    // Prepare
    const pipeline = inMemoryPipeline();
    const writtenAt = new Date(pipeline.dependencies.wallClock.now().getTime() - 8 * DAY_MS);

    // Act
    const { outcome } = await pipeline.receive({ from: 'intake@spo.example', subject: 'REPORT', date: writtenAt });

    // Assess
    expect(outcome).toMatchObject({ outcome: 'quarantined', reasonCode: 'REPORT_NOT_AUTHORIZED' });
    expect(pipeline.mailer.sent.map((mail) => mail.to)).toEqual([[TRIAGE_MAILBOX]]);
  });
});
