import type { Directory } from '../domain/directory.js';
import type { CaseRepository, WallClock } from '../domain/ports.js';
import type { ReportRequest } from '../domain/report-request.js';
import type { CaseReportSource } from '../domain/reports/case-history.js';
import { previousMonth, type ReportPeriod, rollingYear } from '../domain/reports/report-period.js';
import type { Mailer, NoticeAttachment } from '../notices/mailer.js';
import { renderNotice } from '../notices/render-notice.js';
import { sendNoticesOnce } from '../notices/send-notice-once.js';
import { type ReportData, readReportData } from './build-reports.js';
import { buildIndicatorsPdf } from './indicators-pdf.js';
import { type ReportContents, reportNotice } from './report-notice.js';
import { buildTrackingWorkbook } from './tracking-workbook.js';

export interface ReportDependencies {
  readonly cases: CaseReportSource;
  /** The records of notices sent: the answer to an emailed request is sent once, as every notice is. */
  readonly notices: Pick<CaseRepository, 'claimNotice' | 'writeTogether' | 'releaseNotice'>;
  /** How long an attempt holds the answer it sends (see `sendNoticesOnce`). */
  readonly noticeLeaseMs: number;
  readonly mailer: Mailer;
  readonly clock: WallClock;
  readonly directory: Directory;
  /** The pipeline's own address: where `REPORT` comes back to. */
  readonly replyAddress: string;
  readonly timeZone: string;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The spreadsheet as a mail attachment. */
export async function trackingAttachment(data: ReportData): Promise<NoticeAttachment> {
  return {
    fileName: `jas-tracking-${data.today}.xlsx`,
    contentType: XLSX,
    content: await buildTrackingWorkbook(data.rows, data, data.generatedAt),
  };
}

/** The indicators PDF as a mail attachment. */
export async function indicatorsAttachment(data: ReportData): Promise<NoticeAttachment> {
  return {
    fileName: `jas-indicators-${data.period.from}-to-${data.period.to}.pdf`,
    contentType: 'application/pdf',
    content: await buildIndicatorsPdf(data.sections, data.period, data.generatedAt),
  };
}

/**
 * Builds and mails the reports a request asks for; returns who was sent what. The answer to an
 * emailed request goes out once under its key, however often the request arrives or the function
 * is invoked for it (a copy stored again, an asynchronous invocation retried): a repeat finds it
 * sent, and sends nothing.
 */
export async function deliverReports(
  request: ReportRequest,
  deps: ReportDependencies,
): Promise<{ readonly sent: readonly { readonly purpose: string; readonly to: string }[] }> {
  const period: (today: string) => ReportPeriod = request.kind === 'monthly' ? previousMonth : rollingYear;
  const data = await readReportData(deps.cases, { now: deps.clock.now(), timeZone: deps.timeZone, period });
  const mail = async (
    to: string,
    contents: ReportContents,
    attachments: NoticeAttachment[],
    answer?: { readonly key: string; readonly inReplyTo?: string },
  ) => {
    const notice = renderNotice(
      reportNotice({
        contents,
        today: data.today,
        period: data.period,
        cases: data.rows.length,
        openCases: data.rows.filter((row) => row.state !== 'ended' && row.state !== 'declined').length,
        replyAddress: deps.replyAddress,
        onRequest: request.kind === 'on-request',
      }),
    );
    const outgoing = { to: [to], inReplyTo: answer?.inReplyTo, attachments, ...notice };
    if (answer)
      await sendNoticesOnce(deps.notices, deps.mailer, [{ key: answer.key, notice: outgoing }], {
        leaseMs: deps.noticeLeaseMs,
      });
    else await deps.mailer.send(outgoing);
    return { purpose: `report-${contents}`, to };
  };
  switch (request.kind) {
    case 'weekly': {
      const [tracking, indicators] = await Promise.all([trackingAttachment(data), indicatorsAttachment(data)]);
      return {
        sent: await Promise.all([
          mail(deps.directory.rocO.email, 'tracking', [tracking]),
          mail(deps.directory.resettlementOperations.email, 'indicators', [indicators]),
        ]),
      };
    }
    case 'monthly':
      return {
        sent: [
          await mail(deps.directory.resettlementOperations.email, 'indicators', [await indicatorsAttachment(data)]),
        ],
      };
    case 'on-request': {
      const attachments = await Promise.all([trackingAttachment(data), indicatorsAttachment(data)]);
      const answer = { key: request.answerKey, ...(request.inReplyTo && { inReplyTo: request.inReplyTo }) };
      return { sent: [await mail(request.to, 'both', attachments, answer)] };
    }
  }
}
