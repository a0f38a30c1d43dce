import { randomInt } from 'node:crypto';
import { fillForm } from '../../forms/fill-form.js';
import { sampleJasRecommendation } from '../../forms/jas-recommendation/sample.js';
import { todayIn } from '../../kernel/policy-calendar.js';
import { localStackOptionsFromEnvironment } from '../local-stack/local-stack-options.js';
import { describeOutcome } from './describe-outcome.js';
import { mailRunningStack } from './mail-running-stack.js';

/** Fictitious clients: each demo mails a new one, so each opens a case of its own. */
const FAMILY_NAMES = ['Haddad', 'Nasser', 'Okafor', 'Hakimi', 'Mensah', 'Karimi', 'Tesfaye', 'Mwangi', 'Rahimi'];
const GIVEN_NAMES = ['Amal Zoé', 'Leila', 'Grace', 'Samira', 'Fatuma', 'Nadia', 'Aster', 'Mariam', 'Huda'];

function freshClient(): Record<string, string> {
  const digits = String(randomInt(10_000_000, 100_000_000));
  return {
    'client.uci': `${digits.slice(0, 4)}-${digits.slice(4)}`,
    'client.familyName': FAMILY_NAMES[randomInt(FAMILY_NAMES.length)]!,
    'client.givenNames': GIVEN_NAMES[randomInt(GIVEN_NAMES.length)]!,
  };
}

/**
 * `jas demo`: mails a filled sample recommendation form for a new fictitious client to the running
 * stack, as an SPO's mail server would (signed), and says which case it opened and what to run next.
 */
export async function demoCommand(flags: { json?: boolean }): Promise<void> {
  const options = localStackOptionsFromEnvironment();
  const pdf = await fillForm('jas-recommendation', {
    ...sampleJasRecommendation(todayIn(options.timeZone)),
    ...freshClient(),
  });
  const { messageKey, outcome, endpoints } = await mailRunningStack(options, {
    from: 'Example Settlement Services <intake@spo.example>',
    to: 'jas-intake@jas.example',
    subject: 'JAS In-Canada Recommendation Form',
    text: 'Please find attached a JAS In-Canada Recommendation Form.\n\nVeuillez trouver ci-joint un formulaire de recommandation PAC.',
    attachments: [{ filename: 'jas-recommendation.pdf', content: Buffer.from(pdf), contentType: 'application/pdf' }],
  });
  const caseId = outcome.caseIds[0];
  if (flags.json) {
    console.log(JSON.stringify({ messageKey, caseId, outcome, outbox: `${endpoints.outbox}/` }));
    return;
  }
  console.log(`Sent a filled JAS recommendation form for a new client from intake@spo.example (DKIM-signed) to ${endpoints.smtp.host}:${endpoints.smtp.port}.
${messageKey} → ${describeOutcome(outcome)}
Read the notices: ${endpoints.outbox}/${
    caseId
      ? `
Case ${caseId} is open. Next:
  npm run jas -- cases show ${caseId}`
      : ''
  }`);
}
