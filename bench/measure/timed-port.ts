import { type Stage, timeStage } from './stage-clock.js';

/**
 * The same adapter with every method call added to `stage`: the ports are the seam between the
 * domain and DynamoDB, S3, SESv2 and Step Functions, so wrapping them times each service.
 */
export function timedPort<T extends object>(stage: Stage, port: T): T {
  return new Proxy(port, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) =>
        timeStage(stage, () => (value as (...a: unknown[]) => unknown).apply(target, args));
    },
  });
}
