import type { ReportRequester } from '../../../functions/domain/ports.js';
import type { ReportRequest } from '../../../functions/domain/report-request.js';

/** The report function's queue in memory: requests are kept, in order, for the test to look at. */
export class InMemoryReportRequester implements ReportRequester {
  readonly requests: ReportRequest[] = [];

  async request(request: ReportRequest): Promise<void> {
    this.requests.push(structuredClone(request));
  }
}
