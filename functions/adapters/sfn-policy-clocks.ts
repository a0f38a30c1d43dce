import {
  DescribeExecutionCommand,
  ExecutionAlreadyExists,
  ExecutionDoesNotExist,
  paginateListExecutions,
  type SFNClient,
  StartExecutionCommand,
  StopExecutionCommand,
} from '@aws-sdk/client-sfn';
import type { ClockPurpose } from '../domain/clock-request.js';
import type { PolicyClocks } from '../domain/ports.js';

/**
 * How often one clock (case, purpose, date) may be cancelled and wanted again: a posting shortened
 * then extended back to its first end, and again. Step Functions never reuses a name, so each time
 * takes the next one (`…-20270731-…`, `…-20270731r2-…`).
 */
const MAX_RENEWALS = 9;

/**
 * Clocks as executions of the case-clocks state machine, one per case, purpose and due date.
 * Step Functions refuses a name it has seen (for 90 days, whether the execution runs, fired or was
 * stopped), so the date is in the name: a clock moved to another date (a posting shortened or
 * extended, posted again) is a new execution, and starting the same clock again, as a retry does,
 * starts nothing. A clock whose case no longer has it running for its date does nothing when it
 * fires (see `decideClock`); cancelling stops it so that nothing waits in vain.
 */
export class SfnPolicyClocks implements PolicyClocks {
  constructor(
    private readonly sfn: SFNClient,
    private readonly stateMachineArn: string,
  ) {}

  async start(request: { caseId: string; purpose: ClockPurpose; dueOn: string; dueAt: string }): Promise<void> {
    for (let renewal = 1; renewal <= MAX_RENEWALS; renewal += 1) {
      const name = clockExecutionName(request.caseId, request.purpose, request.dueOn, renewal);
      try {
        await this.sfn.send(
          new StartExecutionCommand({ stateMachineArn: this.stateMachineArn, name, input: JSON.stringify(request) }),
        );
        return;
      } catch (error) {
        if (!isNamed(error, ExecutionAlreadyExists)) throw error;
      }
      // Running, or it fired (or failed, which its alarm reports): this clock is started. Only one
      // that was cancelled is wanted again, under the next name.
      const { status } = await this.sfn.send(new DescribeExecutionCommand({ executionArn: this.executionArn(name) }));
      if (status !== 'ABORTED') return;
    }
    throw new Error(
      `The ${request.purpose} clock of ${request.caseId} for ${request.dueOn} was cancelled ${MAX_RENEWALS} times: it is not started again`,
    );
  }

  /**
   * Stops every running execution of the case's clock, whatever its date, and the continuations a
   * far clock handed over to (`<name>-2`, `-3`).
   */
  async cancel(request: { caseId: string; purpose: ClockPurpose }): Promise<void> {
    const pages = paginateListExecutions(
      { client: this.sfn },
      { stateMachineArn: this.stateMachineArn, statusFilter: 'RUNNING', maxResults: 1000 },
    );
    for await (const page of pages) {
      for (const execution of page.executions ?? []) {
        if (!execution.name || !isClockExecutionOf(execution.name, request.caseId, request.purpose)) continue;
        try {
          await this.sfn.send(
            new StopExecutionCommand({ executionArn: this.executionArn(execution.name), cause: 'No longer needed' }),
          );
        } catch (error) {
          // It ended between the list and the stop: nothing left to stop.
          if (!isNamed(error, ExecutionDoesNotExist)) throw error;
        }
      }
    }
  }

  private executionArn(name: string): string {
    return `${this.stateMachineArn.replace(':stateMachine:', ':execution:')}:${name}`;
  }
}

function isNamed(error: unknown, type: abstract new (...args: never[]) => Error): boolean {
  return error instanceof type || (error as { name?: string }).name === type.name;
}

/**
 * `JAS-2026-7K3Q9M-20270731-promotion-expiry`: unique per case, purpose and due date (the date
 * before the purpose, so that a continuation's `-2` stays the name's only trailing number); a
 * clock cancelled and wanted again for the same date carries its renewal (`20270731r2`).
 */
export function clockExecutionName(caseId: string, purpose: ClockPurpose, dueOn: string, renewal = 1): string {
  return `${caseId}-${dueOn.replaceAll('-', '')}${renewal > 1 ? `r${renewal}` : ''}-${purpose}`;
}

/** Whether an execution (a continuation included) is one of the case's clocks of this purpose, for any date. */
export function isClockExecutionOf(name: string, caseId: string, purpose: ClockPurpose): boolean {
  if (!name.startsWith(`${caseId}-`)) return false;
  return new RegExp(`^\\d{8}(?:r\\d+)?-${purpose}(?:-\\d+)?$`).test(name.slice(caseId.length + 1));
}
