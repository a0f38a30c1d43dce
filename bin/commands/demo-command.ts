import { setTimeout as sleep } from 'node:timers/promises';
import nodemailer from 'nodemailer';
import { todayIn } from '../../forms/calendar-date.js';
import { fillForm } from '../../forms/fill-form.js';
import { sampleJasRecommendation } from '../../forms/jas-recommendation/sample.js';
import type { MessageOutcome } from '../../functions/domain/case-record.js';
import { createLocalPipeline } from '../local-stack/local-pipeline.js';
import { localStackOptionsFromEnvironment } from '../local-stack/local-stack-options.js';
import { findRunningStack } from '../local-stack/running-stack-file.js';
import { localPipelineConfig } from '../local-stack/start-local-stack.js';
import { describeOutcome } from './describe-outcome.js';

const WAIT_FOR_OUTCOME_MS = 15_000;

/** `jas demo`: mails a filled sample recommendation form to the running stack, as an SPO would. */
export async function demoCommand(flags: { json?: boolean }): Promise<void> {
  const options = localStackOptionsFromEnvironment();
  const running = await findRunningStack(options.dataDir);
  if (!running)
    throw new Error(
      'No local stack is running: start it with `npm start` in another terminal, then run the demo again',
    );
  const pdf = await fillForm('jas-recommendation', sampleJasRecommendation(todayIn(options.timeZone)));
  const transport = nodemailer.createTransport({
    host: running.endpoints.smtp.host,
    port: running.endpoints.smtp.port,
    secure: false,
    ignoreTLS: true,
  });
  const info = await transport.sendMail({
    from: 'Example Settlement Services <intake@spo.example>',
    to: 'jas-intake@jas.example',
    subject: 'JAS In-Canada Recommendation Form',
    text: 'Please find attached a JAS In-Canada Recommendation Form.\n\nVeuillez trouver ci-joint un formulaire de recommandation PAC.',
    attachments: [{ filename: 'jas-recommendation.pdf', content: Buffer.from(pdf), contentType: 'application/pdf' }],
  });
  transport.close();
  const messageKey = /Ok (raw\/\S+)/.exec(info.response)?.[1];
  if (!messageKey) throw new Error(`The SMTP server did not answer with a message key: ${info.response}`);
  const pipeline = createLocalPipeline(localPipelineConfig(running.endpoints, options));
  try {
    const outcome = await waitForOutcome(
      pipeline.dependencies.cases.findMessageOutcome.bind(pipeline.dependencies.cases),
      messageKey,
    );
    if (flags.json) {
      console.log(JSON.stringify({ messageKey, outcome, outbox: `${running.endpoints.outbox}/` }));
      return;
    }
    console.log(`Sent a filled JAS recommendation form from intake@spo.example to ${running.endpoints.smtp.host}:${running.endpoints.smtp.port}.
${messageKey} → ${describeOutcome(outcome)}
Read the notices: ${running.endpoints.outbox}/
See the case:     npm run jas -- cases show ${outcome.caseIds[0] ?? ''}`);
  } finally {
    await pipeline.drain();
  }
}

async function waitForOutcome(
  find: (messageKey: string) => Promise<MessageOutcome | undefined>,
  messageKey: string,
): Promise<MessageOutcome> {
  const deadline = Date.now() + WAIT_FOR_OUTCOME_MS;
  while (Date.now() < deadline) {
    const outcome = await find(messageKey);
    if (outcome) return outcome;
    await sleep(100);
  }
  throw new Error(`No outcome for ${messageKey} after ${WAIT_FOR_OUTCOME_MS / 1000} s; see the stack's terminal`);
}
