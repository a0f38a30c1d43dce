/**
 * aws-local-stepfunctions 3 calls `Promise.withResolvers` (Node.js 22+) in every Task state; on
 * Node.js 20 each Task would fail with a TypeError. Installed once, only where it is missing.
 */
const promise = Promise as unknown as { withResolvers?: unknown };

if (typeof promise.withResolvers !== 'function') {
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    writable: true,
    value<T>() {
      let resolve!: (value: T | PromiseLike<T>) => void;
      let reject!: (reason?: unknown) => void;
      const created = new Promise<T>((settle, fail) => {
        resolve = settle;
        reject = fail;
      });
      return { promise: created, resolve, reject };
    },
  });
}
