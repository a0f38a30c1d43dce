// The local stack in a process of its own, which kills itself (SIGKILL: no cleanup, no flush) at a
// chosen point of its work, as a machine that loses power would. Run by test/proofs/crash.test.ts.
//
// JAS_CRASH_AT=<point>:<n> kills it the n-th time the stack passes <point>:
//   read          a message was parsed (reading worker), nothing written yet
//   case-written  a case was created (alone, or in the write of the change that opens it)
//   claimed       a notice was claimed (alone, or leased in the write of its change), not yet sent
//   sent          SES accepted a notice, its record not yet written: the window that can duplicate
//   marked        notices were recorded sent
//   outcome       just before a message's outcome is recorded
// Whatever the point, other messages are in flight: before it dies, the process appends to
// JAS_CRASH_LOG every notice then inside the window (handed to SES, not yet recorded sent), so the
// proof can tell duplicates of that window from any other. A send SES gave no answer to
// (NoticeSendUncertainError) is in the window until its lease runs out, killed or not: it is
// logged at once.
import { appendFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { localStackOptionsFromEnvironment } from '../../../bin/local-stack/local-stack-options.js';
import { startLocalSweeper } from '../../../bin/local-stack/local-sweeper.js';
import { startLocalStack } from '../../../bin/local-stack/start-local-stack.js';
import { NoticeSendUncertainError } from '../../../functions/domain/notice-not-sent-yet.js';
import type { CaseWrite } from '../../../functions/domain/ports.js';
import type { OutgoingNotice } from '../../../functions/notices/mailer.js';

const [point, nth] = (process.env.JAS_CRASH_AT ?? '').split(':');
let passes = 0;
/** Notices handed to SES and not yet recorded sent, by the Message-ID SES gave them once it answered. */
const inWindow = new Map<object, OutgoingNotice>();
const byMessageId = new Map<string, object>();

function logInWindow(notice: OutgoingNotice): void {
  appendFileSync(
    process.env.JAS_CRASH_LOG ?? '/dev/null',
    `${JSON.stringify({ to: notice.to, subject: notice.subject, text: notice.text })}\n`,
  );
}

function pass(at: string): void {
  if (at !== point) return;
  passes += 1;
  if (passes !== Number(nth)) return;
  for (const notice of inWindow.values()) logInWindow(notice);
  process.kill(process.pid, 'SIGKILL');
}

/** Passes `at` after each successful call of `target[method]` (or before it, with `when: 'before'`). */
function passAt<T extends object>(
  target: T,
  method: keyof T,
  at: string,
  options: { when?: 'before'; onlyIf?: (result: unknown) => boolean } = {},
): void {
  const original = target[method] as unknown as (...args: unknown[]) => Promise<unknown>;
  (target as Record<keyof T, unknown>)[method] = async (...args: unknown[]) => {
    if (options.when === 'before') pass(at);
    const result = await original.apply(target, args);
    if (options.when !== 'before' && (options.onlyIf?.(result) ?? true)) pass(at);
    return result;
  };
}

const options = localStackOptionsFromEnvironment();
const startedAt = new Date();
// The sweeper starts below, once the kill points are in place: its first sweep is work too.
const stack = await startLocalStack({
  ...options,
  // Every server on a free port: the proof reads them from the line printed below.
  ports: Object.fromEntries(Object.keys(options.ports).map((name) => [name, 0])) as typeof options.ports,
  rearmClocks: true,
  retryDelaysMs: [50, 200],
  ...(process.env.JAS_READING_WORKER && {
    readingWorker: { entry: pathToFileURL(process.env.JAS_READING_WORKER), execArgv: [] },
  }),
});
const { adapters } = stack.pipeline;

// The window opens when the notice is handed to SES (SES may accept it before its answer arrives)
// and closes when its record is written.
const send = adapters.mailer.send.bind(adapters.mailer);
adapters.mailer.send = async (notice) => {
  const token = {};
  inWindow.set(token, notice);
  try {
    const sent = await send(notice);
    byMessageId.set(sent.messageId, token);
    return sent;
  } catch (error) {
    inWindow.delete(token);
    if (error instanceof NoticeSendUncertainError) logInWindow(notice);
    throw error;
  }
};
// Notices are recorded sent in the writes of the case file (with the message's outcome, when it is their last).
const writeTogether = adapters.cases.writeTogether.bind(adapters.cases);
const writesOf = (writes: readonly CaseWrite[], kind: CaseWrite['write']) =>
  writes.filter((write) => write.write === kind);
adapters.cases.writeTogether = async (writes) => {
  const result = await writeTogether(writes);
  if (result.refused.length > 0) return result;
  for (const write of writes) {
    if (write.write !== 'mark-notice-sent') continue;
    const token = byMessageId.get(write.messageId);
    if (token) inWindow.delete(token);
    byMessageId.delete(write.messageId);
  }
  return result;
};

passAt(adapters.reader, 'readMessage', 'read');
passAt(adapters.cases, 'createCase', 'case-written');
passAt(adapters.cases, 'claimNotice', 'claimed', {
  onlyIf: (claim) => (claim as { status: string }).status === 'claimed',
});
const recordedWrites = adapters.cases.writeTogether.bind(adapters.cases);
adapters.cases.writeTogether = async (writes) => {
  const result = await recordedWrites(writes);
  if (result.refused.length === 0) {
    if (writesOf(writes, 'create-case').length > 0) pass('case-written');
    if (writesOf(writes, 'lease-notice').length > 0) pass('claimed');
    if (writesOf(writes, 'mark-notice-sent').length > 0) pass('marked');
  }
  return result;
};
passAt(adapters.mailer, 'send', 'sent');
passAt(adapters.cases, 'recordMessageOutcome', 'outcome', { when: 'before' });

const sweeper = startLocalSweeper(stack.pipeline, {
  settings: stack.pipeline.config.sweep,
  intervalMs: options.sweepIntervalMs,
  startedAt,
});

process.stdout.write(`${JSON.stringify({ endpoints: stack.endpoints })}\n`);
// The proof ends a stack it does not kill by closing its stdin.
process.stdin.resume();
process.stdin.on('end', () => {
  void sweeper
    .stop()
    .then(() => stack.stop())
    .then(() => process.exit(0));
});
