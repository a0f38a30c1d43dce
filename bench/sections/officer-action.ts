import { BENCH_PLAN } from '../bench-plan.js';
import { composeOfficerAction, OFFICER } from '../inputs/compose-message.js';
import { type CallsPerMessage, callsPerMessage } from '../measure/calls-per-message.js';
import { type LatencySummary, summarize } from '../measure/latency-summary.js';
import type { ServiceCall } from '../measure/service-calls.js';
import type { BenchStack } from '../stand-ins/start-bench-stack.js';
import { storeAsSes } from '../stand-ins/store-as-ses.js';
import { checkOutcome, createBenchHandler } from './bench-handler.js';

export interface OfficerActionResult {
  readonly latency: LatencySummary;
  readonly serviceCalls: CallsPerMessage;
  readonly firstFailure?: string;
}

/**
 * An officer's action on an open case (REQUEST INFO from the case's local office), one at a time:
 * each case is opened first by its recommendation, then the officer's reply is timed and its
 * requests counted.
 */
export async function benchOfficerAction(bench: BenchStack, openings: readonly Buffer[]): Promise<OfficerActionResult> {
  const handler = createBenchHandler(bench);
  const latencies: number[] = [];
  const callsOfEach: ServiceCall[][] = [];
  try {
    for (const [index, opening] of openings.entries()) {
      const [opened] = await handler.handle(await storeAsSes(bench, opening));
      checkOutcome(opened, 1);
      const action = await composeOfficerAction(opened!.caseIds[0]!, index);
      const event = await storeAsSes(bench, action, OFFICER);
      handler.ledger.take();
      const started = performance.now();
      const [outcome] = await handler.handle(event);
      const ms = performance.now() - started;
      const calls = handler.ledger.take();
      checkOutcome(outcome, 1);
      if (index < BENCH_PLAN.officerActions.warmUp) continue;
      latencies.push(ms);
      callsOfEach.push(calls);
    }
    return { latency: summarize(latencies), serviceCalls: callsPerMessage(callsOfEach) };
  } finally {
    handler.close();
  }
}
