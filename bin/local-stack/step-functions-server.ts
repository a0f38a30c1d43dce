import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ClockExecution, ClockExecutions, ExecutionStatus } from './clock-executions.js';
import { closeHttpServer } from './close-http-server.js';
import { StepFunctionsError } from './step-functions-error.js';

const CONTENT_TYPE = 'application/x-amz-json-1.0';
const TARGET_PREFIX = 'AWSStepFunctions.';
const DEFAULT_PAGE_SIZE = 100;

type Request = Record<string, unknown>;

/**
 * A Step Functions endpoint on loopback for the one case-clocks state machine: the AWS JSON 1.0
 * protocol (`x-amz-target: AWSStepFunctions.<Operation>`) for StartExecution, StopExecution,
 * DescribeExecution and ListExecutions, with errors as `{"__type": …}` and status 400 so the SDK
 * raises its typed exceptions (`ExecutionAlreadyExists`, …). Requests are not authenticated.
 * `executions` is asked for on the first request, so a stack no clock is asked of never builds them.
 */
export async function startStepFunctionsServer(options: {
  port: number;
  stateMachineArn: string;
  executions: () => ClockExecutions;
}) {
  const { stateMachineArn, executions } = options;
  const operations: Record<string, (request: Request) => unknown> = {
    StartExecution(request) {
      requireStateMachine(request, stateMachineArn);
      const name = request.name === undefined ? randomUUID() : text(request, 'name');
      const started = executions().start(name, request.input === undefined ? '{}' : text(request, 'input'));
      return { executionArn: started.executionArn, startDate: epochSeconds(started.startDate) };
    },
    StopExecution(request) {
      const stopped = executions().stop(
        text(request, 'executionArn'),
        optionalText(request, 'error'),
        optionalText(request, 'cause'),
      );
      return { stopDate: epochSeconds(stopped.stopDate ?? new Date()) };
    },
    DescribeExecution(request) {
      return describe(executions().describe(text(request, 'executionArn')), stateMachineArn);
    },
    ListExecutions(request) {
      requireStateMachine(request, stateMachineArn);
      const all = executions().list(optionalText(request, 'statusFilter') as ExecutionStatus | undefined);
      const from = request.nextToken === undefined ? 0 : Number.parseInt(text(request, 'nextToken'), 10);
      if (!Number.isInteger(from) || from < 0) throw new StepFunctionsError('InvalidToken', 'Invalid nextToken');
      const size =
        typeof request.maxResults === 'number' && request.maxResults > 0 ? request.maxResults : DEFAULT_PAGE_SIZE;
      const page = all.slice(from, from + size).map((execution) => {
        const { executionArn, name, status, startDate, stopDate } = describe(execution, stateMachineArn);
        return { executionArn, stateMachineArn, name, status, startDate, stopDate };
      });
      return { executions: page, nextToken: from + size < all.length ? String(from + size) : undefined };
    },
  };

  const server = createServer((request, response) => {
    void handle(request, response, operations);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { endpoint, stop: () => closeHttpServer(server) };
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  operations: Record<string, (request: Request) => unknown>,
): Promise<void> {
  try {
    const target = String(request.headers['x-amz-target'] ?? '');
    const operation = target.startsWith(TARGET_PREFIX) ? operations[target.slice(TARGET_PREFIX.length)] : undefined;
    if (request.method !== 'POST' || !operation)
      throw new StepFunctionsError('UnknownOperationException', `Unknown operation ${target || request.method}`);
    reply(response, 200, operation(await readJson(request)));
  } catch (error) {
    if (error instanceof StepFunctionsError) reply(response, 400, { __type: error.type, message: error.message });
    else
      reply(response, 500, {
        __type: 'InternalFailure',
        message: error instanceof Error ? error.message : String(error),
      });
  }
}

async function readJson(request: IncomingMessage): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  try {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as unknown;
    if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new Error('not an object');
    return body as Request;
  } catch {
    throw new StepFunctionsError('SerializationException', 'The request body is not a JSON object');
  }
}

function reply(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': CONTENT_TYPE });
  response.end(JSON.stringify(body));
}

function describe(execution: ClockExecution, stateMachineArn: string) {
  const { executionArn, name, status, input, output, error, cause, startDate, stopDate } = execution;
  return {
    executionArn,
    stateMachineArn,
    name,
    status,
    input,
    output,
    error,
    cause,
    startDate: epochSeconds(startDate),
    stopDate: stopDate && epochSeconds(stopDate),
  };
}

function requireStateMachine(request: Request, stateMachineArn: string): void {
  const asked = text(request, 'stateMachineArn');
  if (asked !== stateMachineArn)
    throw new StepFunctionsError(
      'StateMachineDoesNotExist',
      `State Machine Does Not Exist: '${asked}' (this stand-in runs ${stateMachineArn})`,
    );
}

function text(request: Request, field: string): string {
  const value = request[field];
  if (typeof value !== 'string')
    throw new StepFunctionsError(
      field.endsWith('Arn') ? 'InvalidArn' : 'SerializationException',
      `${field} must be a string`,
    );
  return value;
}

function optionalText(request: Request, field: string): string | undefined {
  return request[field] === undefined ? undefined : text(request, field);
}

/** Timestamps travel as epoch seconds in the JSON protocol. */
function epochSeconds(date: Date): number {
  return date.getTime() / 1000;
}
