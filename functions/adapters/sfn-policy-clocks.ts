import {
  ExecutionAlreadyExists,
  ExecutionDoesNotExist,
  type SFNClient,
  StartExecutionCommand,
  StopExecutionCommand,
} from '@aws-sdk/client-sfn';
import { MAX_CLOCK_LEGS } from '../clock-wait.js';
import type { ClockPurpose } from '../domain/clock-request.js';
import type { PolicyClocks } from '../domain/ports.js';

/**
 * Clocks as executions of the case-clocks state machine. Each is named after its case and purpose,
 * so starting it again is refused by Step Functions itself (execution names are unique), which is
 * the guard against starting a clock twice.
 */
export class SfnPolicyClocks implements PolicyClocks {
  constructor(
    private readonly sfn: SFNClient,
    private readonly stateMachineArn: string,
  ) {}

  async start(request: { caseId: string; purpose: ClockPurpose; dueOn: string; dueAt: string }): Promise<void> {
    try {
      await this.sfn.send(
        new StartExecutionCommand({
          stateMachineArn: this.stateMachineArn,
          name: clockExecutionName(request.caseId, request.purpose),
          input: JSON.stringify(request),
        }),
      );
    } catch (error) {
      if (!(error instanceof ExecutionAlreadyExists) && (error as { name?: string }).name !== 'ExecutionAlreadyExists')
        throw error;
    }
  }

  /** Stops the clock's execution and the continuations a far clock hands over to (`<name>-2`, `-3`). */
  async cancel(request: { caseId: string; purpose: ClockPurpose }): Promise<void> {
    const name = clockExecutionName(request.caseId, request.purpose);
    const legs = [name, ...Array.from({ length: MAX_CLOCK_LEGS - 1 }, (_, index) => `${name}-${index + 2}`)];
    for (const leg of legs) {
      try {
        await this.sfn.send(
          new StopExecutionCommand({ executionArn: this.executionArn(leg), cause: 'No longer needed' }),
        );
      } catch (error) {
        // A clock that already fired or never started needs no stopping; its check on the case would do nothing anyway.
        if (!(error instanceof ExecutionDoesNotExist) && (error as { name?: string }).name !== 'ExecutionDoesNotExist')
          throw error;
      }
    }
  }

  private executionArn(name: string): string {
    return `${this.stateMachineArn.replace(':stateMachine:', ':execution:')}:${name}`;
  }
}

/** `JAS-2026-7K3Q9M-promotion-expiry`: unique per case and purpose, and valid as an execution name. */
export function clockExecutionName(caseId: string, purpose: ClockPurpose): string {
  return `${caseId}-${purpose}`;
}
