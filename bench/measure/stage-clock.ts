/** Where a handler's time goes: the stages the issue asks about, plus Step Functions once clocks run. */
export type Stage = 'mime' | 'pdf' | 'validation' | 'dynamodb' | 's3' | 'sesv2' | 'stepfunctions';

const totals = new Map<Stage, number>();
const calls = new Map<Stage, number>();

/**
 * Adds the time `work` takes to its stage, synchronous or not. Totals are only meaningful when
 * one message runs at a time: concurrent messages' stages overlap in wall time.
 */
export function timeStage<T>(stage: Stage, work: () => T): T {
  const started = performance.now();
  calls.set(stage, (calls.get(stage) ?? 0) + 1);
  const add = () => totals.set(stage, (totals.get(stage) ?? 0) + performance.now() - started);
  const result = work();
  if (result instanceof Promise) return result.finally(add) as T;
  add();
  return result;
}

export function resetStages(): void {
  totals.clear();
  calls.clear();
}

export function stageTotals(): ReadonlyMap<Stage, { ms: number; calls: number }> {
  return new Map([...totals].map(([stage, ms]) => [stage, { ms, calls: calls.get(stage) ?? 0 }]));
}
