import type { ClockPurpose } from '../../../functions/domain/clock-request.js';
import type { PolicyClocks } from '../../../functions/domain/ports.js';

/** A clock as it was started. */
export interface StartedClock {
  readonly caseId: string;
  readonly purpose: ClockPurpose;
  readonly dueOn: string;
  readonly dueAt: string;
}

/**
 * The case-clocks state machine in memory, with the adapter's contract: one clock per case and
 * purpose (starting it again while it runs starts nothing), cancelling one that is not running
 * does nothing. The test fires a clock by calling the clock-due use case with it.
 */
export class InMemoryPolicyClocks implements PolicyClocks {
  private readonly clocks = new Map<string, StartedClock>();

  async start(request: StartedClock): Promise<void> {
    const name = `${request.caseId}-${request.purpose}`;
    if (!this.clocks.has(name)) this.clocks.set(name, { ...request });
  }

  async cancel(request: { readonly caseId: string; readonly purpose: ClockPurpose }): Promise<void> {
    this.clocks.delete(`${request.caseId}-${request.purpose}`);
  }

  /** The clocks running, for one case or all. */
  running(caseId?: string): StartedClock[] {
    return [...this.clocks.values()].filter((clock) => caseId === undefined || clock.caseId === caseId);
  }
}
