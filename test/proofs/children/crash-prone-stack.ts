// The local stack in a process of its own, which kills itself (SIGKILL: no cleanup, no flush) at a
// chosen point of its work, as a machine that loses power would. Run by test/proofs/crash.test.ts.
//
// JAS_CRASH_AT=<point>:<n> kills it the n-th time the stack passes <point>:
//   read          a message was parsed (reading worker), nothing written yet
//   case-written  a case was created
//   claimed       a notice was claimed, not yet sent
//   sent          SES accepted a notice, its record not yet written: the one window that can duplicate
//   marked        a notice was recorded sent
//   outcome       just before a message's outcome is recorded
// Before it dies at `sent` it appends the notice (recipients, subject, text) to JAS_CRASH_LOG, so the
// proof can tell duplicates of that window from any other.
import { appendFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { localStackOptionsFromEnvironment } from '../../../bin/local-stack/local-stack-options.js';
import { startLocalStack } from '../../../bin/local-stack/start-local-stack.js';

const [point, nth] = (process.env.JAS_CRASH_AT ?? '').split(':');
let passes = 0;

function pass(at: string, before?: () => void): void {
  if (at !== point) return;
  passes += 1;
  if (passes !== Number(nth)) return;
  before?.();
  process.kill(process.pid, 'SIGKILL');
}

/** Runs `at` after each successful call of `target[method]` (or before it, with `when: 'before'`). */
function passAfter<T extends object>(
  target: T,
  method: keyof T,
  at: string,
  options: { when?: 'before'; onlyIf?: (result: unknown) => boolean; before?: (args: unknown[]) => () => void } = {},
): void {
  const original = target[method] as unknown as (...args: unknown[]) => Promise<unknown>;
  (target as Record<keyof T, unknown>)[method] = async (...args: unknown[]) => {
    if (options.when === 'before') pass(at);
    const result = await original.apply(target, args);
    if (options.when !== 'before' && (options.onlyIf?.(result) ?? true)) pass(at, options.before?.(args));
    return result;
  };
}

const stack = await startLocalStack({
  ...localStackOptionsFromEnvironment(),
  rearmClocks: true,
  sweepUnfinished: true,
  retryDelaysMs: [50, 200],
  ...(process.env.JAS_READING_WORKER && {
    readingWorker: { entry: pathToFileURL(process.env.JAS_READING_WORKER), execArgv: [] },
  }),
});
const { adapters } = stack.pipeline;
passAfter(adapters.reader, 'readMessage', 'read');
passAfter(adapters.cases, 'createCase', 'case-written');
passAfter(adapters.cases, 'claimNotice', 'claimed', {
  onlyIf: (claim) => (claim as { status: string }).status === 'claimed',
});
passAfter(adapters.mailer, 'send', 'sent', {
  before:
    ([notice]) =>
    () =>
      appendFileSync(
        process.env.JAS_CRASH_LOG ?? '/dev/null',
        `${JSON.stringify({ to: (notice as { to: string[] }).to, subject: (notice as { subject: string }).subject, text: (notice as { text: string }).text })}\n`,
      ),
});
passAfter(adapters.cases, 'markNoticeSent', 'marked');
passAfter(adapters.cases, 'recordMessageOutcome', 'outcome', { when: 'before' });

process.stdout.write(`${JSON.stringify({ endpoints: stack.endpoints })}\n`);
// The proof ends a stack it does not kill by closing its stdin.
process.stdin.resume();
process.stdin.on('end', () => {
  void stack.stop().then(() => process.exit(0));
});
