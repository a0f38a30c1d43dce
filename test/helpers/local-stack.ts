import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type Mail from 'nodemailer/lib/mailer/index.js';
import { LocalMailSender } from '../../bin/local-stack/local-mail-sender.js';
import { LocalMailZone } from '../../bin/local-stack/local-mail-zone.js';
import { type OutboxEmail, readOutbox } from '../../bin/local-stack/outbox-server.js';
import { asStoredBySes, type ScanVerdicts } from '../../bin/local-stack/ses-verdicts.js';
import { type LocalStack, startLocalStack } from '../../bin/local-stack/start-local-stack.js';
import type { MessageOutcome } from '../../functions/domain/case-record.js';

export interface TestStack extends LocalStack {
  readonly dataDir: string;
  /**
   * Sends through the stack's SMTP port, DKIM-signed when the local zone has the From domain's
   * key (as the sample staff's mail servers sign), and returns the stored message's key from SES's
   * answer. `sign: false` sends it unsigned, as a forger would.
   */
  sendMail(message: Mail.Options, options?: { sign?: boolean }): Promise<string>;
  /** `raw` as SES stores it after verifying it: the sender's domain signs it, and SES's verdict block goes on top. */
  storedBySes(raw: Buffer, mailFrom: string): Promise<Buffer>;
  /** Waits for the message's recorded outcome (the handler runs after SMTP answered). */
  outcomeOf(messageKey: string, timeoutMs?: number): Promise<MessageOutcome>;
  outbox(): Promise<OutboxEmail[]>;
  /** Stops the servers; `keepData` leaves the folder for a restart test. */
  stop(options?: { keepData?: boolean }): Promise<void>;
}

/** A whole local stack on free ports with its own data folder, as `npm start` runs it. */
export async function startTestStack(
  options: {
    dataDir?: string;
    scan?: ScanVerdicts;
    clockSpeedup?: number;
    now?: () => Date;
    handlerThreads?: number;
    /** Runs the Monday and monthly report schedules (off by default: a test's outbox holds only what it sent). */
    reportSchedules?: boolean;
  } = {},
): Promise<TestStack> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'jas-test-'));
  const stack = await startLocalStack({
    dataDir,
    ports: { smtp: 0, s3: 0, dynamodb: 0, outbox: 0, stepfunctions: 0 },
    noticeFrom: 'JAS Intake <jas-intake@jas.example>',
    timeZone: 'America/Toronto',
    // Real time unless a test speeds the clocks up: within a test's seconds, no clock fires by itself.
    clockSpeedup: options.clockSpeedup ?? 1,
    deadlineReminderDays: 30,
    sweepIntervalMs: 60_000,
    now: options.now,
    rearmClocks: true,
    sweepUnfinished: true,
    scan: options.scan,
    reportSchedules: options.reportSchedules,
    retryDelaysMs: [20, 50],
    handlerThreads: options.handlerThreads,
  });
  const zone = new LocalMailZone();
  const sender = new LocalMailSender(stack.endpoints.smtp, zone);
  return {
    ...stack,
    dataDir,
    async sendMail(message, sendOptions) {
      // A stack whose clock is fixed receives mail written on its day, as people's clients date it.
      const dated = options.now && !message.raw && !message.date ? { ...message, date: options.now() } : message;
      return (await sender.send(dated, sendOptions)).messageKey;
    },
    async storedBySes(raw, mailFrom) {
      const envelope = { mailFrom, recipients: ['jas@intake.example'], clientAddress: '127.0.0.1', helo: 'localhost' };
      return asStoredBySes(await zone.signedAs(mailFrom, raw), envelope, zone, {
        messageId: 'stored-by-ses',
        receivedAt: new Date(),
      });
    },
    async outcomeOf(messageKey, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const outcome = await stack.pipeline.dependencies.cases.findMessageOutcome(messageKey);
        if (outcome) return outcome;
        if (Date.now() > deadline) throw new Error(`No outcome for ${messageKey} within ${timeoutMs} ms`);
        await sleep(25);
      }
    },
    outbox: () => readOutbox(stack.endpoints.outbox),
    async stop({ keepData = false } = {}) {
      sender.close();
      await stack.stop();
      if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
