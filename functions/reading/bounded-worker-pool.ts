import { Worker } from 'node:worker_threads';

/** Why a task did not finish: it ran past its deadline, past the worker's heap limit, or the worker died. */
export type WorkerTaskFailure = 'timed-out' | 'out-of-memory' | 'crashed';

/** A task the pool had to stop; the worker that ran it is gone and a fresh one takes its place. */
export class WorkerTaskError extends Error {
  override readonly name = 'WorkerTaskError';
  constructor(
    readonly failure: WorkerTaskFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface BoundedWorkerPoolOptions {
  /**
   * The worker's module: it answers `{ id, request }` with `{ id, ok, value | error, heapUsedBytes? }`,
   * after posting `{ ready: true }`.
   */
  readonly entry: URL;
  /** Workers kept warm; tasks beyond them wait their turn. */
  readonly size: number;
  /** The worker's V8 heap limit. Buffers live outside it: their bound is the caller's (a decode budget). */
  readonly heapMb: number;
  readonly execArgv?: readonly string[];
}

interface Task {
  readonly request: unknown;
  readonly transfer: readonly ArrayBuffer[];
  readonly timeoutMs: number;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

interface Slot {
  readonly worker: Worker;
  readonly ready: Promise<void>;
  isReady: boolean;
  task?: Task & { readonly id: number; readonly timer: NodeJS.Timeout };
}

type WorkerReply =
  | { ready: true }
  | ({ id: number; heapUsedBytes?: number } & ({ ok: true; value: unknown } | { ok: false; error: unknown }));

/**
 * A few warm worker threads that run untrusted work under a deadline and a heap limit. The deadline
 * counts from the moment a ready worker takes the task (waiting in the queue or for a worker to
 * boot does not use it up); a task past it has its worker terminated, which stops even a loop that
 * never yields, and a fresh worker replaces it. piscina does the pooling part well but starts its
 * own worker script from its package folder, which a single-file Lambda bundle does not carry, and
 * its abort signal counts from submission; this pool is the part of it that is needed here.
 */
export class BoundedWorkerPool {
  /** `undefined`: a worker that died before it was ready; spawned again when work comes. */
  private readonly slots: (Slot | undefined)[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: BoundedWorkerPoolOptions) {
    for (let index = 0; index < options.size; index += 1) this.slots.push(this.spawn());
  }

  /** Runs one request in a worker; rejects with `WorkerTaskError` when the worker had to be stopped. */
  run<Value>(request: unknown, options: { timeoutMs: number; transfer?: readonly ArrayBuffer[] }): Promise<Value> {
    if (this.closed) return Promise.reject(new Error('The worker pool is closed'));
    return new Promise<Value>((resolve, reject) => {
      this.queue.push({
        request,
        transfer: options.transfer ?? [],
        timeoutMs: options.timeoutMs,
        resolve: resolve as (value: unknown) => void,
        reject,
      });
      this.dispatch();
    });
  }

  /** Stops every worker; queued and running tasks are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new Error('The worker pool was closed'));
    await Promise.all(
      this.slots.map((slot) => {
        if (!slot) return undefined;
        this.settle(slot, (task) => task.reject(new Error('The worker pool was closed')));
        return slot.worker.terminate();
      }),
    );
  }

  private spawn(): Slot {
    const worker = new Worker(this.options.entry, {
      execArgv: [...(this.options.execArgv ?? [])],
      resourceLimits: { maxOldGenerationSizeMb: this.options.heapMb },
    });
    // An idle pool must not keep a command-line process alive; a running task refs its worker.
    worker.unref();
    let markReady: () => void = () => undefined;
    const slot: Slot = { worker, isReady: false, ready: new Promise<void>((resolve) => (markReady = resolve)) };
    worker.on('message', (reply: WorkerReply) => {
      if ('ready' in reply) {
        slot.isReady = true;
        markReady();
        this.dispatch();
        return;
      }
      if (slot.task?.id !== reply.id) return;
      this.settle(slot, (task) => (reply.ok ? task.resolve(reply.value) : task.reject(reply.error)));
      if ((reply.heapUsedBytes ?? 0) > (this.options.heapMb * 1024 * 1024) / 2) this.retire(slot);
      this.dispatch();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const failure = error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out-of-memory' : 'crashed';
      this.replace(slot, new WorkerTaskError(failure, `The worker stopped: ${error.message}`, { cause: error }));
    });
    worker.on('exit', (code) => {
      if (!this.closed) this.replace(slot, new WorkerTaskError('crashed', `The worker exited (${code})`));
    });
    return slot;
  }

  /**
   * The slot's worker is gone or going: its task fails, and a fresh worker takes the slot. A worker
   * that died before it was ready cannot load its module: the waiting tasks fail with it rather
   * than spin up worker after worker.
   */
  private replace(slot: Slot, error: WorkerTaskError): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.settle(slot, (task) => task.reject(error));
    void slot.worker.terminate();
    if (this.closed) return;
    if (slot.isReady) {
      this.slots[index] = this.spawn();
    } else {
      this.slots[index] = undefined;
      for (const task of this.queue.splice(0)) task.reject(error);
    }
    this.dispatch();
  }

  /**
   * A worker whose heap is more than half full once its task is done is replaced before it takes
   * another. Libraries keep what they parse in pools of their own (pdf-lib every reference and name
   * it ever made), so a warm worker's heap can only grow; and a worker that reaches its limit is
   * stopped by Node on a best-effort basis only: one large allocation past it aborts the process.
   */
  private retire(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index < 0 || this.closed) return;
    void slot.worker.terminate();
    this.slots[index] = this.spawn();
  }

  private settle(slot: Slot, finish: (task: Task) => void): void {
    const task = slot.task;
    if (!task) return;
    clearTimeout(task.timer);
    slot.task = undefined;
    slot.worker.unref();
    finish(task);
  }

  private dispatch(): void {
    for (const [index, existing] of this.slots.entries()) {
      if (this.queue.length === 0 || this.closed) return;
      const slot = existing ?? this.spawn();
      this.slots[index] = slot;
      if (!slot.task) void slot.ready.then(() => this.start(slot));
    }
  }

  private start(slot: Slot): void {
    if (slot.task || this.closed || !this.slots.includes(slot)) return;
    const next = this.queue.shift();
    if (!next) return;
    const id = this.nextId++;
    const timer = setTimeout(() => {
      this.replace(
        slot,
        new WorkerTaskError('timed-out', `The task ran past its ${next.timeoutMs} ms deadline and was stopped`),
      );
    }, next.timeoutMs);
    slot.task = { ...next, id, timer };
    slot.worker.ref();
    slot.worker.postMessage({ id, request: next.request }, [...next.transfer]);
  }
}
