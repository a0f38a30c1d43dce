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
 * The case-clocks state machine in memory, with the adapter's contract
 * (test/helpers/contracts/policy-clocks-contract.ts): one clock per case, purpose and date
 * (starting it again while it runs starts nothing); cancelling stops the case's clock of that
 * purpose whatever its date, and does nothing when none runs. The test fires a clock by calling
 * the clock-due use case with it.
 */
export class InMemoryPolicyClocks implements PolicyClocks {
  private readonly clocks = new Map<string, StartedClock>();

  async start(request: StartedClock): Promise<void> {
    const name = `${request.caseId}-${request.dueOn}-${request.purpose}`;
    if (!this.clocks.has(name)) this.clocks.set(name, { ...request });
  }

  async cancel(request: { readonly caseId: string; readonly purpose: ClockPurpose }): Promise<void> {
    for (const [name, clock] of this.clocks)
      if (clock.caseId === request.caseId && clock.purpose === request.purpose) this.clocks.delete(name);
  }

  /** The clocks running, for one case or all. */
  running(caseId?: string): StartedClock[] {
    return [...this.clocks.values()].filter((clock) => caseId === undefined || clock.caseId === caseId);
  }
}
