import type { MessageOutcome } from '../../functions/domain/case-record.js';
import type { PipelineDependencies } from '../../functions/domain/pipeline-dependencies.js';
import { createInboundEmailHandler } from '../../functions/handlers/on-inbound-email.js';
import type { MessageSet } from '../inputs/bench-messages.js';
import { type LoadResult, runClosedLoop } from '../measure/closed-loop.js';
import { resetStages, type Stage, stageTotals } from '../measure/stage-clock.js';
import { timedPort } from '../measure/timed-port.js';
import type { BenchStack } from '../stand-ins/start-bench-stack.js';
import { type S3Event, storeAsSes } from '../stand-ins/store-as-ses.js';

export interface StageShare {
  readonly ms: number;
  readonly share: number;
  /** Calls into the stage per message: with the time per call, what the same work costs elsewhere. */
  readonly callsPerMessage: number;
}

export interface HandlerAloneResult {
  readonly pdfsPerMessage: number;
  readonly runs: readonly (LoadResult & { readonly cpuMsPerMessage: number })[];
  /** From the one-at-a-time run, where stages do not overlap; `other` is the rest (notices, zod, case logic). */
  readonly shares: Readonly<Record<Stage | 'other', StageShare>>;
  readonly firstFailure?: string;
}

/** The real adapters, each port timed as its AWS service. */
function timedDependencies(dependencies: PipelineDependencies): PipelineDependencies {
  return {
    ...dependencies,
    mailStore: timedPort('s3', dependencies.mailStore),
    cases: timedPort('dynamodb', dependencies.cases),
    mailer: timedPort('sesv2', dependencies.mailer),
    policyClocks: timedPort('stepfunctions', dependencies.policyClocks),
  };
}

/** A message counts as handled when it opened one case per form, as every bench message should. */
export function checkOutcome(outcome: MessageOutcome | undefined, pdfsPerMessage: number): void {
  if (outcome?.outcome !== 'case_updated' || outcome.caseIds.length !== pdfsPerMessage) {
    throw new Error(
      `expected ${pdfsPerMessage} case(s) opened, got ${outcome ? `${outcome.outcome} ${outcome.reasonCode ?? ''} ${outcome.caseIds.length} case(s)` : 'no outcome'}`,
    );
  }
}

/**
 * The handler alone: S3 event in, outcome out, against the stand-ins in this process. Messages are
 * stored in S3 first, so the clock covers only what the Lambda does.
 */
export async function benchHandlerAlone(bench: BenchStack, set: MessageSet): Promise<HandlerAloneResult> {
  const handler = createInboundEmailHandler(() => timedDependencies(bench.stack.pipeline.dependencies));
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
  const handle = async (event: S3Event) => {
    const started = performance.now();
    try {
      const [outcome] = await handler(event);
      checkOutcome(outcome, set.pdfsPerMessage);
    } catch (error) {
      firstFailure ??= error instanceof Error ? error.message : String(error);
      throw error;
    }
    return performance.now() - started;
  };

  // CPU of this whole process, stand-ins included: with one event loop, 1000 ÷ it bounds messages per second.
  const withCpu = async (events: readonly S3Event[], concurrency: number) => {
    const before = process.cpuUsage();
    const run = await runClosedLoop(events, concurrency, handle);
    const used = process.cpuUsage(before);
    return { ...run, cpuMsPerMessage: (used.user + used.system) / 1000 / events.length };
  };
  await runClosedLoop(warmUp, 1, handle);
  resetStages();
  const one = await withCpu(sequential, 1);
  const totals = stageTotals();
  const eight = await withCpu(concurrent, 8);

  const handlerMs = one.mean * one.count;
  const stages: Stage[] = ['mime', 'pdf', 'validation', 'dynamodb', 's3', 'sesv2', 'stepfunctions'];
  const shares = Object.fromEntries(
    stages.map((stage) => {
      const { ms, calls } = totals.get(stage) ?? { ms: 0, calls: 0 };
      return [stage, { ms, share: ms / handlerMs, callsPerMessage: calls / one.count }];
    }),
  ) as Record<Stage | 'other', StageShare>;
  const staged = stages.reduce((sum, stage) => sum + (totals.get(stage)?.ms ?? 0), 0);
  shares.other = { ms: handlerMs - staged, share: (handlerMs - staged) / handlerMs, callsPerMessage: 0 };
  return { pdfsPerMessage: set.pdfsPerMessage, runs: [one, eight], shares, ...(firstFailure ? { firstFailure } : {}) };
}
