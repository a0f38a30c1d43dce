import nodemailer from 'nodemailer';
import { readOutbox } from '../../bin/local-stack/outbox-server.js';
import type { MessageOutcome } from '../../functions/domain/case-record.js';
import type { MessageSet } from '../inputs/bench-messages.js';
import { RECIPIENT, SENDER } from '../inputs/compose-message.js';
import { type LoadResult, runClosedLoop } from '../measure/closed-loop.js';
import { type StackProcess, startStackProcess } from '../stand-ins/stack-process.js';
import { checkOutcome } from './bench-handler.js';

export interface IngestRun extends LoadResult {
  /** Median time until SMTP answered 250 (the message is in S3), within the end-to-end latency. */
  readonly smtpAcceptedP50: number;
  /** CPU the stack process spent per message: with one event loop, 1000 / this bounds messages per second. */
  readonly stackCpuMsPerMessage: number;
}

export interface IngestResult {
  readonly sets: readonly { readonly pdfsPerMessage: number; readonly runs: readonly IngestRun[] }[];
  readonly acknowledgementsExpected: number;
  readonly acknowledgementsInOutbox: number;
  readonly firstFailure?: string;
}

const OUTCOME_TIMEOUT_MS = 30_000;

type Reported = { outcome: MessageOutcome; failure?: undefined } | { outcome?: undefined; failure: string };
const ACKNOWLEDGEMENT_SUBJECT = '] Received / Reçu';

/**
 * SMTP accepted → case written → acknowledgement in the outbox, through the whole local stack.
 * The end of a message is its recorded outcome, which the handler reaches only after the outbox
 * accepted its acknowledgement; the outbox is counted once at the end to confirm every one is there.
 */
export async function benchIngestThroughStack(sets: readonly MessageSet[]): Promise<IngestResult> {
  const stack = await startStackProcess();
  try {
    return await measure(stack, sets);
  } finally {
    await stack.stop();
  }
}

async function measure(stack: StackProcess, sets: readonly MessageSet[]): Promise<IngestResult> {
  const { endpoints } = stack;
  const waiting = new Map<string, (reported: Reported) => void>();
  const early = new Map<string, Reported>();
  const report = (messageKey: string, reported: Reported) => {
    const resolveMessage = waiting.get(messageKey);
    if (resolveMessage) resolveMessage(reported);
    else early.set(messageKey, reported);
  };
  stack.handled.on('outcome', (messageKey, outcome) => report(messageKey, { outcome }));
  stack.handled.on('failure', (messageKey, reason) => report(messageKey, { failure: reason }));
  const outcomeOf = (messageKey: string) =>
    new Promise<Reported>((resolve, reject) => {
      const known = early.get(messageKey);
      if (known) return resolve(known);
      const timer = setTimeout(
        () => reject(new Error(`no outcome for ${messageKey} within ${OUTCOME_TIMEOUT_MS / 1000} s`)),
        OUTCOME_TIMEOUT_MS,
      );
      waiting.set(messageKey, (reported) => {
        clearTimeout(timer);
        waiting.delete(messageKey);
        resolve(reported);
      });
    });

  // One SMTP session per message, as separate senders would open.
  const transport = nodemailer.createTransport({
    host: endpoints.smtp.host,
    port: endpoints.smtp.port,
    secure: false,
    ignoreTLS: true,
  });
  let firstFailure: string | undefined;
  let acknowledgementsExpected = 0;
  const results: { pdfsPerMessage: number; runs: IngestRun[] }[] = [];
  try {
    for (const set of sets) {
      let accepted: number[] = [];
      const send = async (raw: Buffer) => {
        const started = performance.now();
        try {
          const info = await transport.sendMail({ envelope: { from: SENDER, to: [RECIPIENT] }, raw });
          accepted.push(performance.now() - started);
          const messageKey = /Ok (raw\/\S+)/.exec(info.response)?.[1];
          if (!messageKey) throw new Error(`unexpected SMTP answer: ${info.response}`);
          const reported = await outcomeOf(messageKey);
          if (reported.failure !== undefined) throw new Error(`the handler failed: ${reported.failure}`);
          checkOutcome(reported.outcome, set.pdfsPerMessage);
          acknowledgementsExpected += set.pdfsPerMessage;
          return performance.now() - started;
        } catch (error) {
          firstFailure ??= error instanceof Error ? error.message : String(error);
          throw error;
        }
      };
      const warmUp = await runClosedLoop(set.warmUp, 1, send);
      if (warmUp.count === 0) throw new Error(`the local stack opened no case during warm-up: ${firstFailure}`);
      const runs: IngestRun[] = [];
      for (const [concurrency, messages] of [
        [1, set.concurrency1],
        [8, set.concurrency8],
      ] as const) {
        accepted = [];
        const cpuBefore = await stack.cpuMs();
        const run = await runClosedLoop(messages, concurrency, send);
        const cpuAfter = await stack.cpuMs();
        const smtpAcceptedP50 = [...accepted].sort((a, b) => a - b)[Math.floor(accepted.length / 2)] ?? Number.NaN;
        runs.push({ ...run, smtpAcceptedP50, stackCpuMsPerMessage: (cpuAfter - cpuBefore) / messages.length });
      }
      results.push({ pdfsPerMessage: set.pdfsPerMessage, runs });
    }
  } finally {
    transport.close();
  }
  const outbox = await readOutbox(endpoints.outbox);
  const acknowledgementsInOutbox = outbox.filter(
    (mail) => mail.destination.to.includes(SENDER) && mail.subject.includes(ACKNOWLEDGEMENT_SUBJECT),
  ).length;
  return {
    sets: results,
    acknowledgementsExpected,
    acknowledgementsInOutbox,
    ...(firstFailure ? { firstFailure } : {}),
  };
}
