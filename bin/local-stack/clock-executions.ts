import { setTimeout as sleep } from 'node:timers/promises';
import { type RunOptions, StateMachine, type StateMachineDefinition } from 'aws-local-stepfunctions';
import { planClockWait } from '../../functions/clock-wait.js';
import { StepFunctionsError } from './step-functions-error.js';
import type { SynthesizedClocksMachine } from './synthesized-clocks-machine.js';

/** setTimeout's limit: a longer delay overflows and fires at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;
const EXECUTION_NAME = /^[A-Za-z0-9_-]{1,80}$/;

export type ExecutionStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'ABORTED';

/** One execution as DescribeExecution reports it. */
export interface ClockExecution {
  readonly executionArn: string;
  readonly name: string;
  /** The input as given (JSON text). */
  readonly input: string;
  readonly startDate: Date;
  /** The instant the execution starts at on the simulated clock: the stack's clock, or the hop its parent woke at. */
  readonly simulatedStart: Date;
  status: ExecutionStatus;
  stopDate?: Date;
  output?: string;
  error?: string;
  cause?: string;
}

/** The Lambda handlers behind the definition's two functions, called in process. */
export interface ClockFunctions {
  /** functions/handlers/on-clock-start.ts: plans the wait. */
  readonly start: (event: unknown) => Promise<unknown>;
  /** functions/handlers/on-clock-due.ts: applies the clock to its case. */
  readonly due: (event: unknown) => Promise<unknown>;
}

export interface ClockExecutionsOptions {
  readonly machine: SynthesizedClocksMachine;
  readonly functions: ClockFunctions;
  /** Simulated time runs this many times faster than real time (1 = real time). */
  readonly speedup: number;
  /** The simulated clock's present, for executions started through the API. */
  readonly now: () => Date;
}

type TaskHandler = (parameters: Record<string, unknown>) => Promise<unknown>;
type LocalTaskHandlers = NonNullable<NonNullable<RunOptions['overrides']>['taskResourceLocalHandlers']>;

/**
 * The executions of the case-clocks state machine, run by aws-local-stepfunctions on the
 * synthesized definition and kept in memory. Names are unique for the life of the process, as
 * Step Functions keeps them, and stopping aborts the execution wherever it is.
 *
 * The sped-up clock: each execution starts at a simulated instant, and its Wait state lasts
 * (wake-up − simulated start) / speedup in real time. The wake-up is planned by the same function
 * the start handler runs, from the same simulated start, which the start handler is given in place
 * of `$$.Execution.StartTime`; a continuation starts at the simulated instant its parent woke at.
 */
export class ClockExecutions {
  private readonly executions = new Map<string, { record: ClockExecution; abort: AbortController }>();
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly interpreter: StateMachine;
  private readonly taskKinds: ReadonlyMap<string, 'start' | 'due' | 'continue'>;
  private readonly waitStates: readonly string[];
  private stopped = false;

  constructor(private readonly options: ClockExecutionsOptions) {
    if (!(options.speedup > 0))
      throw new RangeError(`The clock speed-up must be a positive number, not ${options.speedup}`);
    const { definition, functionArns } = options.machine;
    this.interpreter = new StateMachine(definition);
    this.taskKinds = taskKindsOf(definition, functionArns);
    this.waitStates = Object.entries(definition.States)
      .filter(([, state]) => state.Type === 'Wait')
      .map(([name]) => name);
  }

  /** StartExecution: refused when the name was ever used. */
  start(name: string, input: string, simulatedStart: Date = this.options.now()): ClockExecution {
    if (!EXECUTION_NAME.test(name)) throw new StepFunctionsError('InvalidName', `Invalid execution name: ${name}`);
    if (this.executions.has(name))
      throw new StepFunctionsError('ExecutionAlreadyExists', `Execution already exists: '${this.executionArn(name)}'`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(input);
    } catch {
      throw new StepFunctionsError('InvalidExecutionInput', 'Invalid execution input: not JSON');
    }
    const record: ClockExecution = {
      executionArn: this.executionArn(name),
      name,
      input,
      startDate: new Date(),
      simulatedStart,
      status: 'RUNNING',
    };
    const abort = new AbortController();
    this.executions.set(name, { record, abort });
    // A message still in flight when the stack stops may start a clock: it is recorded, and stopped at once.
    if (this.stopped) this.stop(record.executionArn, 'Stopped', 'The local stack stopped');
    else this.track(this.run(record, parsed, abort.signal));
    return record;
  }

