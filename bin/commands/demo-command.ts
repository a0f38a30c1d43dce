import { fillForm } from '../../forms/fill-form.js';
import { sampleJasRecommendation } from '../../forms/jas-recommendation/sample.js';
import { todayIn } from '../../kernel/policy-calendar.js';
import { localStackOptionsFromEnvironment } from '../local-stack/local-stack-options.js';
import { describeOutcome } from './describe-outcome.js';
import { mailRunningStack } from './mail-running-stack.js';

/** `jas demo`: mails a filled sample recommendation form to the running stack, as an SPO's mail server would (signed). */
export async function demoCommand(flags: { json?: boolean }): Promise<void> {
  const options = localStackOptionsFromEnvironment();
  const pdf = await fillForm('jas-recommendation', sampleJasRecommendation(todayIn(options.timeZone)));
  const { messageKey, outcome, endpoints } = await mailRunningStack(options, {
    from: 'Example Settlement Services <intake@spo.example>',
    to: 'jas-intake@jas.example',
    subject: 'JAS In-Canada Recommendation Form',
    text: 'Please find attached a JAS In-Canada Recommendation Form.\n\nVeuillez trouver ci-joint un formulaire de recommandation PAC.',
    attachments: [{ filename: 'jas-recommendation.pdf', content: Buffer.from(pdf), contentType: 'application/pdf' }],
  });
  if (flags.json) {
    console.log(JSON.stringify({ messageKey, outcome, outbox: `${endpoints.outbox}/` }));
    return;
  }
  console.log(`Sent a filled JAS recommendation form from intake@spo.example (DKIM-signed) to ${endpoints.smtp.host}:${endpoints.smtp.port}.
${messageKey} → ${describeOutcome(outcome)}
Read the notices: ${endpoints.outbox}/
See the case:     npm run jas -- cases show ${outcome.caseIds[0] ?? ''}`);
}
