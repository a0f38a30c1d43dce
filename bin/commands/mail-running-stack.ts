import { setTimeout as sleep } from 'node:timers/promises';
import type Mail from 'nodemailer/lib/mailer/index.js';
import type { MessageOutcome } from '../../functions/domain/case-record.js';
import { LocalMailSender } from '../local-stack/local-mail-sender.js';
import { createLocalPipeline } from '../local-stack/local-pipeline.js';
import type { LocalStackOptions } from '../local-stack/local-stack-options.js';
import { findRunningStack } from '../local-stack/running-stack-file.js';
import { type LocalEndpoints, localPipelineConfig } from '../local-stack/start-local-stack.js';
import { CliError } from './cli-error.js';

const WAIT_FOR_OUTCOME_MS = 15_000;

/** What became of one message mailed to the running stack. */
export interface MailedMessage {
  readonly messageKey: string;
  /** The domain whose sample key signed it, when one did. */
  readonly signedAs?: string;
  readonly outcome: MessageOutcome;
  readonly endpoints: LocalEndpoints;
}

/**
 * Mails one message to the stack `jas start` runs, through its SMTP port, DKIM-signed when the
 * local zone has the From domain's sample key (`sign: false` never signs), and waits for the
 * pipeline's recorded outcome.
 */
export async function mailRunningStack(
  options: LocalStackOptions,
  message: Mail.Options,
  { sign = true }: { sign?: boolean } = {},
): Promise<MailedMessage> {
  const running = await findRunningStack(options.dataDir);
  if (!running)
    throw new CliError(
      'NO_LOCAL_STACK',
      'No local stack is running: start it with `npm start` in another terminal, then run this again',
    );
  const sender = new LocalMailSender(running.endpoints.smtp);
  const delivery = await sender.send(message, { sign }).finally(() => sender.close());
  const pipeline = createLocalPipeline(localPipelineConfig(running.endpoints, options));
  try {
    const deadline = Date.now() + WAIT_FOR_OUTCOME_MS;
    while (Date.now() < deadline) {
      const outcome = await pipeline.dependencies.cases.findMessageOutcome(delivery.messageKey);
      if (outcome) return { ...delivery, outcome, endpoints: running.endpoints };
      await sleep(100);
    }
    throw new CliError(
      'NO_OUTCOME',
      `No outcome for ${delivery.messageKey} after ${WAIT_FOR_OUTCOME_MS / 1000} s; see the stack's terminal`,
    );
  } finally {
    await pipeline.drain();
  }
}