  /** StopExecution: a running execution is aborted; one that has ended stays as it ended. */
  stop(executionArn: string, error?: string, cause?: string): ClockExecution {
    const found = this.find(executionArn);
    if (found.record.status === 'RUNNING') {
      Object.assign(found.record, { status: 'ABORTED', stopDate: new Date(), error, cause });
      found.abort.abort();
    }
    return found.record;
  }

  describe(executionArn: string): ClockExecution {
    return this.find(executionArn).record;
  }

  /** Newest first, as ListExecutions returns them. */
  list(status?: ExecutionStatus): ClockExecution[] {
    return [...this.executions.values()]
      .map(({ record }) => record)
      .filter((record) => status === undefined || record.status === status)
      .reverse();
  }

  /** Aborts every running execution and waits for the handlers already called to return. */
  async stopAll(): Promise<void> {
    this.stopped = true;
    for (const { record } of this.executions.values())
      if (record.status === 'RUNNING') this.stop(record.executionArn, 'Stopped', 'The local stack stopped');
    await Promise.allSettled([...this.inFlight]);
  }

  private async run(record: ClockExecution, input: unknown, signal: AbortSignal): Promise<void> {
    const realMs = this.realWaitMs(record, input);
    // Beyond setTimeout's reach, the execution waits here first, in chunks, before it starts.
    for (let left = realMs - MAX_TIMER_MS; left > 0 && !signal.aborted; left -= MAX_TIMER_MS) {
      await sleep(Math.min(left, MAX_TIMER_MS), undefined, { signal }).catch(() => undefined);
    }
    if (signal.aborted) return;
    const execution = this.interpreter.run(input as never, {
      overrides: {
        taskResourceLocalHandlers: this.taskHandlersFor(record),
        waitTimeOverrides: Object.fromEntries(this.waitStates.map((name) => [name, Math.min(realMs, MAX_TIMER_MS)])),
      },
      noThrowOnAbort: true,
      context: {
        Execution: { Id: record.executionArn, Name: record.name },
        StateMachine: { Id: this.options.machine.stateMachineArn },
      },
    });
    signal.addEventListener('abort', () => execution.abort(), { once: true });
    try {
      const output = await execution.result;
      if (record.status === 'RUNNING')
        Object.assign(record, { status: 'SUCCEEDED', stopDate: new Date(), output: JSON.stringify(output) });
    } catch (error) {
      const failure = (error as Error).cause instanceof Error ? ((error as Error).cause as Error) : (error as Error);
      if (record.status === 'RUNNING')
        Object.assign(record, { status: 'FAILED', stopDate: new Date(), error: failure.name, cause: failure.message });
    }
  }

  /** How long the Wait lasts in real time: the simulated wait divided by the speed-up. */
  private realWaitMs(record: ClockExecution, input: unknown): number {
    const wakeAt = this.plannedWakeUp(record, input);
    return wakeAt === undefined
      ? 0
      : Math.max(0, (Date.parse(wakeAt) - record.simulatedStart.getTime()) / this.options.speedup);
  }

  /** What "Plan the wait" will answer; undefined for an input it will refuse (the execution then fails there, as in AWS). */
  private plannedWakeUp(record: ClockExecution, input: unknown): string | undefined {
    const dueAt = (input as { dueAt?: unknown } | null)?.dueAt;
    if (typeof dueAt !== 'string') return undefined;
    try {
      return planClockWait({ dueAt, startedAt: record.simulatedStart.toISOString(), executionName: record.name })
        .wakeAt;
    } catch {
      return undefined;
    }
  }

