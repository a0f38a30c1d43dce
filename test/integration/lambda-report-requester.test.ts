import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeHttpServer } from '../../bin/local-stack/close-http-server.js';
import { LOCAL_CREDENTIALS } from '../../bin/local-stack/s3-server.js';
import { ClientOnFirstUse } from '../../functions/adapters/client-on-first-use.js';
import { LambdaReportRequester } from '../../functions/adapters/lambda-report-requester.js';

/** What Lambda's Invoke API received: path, invocation type, body. */
const received: { path: string; invocationType?: string; body: string }[] = [];
const server = createServer(async (request: IncomingMessage, response) => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  received.push({
    path: request.url ?? '',
    invocationType: request.headers['x-amz-invocation-type'] as string | undefined,
    body: Buffer.concat(chunks).toString('utf8'),
  });
  // What Lambda answers an asynchronous invocation: 202, no payload.
  response.writeHead(202).end();
});
let lambda: LambdaClient;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  lambda = new LambdaClient({
    region: 'ca-central-1',
    credentials: LOCAL_CREDENTIALS,
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
  });
});

afterAll(async () => {
  lambda.destroy();
  await closeHttpServer(server);
});

const ANSWER_KEY = `report#${'ab'.repeat(32)}`;

describe('LambdaReportRequester (against a server speaking Lambda’s Invoke API)', () => {
  it('hands the request to the report function as an asynchronous invocation, and does not wait for it', async () => {
    await new LambdaReportRequester(new ClientOnFirstUse(async () => lambda), 'JasIntake-ReportsHandler').request({
      kind: 'on-request',
      to: 'officer.roc-o@ircc.example',
      inReplyTo: '<ask@ircc.example>',
      answerKey: ANSWER_KEY,
    });
    expect(received).toEqual([
      {
        path: '/2015-03-31/functions/JasIntake-ReportsHandler/invocations',
        invocationType: 'Event',
        body: JSON.stringify({
          kind: 'on-request',
          to: 'officer.roc-o@ircc.example',
          inReplyTo: '<ask@ircc.example>',
          answerKey: ANSWER_KEY,
        }),
      },
    ]);
  });
});
