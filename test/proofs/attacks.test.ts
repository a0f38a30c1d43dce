import fc from 'fast-check';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type Mail from 'nodemailer/lib/mailer/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalMailZone } from '../../bin/local-stack/local-mail-zone.js';
import type { OutboxEmail } from '../../bin/local-stack/outbox-server.js';
import type { MessageOutcome } from '../../functions/domain/case-record.js';
import { MAX_FORMS_PER_MESSAGE } from '../../functions/domain/use-cases/process-inbound-email.js';
import { startTestStack, type TestStack } from '../helpers/local-stack.js';
import {
  IN_OFFICER,
  OFFICER,
  ROC_O_OFFICER,
  recommendationPdf,
  Scenario,
  SPO,
  SPONSOR,
  SUPERVISOR,
  TRIAGE_MAILBOX,
  undertakingPdfs,
} from '../helpers/scenario.js';

// The attacker's own domain has a key in the local zone: its mail passes DMARC, as a real attacker's would.
const ATTACKER = 'mallory@evil.example';
const OTHER_SPO = 'other@spo.example';
const URGENT = "Urgent Protection Program/Programme de protection d'urgence — family of 4";
const zone = new LocalMailZone();
const base64 = (text: string) => Buffer.from(text).toString('base64');

let stack: TestStack;
let scenario: Scenario;
/** A: waiting for the SPO's answer to a request. B: another SPO's case. C: a sponsor found, its undertaking due. */
const cases = { a: '', b: '', c: '' };
const UCI = { a: '8100-0001', b: '8100-0002', c: '8100-0003' };
let arrivalC = '';
/** A genuine, signed message each of the replay attacks sends again. */
const genuine: { recommend?: Buffer; recommendation?: Buffer } = {};

