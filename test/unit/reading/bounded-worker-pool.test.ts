import { afterEach, describe, expect, it } from 'vitest';
import { BoundedWorkerPool, WorkerTaskError } from '../../../functions/reading/bounded-worker-pool.js';

/**
 * A worker module written inline: `answer` is the body of a function of `request` run for each
 * task; it tells what its heap holds after each, as the reading worker does.
 */
function inlineWorker(answer: string): URL {
  const source = `
    import { getHeapStatistics } from 'node:v8';
    import { parentPort } from 'node:worker_threads';
    const answer = async (request) => { ${answer} };
    const heapUsedBytes = () => getHeapStatistics().used_heap_size;
    parentPort.on('message', ({ id, request }) => answer(request).then(
      (value) => parentPort.postMessage({ id, ok: true, value, heapUsedBytes: heapUsedBytes() }),
      (error) => parentPort.postMessage({ id, ok: false, error, heapUsedBytes: heapUsedBytes() }),
    ));
    parentPort.postMessage({ ready: true });`;
  return new URL(`data:text/javascript,${encodeURIComponent(source)}`);
}

const pools: BoundedWorkerPool[] = [];
function pool(answer: string, options: { size?: number; heapMb?: number } = {}): BoundedWorkerPool {
  const created = new BoundedWorkerPool({
    entry: inlineWorker(answer),
    size: options.size ?? 1,
    heapMb: options.heapMb ?? 64,
  });
  pools.push(created);
  return created;
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((created) => created.close()));
});

const LOOP_FOREVER = 'if (request === "loop") for (;;) {} return request;';
const FILL_THE_HEAP =
  'if (request === "grow") { const kept = []; for (;;) kept.push({ at: kept.length, text: String(kept.length) }); } return request;';

describe('a bounded worker pool', () => {
  it('answers each task from a warm worker, moving the buffers it is given', async () => {
    // Prepare
    const echo = pool('return request.bytes.length;');
    const bytes = new Uint8Array(1024);

    // Act
    const answers = await Promise.all([1, 2, 3].map(() => echo.run({ bytes: new Uint8Array(8) }, { timeoutMs: 5000 })));
    const moved = await echo.run({ bytes }, { timeoutMs: 5000, transfer: [bytes.buffer] });

    // Assess
    expect(answers).toEqual([8, 8, 8]);
    expect(moved).toBe(1024);
    expect(bytes.byteLength).toBe(0);
  });

  it('stops a task that never yields at its deadline, and the next task runs in a fresh worker', async () => {
    // Prepare
    const looping = pool(LOOP_FOREVER);

    // Act
    const stopped = await looping.run('loop', { timeoutMs: 300 }).catch((error: unknown) => error);
    const next = await looping.run('after', { timeoutMs: 5000 });

    // Assess
    expect(stopped).toBeInstanceOf(WorkerTaskError);
    expect(stopped).toMatchObject({ failure: 'timed-out' });
    expect(next).toBe('after');
  });

  it('counts the deadline from when a worker takes the task, not from when it was queued', async () => {
    // Prepare: one worker; the first task holds it for 600 ms of wall time
    const slow = pool('const until = Date.now() + request; while (Date.now() < until) {} return request;');

    // Act: the second waits its turn, then has its own 1000 ms (1200 ms after it was queued)
    const [first, second] = await Promise.all([slow.run(600, { timeoutMs: 1000 }), slow.run(600, { timeoutMs: 1000 })]);

    // Assess
    expect([first, second]).toEqual([600, 600]);
  });

  it('contains a task that fills the heap: it fails as out of memory and the pool goes on', async () => {
    // Prepare
    const growing = pool(FILL_THE_HEAP, { heapMb: 32 });

    // Act
    const stopped = await growing.run('grow', { timeoutMs: 30_000 }).catch((error: unknown) => error);
    const next = await growing.run('after', { timeoutMs: 5000 });

    // Assess
    expect(stopped).toMatchObject({ name: 'WorkerTaskError', failure: 'out-of-memory' });
    expect(next).toBe('after');
  });

  it('replaces a worker whose heap is more than half full after a task, before it takes another', async () => {
    // Prepare: a worker that keeps what each task builds, as pdf-lib keeps every reference it made
    const keeping = pool(
      'globalThis.kept ??= []; const more = request === "keep" ? 600_000 : 0; for (let index = 0; index < more; index += 1) globalThis.kept.push({ index, text: String(index) }); return globalThis.kept.length;',
      { heapMb: 64 },
    );

    // Act
    const kept = await keeping.run('keep', { timeoutMs: 10_000 });
    const afterwards = await keeping.run('count', { timeoutMs: 10_000 });

    // Assess
    expect(kept).toBe(600_000);
    expect(afterwards).toBe(0);
  });

  it('keeps a worker whose heap stays small: what a task leaves is there for the next', async () => {
    // Prepare
    const keeping = pool('globalThis.count = (globalThis.count ?? 0) + 1; return globalThis.count;');

    // Act
    const counts = [await keeping.run('once', { timeoutMs: 5000 }), await keeping.run('twice', { timeoutMs: 5000 })];

    // Assess
    expect(counts).toEqual([1, 2]);
  });

  it('passes a task’s own error back as it was thrown', async () => {
    // Prepare
    const refusing = pool('throw new RangeError("no " + request);');

    // Act
    const error = await refusing.run('thanks', { timeoutMs: 5000 }).catch((caught: unknown) => caught);

    // Assess
    expect(error).toBeInstanceOf(RangeError);
    expect(error).toMatchObject({ message: 'no thanks' });
  });

  it('fails the waiting tasks when its module cannot load, instead of starting worker after worker', async () => {
    // Prepare
    const broken = new BoundedWorkerPool({
      entry: new URL(`data:text/javascript,${encodeURIComponent('throw new Error("cannot load")')}`),
      size: 1,
      heapMb: 32,
    });
    pools.push(broken);

    // Act
    const error = await broken.run('anything', { timeoutMs: 5000 }).catch((caught: unknown) => caught);

    // Assess
    expect(error).toMatchObject({ name: 'WorkerTaskError', failure: 'crashed' });
  });

  it('refuses work once closed', async () => {
    // Prepare
    const closing = pool('return request;');

    // Act
    await closing.close();

    // Assess
    await expect(closing.run('late', { timeoutMs: 1000 })).rejects.toThrow(/closed/);
  });
});
