import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../helpers/local-stack.js';
import { addressed, OFFICE_MAILBOX, Scenario, SPO, TRIAGE_MAILBOX } from '../helpers/scenario.js';

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

describe('what cannot be opened is refused with its reason, to the sender (over SMTP)', () => {
  it.each([
    ['an S/MIME-encrypted message', 'smime-encrypted.eml', 'SMIME_ENCRYPTED', 'without encryption'],
    ['a zip with a password', 'zip-encrypted.eml', 'ZIP_ENCRYPTED', 'without a password'],
  ])('%s', async (_name, file, code, advice) => {
    const outcome = await sendRaw(fixture(file));
    expect(outcome).toMatchObject({ outcome: 'rejected', reasonCode: code });
    const [toSender] = (await scenario.newNotices()).filter((notice) => notice.destination.to.includes(SPO));
    expect(toSender?.body.text).toContain(advice);
  });
});

describe('a message split into message/partial fragments (over SMTP)', () => {
  it('each fragment is held until the last arrives, then the rebuilt message opens the case', async () => {
    const [first, second, third] = ['partial-01.eml', 'partial-02.eml', 'partial-03.eml'].map(fixture);
    expect(await sendRaw(third!)).toMatchObject({ outcome: 'held', reasonCode: 'MESSAGE_FRAGMENT_HELD' });
    const held = await sendRaw(first!);
    expect(held).toMatchObject({ outcome: 'held' });
    expect(held.reason).toContain('waiting for fragment 2 of 3');
    expect(await scenario.newNotices()).toEqual([]);

    const whole = await sendRaw(second!);

    expect(whole).toMatchObject({
      outcome: 'case_updated',
      formsFound: [{ formId: 'jas-recommendation', valid: true }],
    });
    expect(addressed(await scenario.newNotices()).map((notice) => notice.to)).toContain(OFFICE_MAILBOX);
  });

  it('mail sent by a machine is never answered: a bounce without a case goes to a person, not back', async () => {
    const bounce = Buffer.from(
      'From: MAILER-DAEMON@spo.example\r\nTo: jas-intake@jas.example\r\nSubject: Undelivered Mail Returned to Sender\r\nContent-Type: multipart/report; report-type=delivery-status; boundary="r"\r\n\r\n--r\r\nContent-Type: text/plain\r\n\r\nCould not deliver.\r\n--r\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; spo.example\r\n\r\nFinal-Recipient: rfc822; gone@spo.example\r\nAction: failed\r\nStatus: 5.1.1\r\n--r--\r\n',
    );
    const key = await stack.sendMail({ envelope: { from: '', to: ['jas-intake@jas.example'] }, raw: bounce });
    expect(await stack.outcomeOf(key)).toMatchObject({ outcome: 'quarantined', reasonCode: 'AUTOMATIC_MAIL' });
    expect(addressed(await scenario.newNotices()).map((notice) => notice.to)).toEqual([TRIAGE_MAILBOX]);
  });
});
