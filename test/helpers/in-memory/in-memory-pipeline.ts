import { randomBytes } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { sesReceivingHeaders } from '../../../bin/local-stack/ses-verdicts.js';
import type { PipelineConfig } from '../../../functions/config.js';
import type { MessageOutcome } from '../../../functions/domain/case-record.js';
import type { PipelineDependencies } from '../../../functions/domain/pipeline-dependencies.js';
import { processInboundEmail } from '../../../functions/domain/use-cases/process-inbound-email.js';
import { createPipelineDependencies } from '../../../functions/wiring/create-pipeline-dependencies.js';
import { InMemoryCaseRepository } from './in-memory-case-repository.js';
import { InMemoryFragmentStore } from './in-memory-fragment-store.js';
import { InMemoryMailStore } from './in-memory-mail-store.js';
import { InMemoryMailer } from './in-memory-mailer.js';
import { InMemoryPolicyClocks } from './in-memory-policy-clocks.js';
import { InMemoryReportRequester } from './in-memory-report-requester.js';
import { InThreadMessageReader } from './in-thread-message-reader.js';

const CONFIG: PipelineConfig = {
  bucketName: 'in-memory',
  tableName: 'in-memory',
  noticeFrom: 'JAS Intake <jas@intake.example>',
  maxMessageBytes: 40 * 1024 * 1024,
  maxPdfBytes: 20 * 1024 * 1024,
  reading: {
    maxDecodedBytes: 200 * 1024 * 1024,
    maxPdfObjects: 1_000_000,
    messageReadMs: 30_000,
    formsReadMs: 30_000,
    heapMb: 512,
    threads: 1,
  },
  noticeLeaseMs: 90_000,
  sweep: {
    minAgeMs: 300_000,
    lookbackMs: 14 * 24 * 3600 * 1000,
    maxMessages: 10,
    giveUpMs: 3_600_000,
    fragmentWaitMs: 24 * 3600 * 1000,
  },
  originals: { maxAttachedBytes: 25 * 1024 * 1024, linkValidHours: 6 },
  timeZone: 'America/Toronto',
  deadlineReminderDays: 30,
  region: 'ca-central-1',
  clocksStateMachineArn: 'arn:aws:states:ca-central-1:000000000000:stateMachine:in-memory',
  reportFunctionName: 'in-memory-reports',
  // Never read: the in-memory repository keys clients in memory.
  clientKeySecret: { file: '/nonexistent/in-memory-client-key' },
  endpoints: {},
};

/** A message as it reaches the pipeline: its parts, and what SES's checks say about its sender. */
export interface MailToReceive {
  readonly from: string;
  readonly subject: string;
  readonly text?: string;
  readonly pdfs?: readonly { readonly fileName: string; readonly content: Uint8Array }[];
  /** DMARC passes for the From domain unless a test says otherwise (a forged sender). */
  readonly dmarc?: 'pass' | 'fail';
  /** The `Date:` its author's program wrote: when it is received, unless a test says otherwise. */
  readonly date?: Date;
}

/**
 * The pipeline wired exactly as in Lambda (the real wiring, use cases and notice sender) on
 * in-memory adapters that keep the stand-ins' contracts: no server starts, so a use case runs in
 * milliseconds. `receive` stores a message as SES would, with SES's verdict block on top, and
 * processes it; running `process` again for the same key is an S3 event delivered twice.
 */
export function inMemoryPipeline(options: { now?: Date } = {}) {
  let now = options.now ?? new Date('2026-11-23T15:00:00.000Z');
  const adapters = {
    mailStore: new InMemoryMailStore(),
    cases: new InMemoryCaseRepository(() => now),
    fragments: new InMemoryFragmentStore(() => now),
    mailer: new InMemoryMailer(),
    policyClocks: new InMemoryPolicyClocks(),
    reports: new InMemoryReportRequester(),
    reader: new InThreadMessageReader({ maxMessageBytes: CONFIG.maxMessageBytes, maxPdfBytes: CONFIG.maxPdfBytes }),
  };
  const dependencies: PipelineDependencies = {
    ...createPipelineDependencies(CONFIG, adapters),
    wallClock: { now: () => now },
  };

  async function store(mail: MailToReceive): Promise<string> {
    const domain = mail.from.split('@')[1]!;
    const composed = await new MailComposer({
      from: mail.from,
      to: 'jas@intake.example',
      subject: mail.subject,
      text: mail.text ?? '',
      messageId: `<${randomBytes(8).toString('hex')}@${domain}>`,
      date: mail.date ?? now,
      attachments: (mail.pdfs ?? []).map((pdf) => ({
        filename: pdf.fileName,
        content: Buffer.from(pdf.content),
        contentType: 'application/pdf',
      })),
    })
      .compile()
      .build();
    return storeAsSes(composed, mail.from, mail.dmarc ?? 'pass');
  }

  /** What SES does with a message as its author's program wrote it: its verdict block on top, stored under raw/. */
  function storeAsSes(raw: Uint8Array, from: string, dmarc: 'pass' | 'fail'): string {
    const domain = from.split('@')[1]!;
    const sesMessageId = randomBytes(20).toString('hex');
    const block = sesReceivingHeaders({
      messageId: sesMessageId,
      envelope: { mailFrom: from, recipients: ['jas@intake.example'], clientAddress: '192.0.2.1', helo: domain },
      receivedAt: now,
      scan: { spam: 'PASS', virus: 'PASS' },
      authentication: {
        spf: { result: dmarc, comment: 'in-memory test' },
        dkim: { result: dmarc, domain },
        dmarc: { result: dmarc, headerFrom: domain },
      },
    });
    const messageKey = `raw/${sesMessageId}`;
    adapters.mailStore.storeRawMessage(messageKey, Buffer.concat([Buffer.from(block), raw]), now);
    return messageKey;
  }

  return {
    dependencies,
    ...adapters,
    /** Moves the pipeline's wall clock (and the time SES receives the next message) forward. */
    later(ms: number) {
      now = new Date(now.getTime() + ms);
    },
    /** Runs the inbound use case for a stored message, as an S3 event (again, when it was delivered before). */
    process(messageKey: string): Promise<MessageOutcome> {
      return processInboundEmail({ messageKey, receivedAt: now }, dependencies);
    },
    /** Stores the message as SES would, then processes it once. */
    async receive(mail: MailToReceive): Promise<{ messageKey: string; outcome: MessageOutcome }> {
      const messageKey = await store(mail);
      return { messageKey, outcome: await processInboundEmail({ messageKey, receivedAt: now }, dependencies) };
    },
    store,
    /** Stores a message exactly as its author's program wrote it (from `from`, verified), as SES would, and processes it once. */
    async receiveRaw(raw: Uint8Array, from: string): Promise<{ messageKey: string; outcome: MessageOutcome }> {
      const messageKey = storeAsSes(raw, from, 'pass');
      return { messageKey, outcome: await processInboundEmail({ messageKey, receivedAt: now }, dependencies) };
    },
  };
}

export type InMemoryPipeline = ReturnType<typeof inMemoryPipeline>;
