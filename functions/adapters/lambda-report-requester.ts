import type { LambdaClient } from '@aws-sdk/client-lambda';
import type { ReportRequester } from '../domain/ports.js';
import type { ReportRequest } from '../domain/report-request.js';
import type { ClientOnFirstUse } from './client-on-first-use.js';

/**
 * Asks the report function for the reports with an asynchronous invocation: Lambda queues the
 * request and answers at once, so the inbound function never waits for a spreadsheet, and Lambda
 * retries the report function on its own if it fails.
 */
export class LambdaReportRequester implements ReportRequester {
  constructor(
    private readonly lambda: ClientOnFirstUse<LambdaClient>,
    private readonly functionName: string,
  ) {}

  async request(request: ReportRequest): Promise<void> {
    const [{ InvokeCommand }, lambda] = await Promise.all([import('@aws-sdk/client-lambda'), this.lambda.get()]);
    await lambda.send(
      new InvokeCommand({
        FunctionName: this.functionName,
        InvocationType: 'Event',
        Payload: new TextEncoder().encode(JSON.stringify(request)),
      }),
    );
  }
}
