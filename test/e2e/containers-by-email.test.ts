import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../helpers/local-stack.js';
import { addressed, OFFICE_MAILBOX, Scenario, SPO } from '../helpers/scenario.js';

// Made with openssl, zip, mpack and tnef by scripts/fixtures/make-container-fixtures.sh; each holds
// the sample recommendation form, sent from intake@spo.example.
const fixture = (name: string) => readFileSync(new URL(`../fixtures/containers/${name}`, import.meta.url));

let stack: TestStack;
let scenario: Scenario;

beforeAll(async () => {
  stack = await startTestStack();
  scenario = new Scenario(stack);
});

afterAll(async () => {
  await stack.stop();
});

/** Sends a message exactly as a mail program wrote it, through the SMTP stand-in of SES receiving. */
async function sendRaw(raw: Buffer) {
  const key = await stack.sendMail({ envelope: { from: SPO, to: ['jas-intake@jas.example'] }, raw });
  return stack.outcomeOf(key);
}

describe('the form inside what people send is found (over SMTP)', () => {
  it.each([
    ['Outlook’s winmail.dat', 'tnef-winmail.eml'],
    ['an opaque S/MIME signed message', 'smime-signed-opaque.eml'],
    ['a deflated zip archive', 'zip-deflated.eml'],
  ])('%s opens the client’s case', async (_name, file) => {
    const outcome = await sendRaw(fixture(file));
    expect(outcome).toMatchObject({
      outcome: 'case_updated',
      formsFound: [{ formId: 'jas-recommendation', valid: true }],
    });
    const notices = addressed(await scenario.newNotices());
    expect(notices).toEqual(expect.arrayContaining([expect.objectContaining({ to: OFFICE_MAILBOX })]));
  });
});
