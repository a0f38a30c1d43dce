import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CaseRecord } from '../../functions/domain/case-record.js';
import { type CaseReportSource, readCaseHistories } from '../../functions/domain/reports/case-history.js';
import { trackingRow } from '../../functions/domain/reports/tracking-row.js';
import { redactCaseText } from '../../functions/reports/redact-case-text.js';
import { todayIn } from '../../kernel/policy-calendar.js';
import { closeHttpServer } from './close-http-server.js';
import { renderCase, renderCaseList } from './render-cases-page.js';

export interface CasesPageOptions {
  readonly port: number;
  /** Read only: the page never writes. */
  readonly cases: CaseReportSource & { getCase(caseId: string): Promise<CaseRecord | undefined> };
  readonly timeZone: string;
  readonly now: () => Date;
}

/**
 * The local stack's read-only cases page, beside the outbox: every case with its state and next
 * deadline (filter by state and office), and each case's steps and timeline at `/cases/<id>`.
 */
export async function startCasesPageServer(options: CasesPageOptions) {
  const server = createServer((request, response) => {
    const send = (status: number, html: string) => {
      response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(html);
    };
    const url = new URL(request.url ?? '/', 'http://localhost');
    const today = todayIn(options.timeZone, options.now());
    const work = async () => {
      if (request.method !== 'GET') return send(405, 'Read-only / Lecture seule');
      if (url.pathname === '/') {
        const histories = await readCaseHistories(options.cases);
        const rows = histories.map((history) =>
          trackingRow(history, { today, timeZone: options.timeZone, redact: redactCaseText }),
        );
        return send(
          200,
          renderCaseList(
            rows,
            {
              state: url.searchParams.get('state') || undefined,
              office: url.searchParams.get('office') || undefined,
            },
            today,
          ),
        );
      }
      const caseId = /^\/cases\/([A-Za-z0-9-]+)$/.exec(url.pathname)?.[1]?.toUpperCase();
      const caseRecord = caseId ? await options.cases.getCase(caseId) : undefined;
      if (!caseRecord) return send(404, 'No such case / Aucun dossier de ce numéro');
      const history = { caseRecord, events: await options.cases.listEvents(caseRecord.caseId) };
      return send(
        200,
        renderCase(
          trackingRow(history, { today, timeZone: options.timeZone, redact: redactCaseText }),
          history,
          (text) => redactCaseText(caseRecord, text),
          (instant) => todayIn(options.timeZone, new Date(instant)),
        ),
      );
    };
    work().catch((error: unknown) => send(500, `The page could not be built: ${(error as Error).name}`));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () => closeHttpServer(server),
  };
}
