import type { MessageSet } from '../inputs/bench-messages.js';
import { type CallsPerMessage, callsPerMessage } from '../measure/calls-per-message.js';
import { type LoadResult, runClosedLoop } from '../measure/closed-loop.js';
import type { ServiceCall } from '../measure/service-calls.js';
import { resetStages, type Stage, stageTotals } from '../measure/stage-clock.js';
import type { BenchStack } from '../stand-ins/start-bench-stack.js';
import { type S3Event, storeAsSes } from '../stand-ins/store-as-ses.js';
import { checkOutcome, createBenchHandler } from './bench-handler.js';

export interface StageShare {
  readonly ms: number;
  readonly share: number;
  /** Calls into the stage per message: with the time per call, what the same work costs elsewhere. */
  readonly callsPerMessage: number;
}

export interface HandlerRun extends LoadResult {
  /** CPU of this process (the handler and the bench's loop) per message. */
  readonly cpuMsPerMessage: number;
  /** CPU of the stand-ins' process per message: AWS's side of the work. */
  readonly standInCpuMsPerMessage: number;
}

export interface HandlerAloneResult {
  readonly pdfsPerMessage: number;
  readonly runs: readonly HandlerRun[];
  /** From the one-at-a-time run, where stages do not overlap; `other` is the rest (notices, zod, case logic). */
  readonly shares: Readonly<Record<Stage | 'other', StageShare>>;
  /** The requests of a message that opens one case per form, from the one-at-a-time run. */
  readonly serviceCalls: CallsPerMessage;
  readonly firstFailure?: string;
}

const STAGES: readonly Stage[] = ['mime', 'pdf', 'validation', 'dynamodb', 's3', 'sesv2', 'stepfunctions'];

/**
 * The handler alone: S3 event in, outcome out, in this process, against the stand-ins in theirs.
 * Messages are stored in S3 first, so the clock covers only what the Lambda does.
 */
export async function benchHandlerAlone(bench: BenchStack, set: MessageSet): Promise<HandlerAloneResult> {
  const handler = createBenchHandler(bench);
  try {
    const store = async (raws: readonly Buffer[]) => {
      const events: S3Event[] = [];
      for (const raw of raws) events.push(await storeAsSes(bench, raw));
      return events;
    };
    const [warmUp, sequential, concurrent] = [
      await store(set.warmUp),
      await store(set.concurrency1),
      await store(set.concurrency8),
    ];
    let firstFailure: string | undefined;
    const callsOfEach: ServiceCall[][] = [];
    const handle = async (event: S3Event) => {
      const started = performance.now();
      try {
        const [outcome] = await handler.handle(event);
        checkOutcome(outcome, set.pdfsPerMessage);
      } catch (error) {
        firstFailure ??= error instanceof Error ? error.message : String(error);
        throw error;
      }
      const ms = performance.now() - started;
      callsOfEach.push(handler.ledger.take());
      return ms;
    };
    const withCpu = async (events: readonly S3Event[], concurrency: number): Promise<HandlerRun> => {
      const [before, standInBefore] = [process.cpuUsage(), await bench.standInCpuMs()];
      const run = await runClosedLoop(events, concurrency, handle);
      const used = process.cpuUsage(before);
      const standInMs = (await bench.standInCpuMs()) - standInBefore;
      return {
        ...run,
        cpuMsPerMessage: (used.user + used.system) / 1000 / events.length,
        standInCpuMsPerMessage: standInMs / events.length,
      };
    };
    await runClosedLoop(warmUp, 1, handle);
    resetStages();
    callsOfEach.length = 0;
    const one = await withCpu(sequential, 1);
    const totals = stageTotals();
    const serviceCalls = callsPerMessage(callsOfEach);
    const eight = await withCpu(concurrent, 8);

    const handlerMs = one.mean * one.count;
    const shares = Object.fromEntries(
      STAGES.map((stage) => {
        const { ms, calls } = totals.get(stage) ?? { ms: 0, calls: 0 };
        return [stage, { ms, share: ms / handlerMs, callsPerMessage: calls / one.count }];
      }),
    ) as Record<Stage | 'other', StageShare>;
    const staged = STAGES.reduce((sum, stage) => sum + (totals.get(stage)?.ms ?? 0), 0);
    shares.other = { ms: handlerMs - staged, share: (handlerMs - staged) / handlerMs, callsPerMessage: 0 };
    return {
      pdfsPerMessage: set.pdfsPerMessage,
      runs: [one, eight],
      shares,
      serviceCalls,
      ...(firstFailure ? { firstFailure } : {}),
    };
  } finally {
    handler.close();
  }
}
