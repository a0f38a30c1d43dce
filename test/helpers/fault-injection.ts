/**
 * Makes a method of a real adapter fail its next `times` calls (those `when` picks, when given),
 * then behave again: a dependency that goes down and comes back, as AWS services do.
 */
export function failNextCalls<T extends object, K extends keyof T>(
  target: T,
  method: K,
  times: number,
  options: { readonly when?: (...args: never[]) => boolean } = {},
): { readonly failures: () => number; restore: () => void } {
  const original = target[method] as unknown as (...args: unknown[]) => unknown;
  const picked = (options.when ?? (() => true)) as (...args: unknown[]) => boolean;
  let remaining = times;
  let failures = 0;
  (target as Record<K, unknown>)[method] = async (...args: unknown[]) => {
    if (remaining > 0 && picked(...args)) {
      remaining -= 1;
      failures += 1;
      throw transientError(String(method));
    }
    return original.apply(target, args);
  };
  return { failures: () => failures, restore: () => ((target as Record<K, unknown>)[method] = original) };
}

function transientError(what: string): Error {
  return Object.assign(new Error(`Injected fault in ${what}`), { name: 'ServiceUnavailable', $retryable: {} });
}