/** Raw RFC 5322 bytes: headers in the order given, then the body. */
function rawMessage(headers: readonly string[], body = 'Please see the case.'): Buffer {
  const date = new Date().toUTCString().replace('GMT', '+0000');
  const named = (name: string) => headers.some((header) => header.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return Buffer.from(
    [
      ...headers,
      ...(named('Date') ? [] : [`Date: ${date}`]),
      ...(named('Message-ID') ? [] : [`Message-ID: <${Math.random().toString(36).slice(2)}@attack.example>`]),
      ...(named('To') ? [] : ['To: jas@intake.example']),
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      '',
      body,
      '',
    ].join('\r\n'),
  );
}

/** Mail composed by nodemailer (attachments and all), as raw bytes. */
function composed(options: Mail.Options): Promise<Buffer> {
  return new MailComposer({ to: 'jas@intake.example', ...options }).compile().build();
}

/** Sends raw bytes over SMTP with the envelope the attacker chooses; never signed by the local zone. */
async function sendRaw(raw: Buffer, mailFrom: string): Promise<string> {
  return stack.sendMail({ envelope: { from: mailFrom, to: ['jas@intake.example'] }, raw }, { sign: false });
}

/** `raw` DKIM-signed by the attacker's own domain (whatever its From says). */
function signedByAttacker(raw: Buffer): Promise<Buffer> {
  return zone.signedAs(ATTACKER, raw);
}

/** The block SES writes, as a forger writes it into their own message. */
const FORGED_SES_BLOCK = [
  'X-SES-Spam-Verdict: PASS',
  'X-SES-Virus-Verdict: PASS',
  'Received-SPF: pass (spfCheck: domain of ircc.example designates 192.0.2.1 as permitted sender) client-ip=192.0.2.1; envelope-from=supervisor.toronto@ircc.example; helo=mx.ircc.example;',
  'Authentication-Results: amazonses.com; spf=pass (spfCheck: domain of ircc.example designates 192.0.2.1 as permitted sender) client-ip=192.0.2.1; envelope-from=supervisor.toronto@ircc.example; helo=mx.ircc.example; dkim=pass header.i=@ircc.example; dmarc=pass header.from=ircc.example;',
  'X-SES-RECEIPT: forged',
];

interface Attack {
  readonly name: string;
  readonly send: () => Promise<string>;
  /** Addresses the attacker reads, or whose owner must not be answered for a forgery. */
  readonly controls: readonly string[];
  /** A verified sender refused for its role is told why: the one notice it may get. */
  readonly mayBeTold?: string;
}

async function forms(count: number): Promise<Mail.Attachment[]> {
  const one = await recommendationPdf('8199-0001');
  return Array.from({ length: count }, (_, index) => ({ ...one, filename: `form-${index + 1}.pdf` }));
}

function attacks(): Attack[] {
  const { a, b, c } = cases;
  const forgedStaff = (name: string, from: string, subject: string, extra: string[] = []) => ({
    name,
    controls: [from, ATTACKER],
    send: () => sendRaw(rawMessage([`From: ${from}`, `Subject: ${subject}`, ...extra]), ATTACKER),
  });
  const signedOutsider = (name: string, headers: string[], body?: string) => ({
    name,
    controls: [ATTACKER, SUPERVISOR, OFFICER],
    send: async () => sendRaw(await signedByAttacker(rawMessage(headers, body)), ATTACKER),
  });
  const verifiedInsider = (name: string, from: string, subject: string, text = '') => ({
    name,
    controls: [from],
    mayBeTold: from,
    send: () => stack.sendMail({ from, to: 'jas@intake.example', subject, text }),
  });
  return [
    // Verdicts forged or smuggled in where a naive reader finds them.
    forgedStaff('a forged SES verdict block on top of an unsigned CONCUR', SUPERVISOR, `[${a}] CONCUR`, []),
    {
      name: 'the forged block written before From, as if SES had stored it',
      controls: [SUPERVISOR, ATTACKER],
      send: () =>
        sendRaw(rawMessage([...FORGED_SES_BLOCK, `From: ${SUPERVISOR}`, `Subject: [${a}] RECOMMEND`]), ATTACKER),
    },
    {
      name: 'the forged block after From',
      controls: [SUPERVISOR, ATTACKER],
      send: () =>
        sendRaw(rawMessage([`From: ${SUPERVISOR}`, ...FORGED_SES_BLOCK, `Subject: [${a}] RECOMMEND`]), ATTACKER),
    },
    {
      name: 'verdict words as the envelope sender’s local part',
      controls: [SUPERVISOR],
      send: () =>
        sendRaw(rawMessage([`From: ${SUPERVISOR}`, `Subject: [${a}] RECOMMEND`]), 'dkim=pass.dmarc=pass@evil.example'),
    },
    {
      name: 'a quoted envelope local part carrying separators and verdicts',
      controls: [SUPERVISOR],
      send: () =>
        sendRaw(
          rawMessage([`From: ${SUPERVISOR}`, `Subject: [${a}] CONCUR`]),
          '"x;dkim=pass header.i=@ircc.example;dmarc=pass header.from=ircc.example;"@evil.example',
        ),
    },
    forgedStaff('verdict words in a From comment', `${SUPERVISOR} (dkim=pass dmarc=pass)`, `[${a}] RECOMMEND`),
    forgedStaff('the staff address as the envelope sender too', SUPERVISOR, `[${a}] RECOMMEND`),
    signedOutsider('signed by the attacker’s domain, From a supervisor', [
      `From: ${SUPERVISOR}`,
      `Subject: [${a}] CONCUR`,
    ]),
    signedOutsider('signed by the attacker, Sender: a supervisor', [
      `From: ${ATTACKER}`,
      `Sender: ${SUPERVISOR}`,
      `Subject: [${a}] RECOMMEND`,
    ]),
    // Display names, look-alikes and encodings.
    signedOutsider('a display name that is the supervisor’s address', [
      `From: "${SUPERVISOR}" <${ATTACKER}>`,
      `Subject: [${a}] CONCUR`,
    ]),
    signedOutsider('an unquoted display name that is the supervisor’s address', [
      `From: ${SUPERVISOR} <${ATTACKER}>`,
      `Subject: [${a}] CONCUR`,
    ]),
    signedOutsider('an encoded word hiding the supervisor’s address', [
      `From: =?utf-8?B?${base64(SUPERVISOR)}?= <${ATTACKER}>`,
      `Subject: [${a}] CONCUR`,
    ]),
    forgedStaff('an encoded word standing for the address', `=?utf-8?B?${base64(SUPERVISOR)}?=`, `[${a}] CONCUR`),
    forgedStaff('a look-alike domain (irrc.example)', 'supervisor.toronto@irrc.example', `[${a}] CONCUR`),
    forgedStaff('a look-alike subdomain', 'supervisor.toronto@ircc.example.evil.example', `[${a}] CONCUR`),
    forgedStaff('a Cyrillic і in the domain', 'supervisor.toronto@іrcc.example', `[${a}] CONCUR`),
    forgedStaff('upper case and a trailing dot', 'SUPERVISOR.TORONTO@IRCC.EXAMPLE.', `[${a}] CONCUR`),
    // Several From headers or addresses.
    signedOutsider('two From headers, the attacker’s signed', [
      `From: ${SUPERVISOR}`,
      `From: ${ATTACKER}`,
      `Subject: [${a}] CONCUR`,
    ]),
    signedOutsider('two addresses in one From', [`From: <${SUPERVISOR}>, <${ATTACKER}>`, `Subject: [${a}] CONCUR`]),
    signedOutsider('two addresses inside one pair of angle brackets', [
      `From: <${SUPERVISOR}, ${ATTACKER}>`,
      `Subject: [${a}] CONCUR`,
    ]),
    signedOutsider('a group', [`From: IRCC: ${SUPERVISOR}, ${ATTACKER};`, `Subject: [${a}] CONCUR`]),
    signedOutsider('an address in a comment', [`From: ${ATTACKER} (${SUPERVISOR})`, `Subject: [${a}] CONCUR`]),
    signedOutsider('a second From with a space before its colon', [
      `From: ${ATTACKER}`,
      `From : ${SUPERVISOR}`,
      `Subject: [${a}] CONCUR`,
    ]),
    signedOutsider('a second address on a folded line', [
      `From: ${ATTACKER},`,
      ` ${SUPERVISOR}`,
      `Subject: [${a}] CONCUR`,
    ]),
    forgedStaff('a Reply-To the attacker reads', SUPERVISOR, `[${a}] CONCUR`, [`Reply-To: ${ATTACKER}`]),
    // Replays of genuine signed mail.
    {
      name: 'the officer’s signed RECOMMEND sent again by the attacker',
      controls: [ATTACKER],
      send: () => sendRaw(genuine.recommend!, ATTACKER),
    },
    {
      name: 'the same replay behind a Received header of the attacker’s',
      controls: [ATTACKER],
      send: () =>
        sendRaw(Buffer.concat([Buffer.from('Received: from relay.evil.example\r\n'), genuine.recommend!]), ATTACKER),
    },
    {
      name: 'the replay with its Message-ID changed',
      controls: [ATTACKER],
      send: () =>
        sendRaw(
          Buffer.from(
            genuine.recommend!.toString('latin1').replace(/^Message-ID: .*$/im, 'Message-ID: <new@x>'),
            'latin1',
          ),
          ATTACKER,
        ),
    },
    {
      name: 'the SPO’s signed recommendation sent again (no second case, acknowledgement or office notice)',
      controls: [ATTACKER],
      send: () => sendRaw(genuine.recommendation!, ATTACKER),
    },
    {
      name: 'a signed CONCUR dated 30 days ago',
      controls: [ATTACKER],
      send: async () =>
        sendRaw(
          await zone.signedAs(
            SUPERVISOR,
            await composed({
              from: SUPERVISOR,
              subject: `[${a}] CONCUR`,
              text: '',
              date: new Date(Date.now() - 30 * 24 * 3600 * 1000),
            }),
          ),
          ATTACKER,
        ),
    },
    // Outsiders and forged parties writing to cases.
    signedOutsider('a verified outsider RECOMMENDs', [`From: ${ATTACKER}`, `Subject: [${a}] RECOMMEND`]),
    signedOutsider('a verified outsider files correspondence', [`From: ${ATTACKER}`, `Subject: Re: [${a}] note`]),
    {
      name: 'a second organization’s recommendation for a client who has a case',
      controls: [ATTACKER],
      send: async () =>
        sendRaw(
          await signedByAttacker(
            await composed({
              from: ATTACKER,
              subject: 'JAS recommendation',
              attachments: [await recommendationPdf(UCI.a, { 'submitter.email': ATTACKER })],
            }),
          ),
          ATTACKER,
        ),
    },
    {
      name: 'the client’s recommendation from an outsider naming the real SPO',
      controls: [ATTACKER, SPO],
      send: async () =>
        sendRaw(
          await signedByAttacker(
            await composed({
              from: ATTACKER,
              subject: 'JAS recommendation',
              attachments: [await recommendationPdf(UCI.a, { localOffice: 'OTTAWA' })],
            }),
          ),
          ATTACKER,
        ),
    },
    {
      name: 'a new client’s case opened in the SPO’s name by an outsider',
      controls: [ATTACKER, SPO],
      send: async () =>
        sendRaw(
          await signedByAttacker(
            await composed({
              from: ATTACKER,
              subject: 'JAS recommendation',
              attachments: [await recommendationPdf('8100-0099')],
            }),
          ),
          ATTACKER,
        ),
    },
    forgedStaff('a forged SPO answers the information request', SPO, `Re: [${a}] Information`),
    {
      name: 'a forged SPO sends a corrected form on the tag',
      controls: [SPO, ATTACKER],
      send: async () =>
        sendRaw(
          await composed({
            from: SPO,
            subject: `Re: [${a}] corrected form`,
            attachments: [await recommendationPdf(UCI.a, { localOffice: 'OTTAWA' })],
          }),
          ATTACKER,
        ),
    },
    {
      name: 'a forged SPO resubmits untagged to move the office',
      controls: [SPO, ATTACKER],
      send: async () =>
        sendRaw(
          await composed({
            from: SPO,
            subject: 'JAS recommendation',
            attachments: [await recommendationPdf(UCI.a, { localOffice: 'OTTAWA' })],
          }),
          ATTACKER,
        ),
    },
    {
      name: 'a forged sponsor sends the undertaking',
      controls: [SPONSOR, ATTACKER],
      send: async () =>
        sendRaw(
          await composed({
            from: SPONSOR,
            subject: `Re: [${c}] Undertaking`,
            attachments: await undertakingPdfs(UCI.c, arrivalC),
          }),
          ATTACKER,
        ),
    },
    {
      name: 'a verified outsider sends the undertaking for the client, untagged',
      controls: [ATTACKER],
      send: async () =>
        sendRaw(
          await signedByAttacker(
            await composed({
              from: ATTACKER,
              subject: 'Undertaking',
              attachments: await undertakingPdfs(UCI.c, arrivalC),
            }),
          ),
          ATTACKER,
        ),
    },
    {
      name: 'the SPO sends the sponsor’s undertaking',
      controls: [SPO],
      send: async () =>
        stack.sendMail({
          from: SPO,
          to: 'jas@intake.example',
          subject: `Re: [${c}] Undertaking`,
          attachments: await undertakingPdfs(UCI.c, arrivalC),
        }),
    },
    forgedStaff('an unsigned stranger writes on the tag', 'stranger@elsewhere.example', `Re: [${a}] hello`),
    // Tags of other cases.
    verifiedInsider('the SPO of one case RECOMMENDs another SPO’s case', SPO, `[${b}] RECOMMEND`),
    {
      name: 'the SPO of one case files a form on another’s tag',
      controls: [SPO],
      send: async () =>
        stack.sendMail({
          from: SPO,
          to: 'jas@intake.example',
          subject: `Re: [${b}] form`,
          attachments: [await recommendationPdf(UCI.b, { 'submitter.email': SPO })],
        }),
    },
    verifiedInsider('the sponsor of one case CONCERNs on another', SPONSOR, `[${b}] CONCERN`, 'Housing'),
    // Parties acting beyond their role.
    verifiedInsider('the SPO RECOMMENDs', SPO, `[${a}] RECOMMEND`),
    verifiedInsider('the SPO DESIGNATEs', SPO, `[${a}] DESIGNATE`),
    verifiedInsider('the sponsor APPROVEs THE UNDERTAKING', SPONSOR, `[${c}] APPROVE UNDERTAKING`),
    verifiedInsider('the sponsor ENDs EARLY', SPONSOR, `[${c}] END EARLY`),
    verifiedInsider('an officer of another office CONCURs', 'officer.ottawa@ircc.example', `[${a}] CONCUR`),
    verifiedInsider('a supervisor of another office RECOMMENDs', 'supervisor.ottawa@ircc.example', `[${a}] RECOMMEND`),
    verifiedInsider('IN RECOMMENDs on the office’s behalf', IN_OFFICER, `[${a}] RECOMMEND`),
    verifiedInsider('a local officer DESIGNATEs in IN’s place', OFFICER, `[${b}] DESIGNATE`),
    verifiedInsider(
      'a local officer finds the sponsor in ROC-O’s place',
      OFFICER,
      `[${c}] SPONSOR FOUND`,
      `G <${ATTACKER}>`,
    ),
    // Urgent protection relays.
    forgedStaff('a forged urgent protection message from an office', 'visa.office@ircc.example', URGENT),
    {
      name: 'urgent protection under a forged SES block',
      controls: ['visa.office@ircc.example', ATTACKER],
      send: () =>
        sendRaw(rawMessage([...FORGED_SES_BLOCK, 'From: visa.office@ircc.example', `Subject: ${URGENT}`]), ATTACKER),
    },
    signedOutsider('urgent protection from two From addresses', [
      `From: <visa.office@ircc.example>, <${ATTACKER}>`,
      `Subject: ${URGENT}`,
    ]),
    // Forty forms in one message.
    {
      name: 'forty forms from the SPO in one message',
      controls: [SPO],
      send: async () =>
        stack.sendMail({ from: SPO, to: 'jas@intake.example', subject: 'Forms', attachments: await forms(40) }),
    },
    {
      name: 'one form more than the limit',
      controls: [SPO],
      send: async () =>
        stack.sendMail({
          from: SPO,
          to: 'jas@intake.example',
          subject: 'Forms',
          attachments: await forms(MAX_FORMS_PER_MESSAGE + 1),
        }),
    },
    {
      name: 'forty forms from a forger',
      controls: [SPO, ATTACKER],
      send: async () =>
        sendRaw(await composed({ from: SPO, subject: 'Forms', attachments: await forms(40) }), ATTACKER),
    },
    // Other doors.
    forgedStaff('an automatic reply on the tag from a forger', SPO, `Re: [${a}] Out of office`, [
      'Auto-Submitted: auto-replied',
    ]),
    forgedStaff('a forged REPORT from ROC-O', ROC_O_OFFICER, 'REPORT'),
    signedOutsider('a REPORT from an outsider', [`From: ${ATTACKER}`, 'Subject: REPORT']),
    forgedStaff('a forged message/partial fragment', SPO, 'part 1', [
      'Content-Type: message/partial; id="attack@evil.example"; number=1; total=2',
    ]),
  ];
}

/** What an attack could have changed: every case's fields (not its version or audit trail), and its documents. */
async function caseSnapshot(): Promise<string> {
  const repository = stack.pipeline.dependencies.cases;
  const all = await repository.listCases();
  const described = await Promise.all(
    all.map(async ({ version: _version, updatedAt: _updatedAt, recentChanges: _recent, ...fields }) => ({
      ...fields,
      documents: (await repository.listDocuments(fields.caseId)).length,
    })),
  );
  return JSON.stringify(described.sort((x, y) => x.caseId.localeCompare(y.caseId)));
}

/** Addresses no notice about an attack may reach, beyond the attack's own: whoever the attacker could be. */
const attackerDomain = /@(evil\.example|elsewhere\.example|attack\.example)$/i;

beforeAll(async () => {
  stack = await startTestStack();
  scenario = new Scenario(stack);
  // A: the office asked the SPO for information.
  cases.a = (await scenario.send(SPO, 'JAS', '', [await recommendationPdf(UCI.a)])).caseIds[0]!;
  await scenario.send(OFFICER, `[${cases.a}] REQUEST INFO`, 'Please send the assessment.');
  // B: another SPO's case.
  cases.b = (
    await scenario.send(OTHER_SPO, 'JAS', '', [await recommendationPdf(UCI.b, { 'submitter.email': OTHER_SPO })])
  ).caseIds[0]!;
  // C: promoted, and a sponsor found.
  cases.c = (await scenario.send(SPO, 'JAS', '', [await recommendationPdf(UCI.c)])).caseIds[0]!;
  await scenario.send(SUPERVISOR, `[${cases.c}] RECOMMEND`);
  await scenario.send(IN_OFFICER, `[${cases.c}] DESIGNATE`);
  await scenario.send(ROC_O_OFFICER, `[${cases.c}] SPONSOR FOUND`, `Grace Church Group <${SPONSOR}>`);
  const caseC = await scenario.caseOf(cases.c);
  expect(caseC.state).toBe('sponsor_found');
  arrivalC = caseC.recommendation.client.arrivalDate;
  // The genuine messages the replays send again, each applied once here.
  genuine.recommend = await zone.signedAs(
    OFFICER,
    await composed({ from: OFFICER, subject: `Re: [${cases.b}] RECOMMEND`, text: 'Well documented.' }),
  );
  expect((await stack.outcomeOf(await sendRaw(genuine.recommend, OFFICER))).outcome).toBe('case_updated');
  genuine.recommendation = await zone.signedAs(
    SPO,
    await composed({ from: SPO, subject: 'JAS', attachments: [await recommendationPdf('8100-0004')] }),
  );
  expect((await stack.outcomeOf(await sendRaw(genuine.recommendation, SPO))).outcome).toBe('case_updated');
  expect((await scenario.caseOf(cases.a)).state).toBe('info_requested');
  await scenario.newNotices();
}, 120_000);

afterAll(async () => {
  await stack.stop();
});

describe('attacks through SMTP on the local stack, with real DKIM signing', () => {
  it('none changes a case, and none gets a notice to the attacker', async () => {
    const list = attacks();
    const changed: string[] = [];
    const answered: string[] = [];
    const outcomes: Record<string, string> = {};
    for (const attack of list) {
      const before = await caseSnapshot();
      const key = await attack.send().catch((error: { responseCode?: number }) => {
        // Refused at the door, as SES's SMTP refuses a malformed envelope: nothing was stored.
        if (error.responseCode && error.responseCode >= 500) return undefined;
        throw error;
      });
      const outcome: MessageOutcome | undefined = key ? await stack.outcomeOf(key) : undefined;
      outcomes[attack.name] = outcome ? `${outcome.outcome} ${outcome.reasonCode ?? ''}`.trim() : 'refused by SMTP';
      if ((await caseSnapshot()) !== before) changed.push(attack.name);
      const controls = new Set(attack.controls.map((address) => address.toLowerCase()));
      const notices: OutboxEmail[] = await scenario.newNotices();
      const toAttacker = notices
        .flatMap((notice) => notice.destination.to)
        .map((to) => to.toLowerCase())
        .filter((to) => to !== attack.mayBeTold && (controls.has(to) || attackerDomain.test(to)));
      if (toAttacker.length > 0) answered.push(`${attack.name} → ${toAttacker.join(', ')}`);
    }
    console.log(`${list.length} attacks: ${changed.length} changed a case, ${answered.length} notices to an attacker`);
    expect(list.length).toBeGreaterThanOrEqual(50);
    expect(changed).toEqual([]);
    expect(answered).toEqual([]);
    // Nothing an attacker sent was applied: each was refused, duplicated, or left to a person.
    for (const [name, result] of Object.entries(outcomes))
      expect(result, name).toMatch(/^(quarantined|rejected|duplicate) |^refused by SMTP$/);
  }, 240_000);

  it('whatever shape the From header takes, a forged CONCUR changes nothing and answers no one but the office and triage', async () => {
    const piece = fc.constantFrom(
      SUPERVISOR,
      ATTACKER,
      `<${SUPERVISOR}>`,
      `"${SUPERVISOR}"`,
      `=?utf-8?B?${base64(SUPERVISOR)}?=`,
      '(IRCC)',
      ', ',
      ';',
      ':',
      ' ',
      'Supervisor',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { minLength: 1, maxLength: 6 }), fc.boolean(), async (pieces, signed) => {
        const before = await caseSnapshot();
        const raw = rawMessage([`From: ${pieces.join('')}`, `Subject: [${cases.a}] CONCUR`]);
        const outcome = await stack.outcomeOf(await sendRaw(signed ? await signedByAttacker(raw) : raw, ATTACKER));
        expect(outcome.outcome).not.toBe('case_updated');
        expect(await caseSnapshot()).toBe(before);
        for (const notice of await scenario.newNotices())
          for (const to of notice.destination.to) expect([TRIAGE_MAILBOX, 'toronto.jas@ircc.example']).toContain(to);
      }),
      { numRuns: 25, seed: 10 },
    );
  }, 120_000);

  it('a tagged reply that mentions urgent protection joins its case and is not relayed', async () => {
    const outcome = await scenario.send(OTHER_SPO, `Re: [${cases.b}] ${URGENT}`, 'The family needs urgent protection.');
    expect(outcome).toMatchObject({ outcome: 'case_updated', caseIds: [cases.b] });
    expect((await scenario.newNotices()).flatMap((notice) => notice.destination.to)).not.toContain(
      'roc-o.jas@ircc.example',
    );
  });

  it('an attachment’s name reaches the office safe', async () => {
    const outcome = await scenario.send(SPO, 'JAS', '', [
      { ...(await recommendationPdf('8100-0005')), filename: '..\\..\\CON.pdf\r\nBcc: x@evil.example' },
    ]);
    expect(outcome.outcome).toBe('case_updated');
    const toOffice = (await scenario.newNotices()).find((notice) =>
      notice.destination.to.includes('toronto.jas@ircc.example'),
    )!;
    const names = toOffice.attachments.map((attachment) => attachment.filename);
    expect(names).toHaveLength(1);
    expect(names[0]).not.toMatch(/[\\/\r\n]|^CON\./i);
  });

  it('the SPO’s correction, the sponsor’s undertaking and the SPO’s answer still go through', async () => {
    // The same parties, signed by their domains, in their roles: the attacks above left the cases ready for them.
    expect((await scenario.send(SPO, `Re: [${cases.a}] Information`, 'The assessment is attached.')).outcome).toBe(
      'case_updated',
    );
    expect((await scenario.caseOf(cases.a)).state).toBe('local_review');
    expect(
      (await scenario.send(SPONSOR, `Re: [${cases.c}] Undertaking`, '', await undertakingPdfs(UCI.c, arrivalC)))
        .outcome,
    ).toBe('case_updated');
    expect((await scenario.caseOf(cases.c)).state).toBe('undertaking_submitted');
  });
});