  private taskHandlersFor(record: ClockExecution): LocalTaskHandlers {
    const { functions } = this.options;
    const handlers: Record<string, TaskHandler> = {};
    for (const [stateName, kind] of this.taskKinds) {
      handlers[stateName] =
        kind === 'continue'
          ? async (parameters) => this.continueAs(record, parameters)
          : async (parameters) => {
              const payload = parameters.Payload as Record<string, unknown>;
              // $$.Execution.StartTime is the interpreter's wall clock: the simulated clock's start stands in for it.
              const event = kind === 'start' ? { ...payload, startedAt: record.simulatedStart.toISOString() } : payload;
              return {
                ExecutedVersion: '$LATEST',
                StatusCode: 200,
                Payload: await this.track(invokeAsLambda(functions[kind], event)),
              };
            };
    }
    // The interpreter hands each handler the state's effective parameters (JSON) and takes back JSON.
    return handlers as unknown as LocalTaskHandlers;
  }

  /** "Continue in a new execution": starts the next leg at the simulated instant this one woke at. */
  private continueAs(
    record: ClockExecution,
    parameters: Record<string, unknown>,
  ): { ExecutionArn: string; StartDate: string } {
    const input = typeof parameters.Input === 'string' ? parameters.Input : JSON.stringify(parameters.Input);
    const wokeAt = this.plannedWakeUp(record, JSON.parse(record.input));
    try {
      const next = this.start(
        String(parameters.Name),
        input,
        wokeAt === undefined ? this.options.now() : new Date(wokeAt),
      );
      return { ExecutionArn: next.executionArn, StartDate: next.startDate.toISOString() };
    } catch (error) {
      // The service integration's error names, which the definition's Retry and Catch match.
      if (error instanceof StepFunctionsError)
        throw Object.assign(new Error(error.message), { name: `StepFunctions.${error.type}Exception` });
      throw error;
    }
  }

  private find(executionArn: string): { record: ClockExecution; abort: AbortController } {
    const prefix = this.executionArn('');
    if (!executionArn.startsWith(prefix))
      throw new StepFunctionsError('ExecutionDoesNotExist', `Execution does not exist: '${executionArn}'`);
    const found = this.executions.get(executionArn.slice(prefix.length));
    if (!found) throw new StepFunctionsError('ExecutionDoesNotExist', `Execution does not exist: '${executionArn}'`);
    return found;
  }

  private executionArn(name: string): string {
    return `${this.options.machine.stateMachineArn.replace(':stateMachine:', ':execution:')}:${name}`;
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work)).catch(() => undefined);
    return work;
  }
}

/**
 * Which local handler each Task state runs. Any Task the local stack cannot run fails here, at
 * start-up: without an override aws-local-stepfunctions would call AWS Lambda for real.
 */
function taskKindsOf(
  definition: StateMachineDefinition,
  functionArns: SynthesizedClocksMachine['functionArns'],
): Map<string, 'start' | 'due' | 'continue'> {
  const kinds = new Map<string, 'start' | 'due' | 'continue'>();
  for (const [name, state] of Object.entries(definition.States)) {
    if (state.Type !== 'Task') continue;
    const functionName = (state.Parameters as { FunctionName?: unknown } | undefined)?.FunctionName;
    if (state.Resource === 'arn:aws:states:::lambda:invoke' && functionName === functionArns.start)
      kinds.set(name, 'start');
    else if (state.Resource === 'arn:aws:states:::lambda:invoke' && functionName === functionArns.due)
      kinds.set(name, 'due');
    else if (state.Resource === 'arn:aws:states:::states:startExecution') kinds.set(name, 'continue');
    else
      throw new Error(
        `The local stack cannot run the Task state "${name}" (${state.Resource}): give it a local handler`,
      );
  }
  return kinds;
}

/** A handler's error as the lambda:invoke integration reports it: named after the error's type. */
async function invokeAsLambda(handler: (event: unknown) => Promise<unknown>, event: unknown): Promise<unknown> {
  try {
    return await handler(event);
  } catch (error) {
    const { name = 'Error', message = String(error) } = error as Error;
    throw Object.assign(new Error(JSON.stringify({ errorType: name, errorMessage: message })), { name });
  }
}
