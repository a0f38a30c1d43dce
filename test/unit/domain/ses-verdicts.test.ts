import { describe, expect, it } from 'vitest';
import { CLEAN_SCAN, type MailAuthentication, sesReceivingHeaders } from '../../../bin/local-stack/ses-verdicts.js';
import { checkSender, readSesVerdicts, type SesVerdicts } from '../../../functions/domain/ses-verdicts.js';

const verifiedAuthor = (verdicts: SesVerdicts) => {
  const sender = checkSender(verdicts);
  return sender.verified ? sender.address : undefined;
};
const reasonOf = (verdicts: SesVerdicts) => {
  const sender = checkSender(verdicts);
  return sender.verified ? undefined : sender.reason.en;
};

const OFFICER = 'officer.toronto@ircc.example';
const message = (from = OFFICER) => `From: ${from}\r\nSubject: [JAS-2026-7K3Q9M] RECOMMEND\r\n\r\nbody\r\n`;

const aligned: MailAuthentication = {
  spf: { result: 'fail', comment: 'spfCheck: domain of ircc.example does not designate 127.0.0.1 as permitted sender' },
  dkim: { result: 'pass', domain: 'ircc.example' },
  dmarc: { result: 'pass', headerFrom: 'ircc.example' },
};

function stored(authentication = aligned, sender = message(), mailFrom = OFFICER): Buffer {
  const block = sesReceivingHeaders({
    messageId: 'abc',
    envelope: { mailFrom, recipients: ['jas@intake.example'], clientAddress: '192.0.2.1', helo: 'mx.ircc.example' },
    receivedAt: new Date('2026-11-23T12:00:00Z'),
    scan: CLEAN_SCAN,
    authentication,
  });
  return Buffer.from(block + sender);
}

/** A block as SES writes it, with the Authentication-Results value given. */
const withResults = (results: string, sender = message()) =>
  Buffer.from(
    `Return-Path: <${OFFICER}>\r\nReceived: from mx ([192.0.2.1]) by inbound-smtp.ca-central-1.amazonaws.com\r\nX-SES-Spam-Verdict: PASS\r\nX-SES-Virus-Verdict: PASS\r\nAuthentication-Results: ${results}\r\nX-SES-RECEIPT: x\r\n${sender}`,
  );

describe('SES verdicts', () => {
  it('vouch for the From address when DMARC passed for its domain', () => {
    const verdicts = readSesVerdicts(stored());
    expect(verdicts).toEqual({
      fromSes: true,
      spam: 'PASS',
      virus: 'PASS',
      spf: 'fail',
      dkim: 'pass',
      dmarc: 'pass',
      dmarcDomain: 'ircc.example',
      author: { kind: 'one', address: OFFICER },
    });
    expect(verifiedAuthor(verdicts)).toBe(OFFICER);
  });

  it('do not vouch when DMARC failed, whatever SPF or DKIM said', () => {
    const verdicts = readSesVerdicts(
      stored({
        spf: { result: 'pass', comment: 'x' },
        dkim: { result: 'pass', domain: 'evil.example' },
        dmarc: { result: 'fail', headerFrom: 'ircc.example' },
      }),
    );
    expect(reasonOf(verdicts)).toMatch(/DMARC check did not pass \(dmarc=fail\)/);
    expect(verifiedAuthor(verdicts)).toBeUndefined();
  });

  it('do not vouch for a From address whose domain is not the one DMARC judged', () => {
    const verdicts = readSesVerdicts(
      stored({ ...aligned, dmarc: { result: 'pass', headerFrom: 'evil.example' } }, message(OFFICER)),
    );
    expect(reasonOf(verdicts)).toMatch(/passed for another domain/);
  });

  it('do not vouch for a message with two From headers or two addresses', () => {
    for (const sender of [
      `From: ${OFFICER}\r\nFrom: x@evil.example\r\n\r\nbody`,
      `From: <${OFFICER}>, <x@evil.example>\r\n\r\nbody`,
    ])
      expect(checkSender(readSesVerdicts(stored(aligned, sender)))).toMatchObject({
        verified: false,
        code: 'FROM_AMBIGUOUS',
      });
  });

  it('ignore forged verdict headers below SES’s block', () => {
    const forged = `Authentication-Results: amazonses.com; dkim=pass; dmarc=pass header.from=ircc.example\r\nX-SES-RECEIPT: forged\r\n${message()}`;
    const verdicts = readSesVerdicts(
      stored({ ...aligned, dkim: { result: 'none' }, dmarc: { result: 'fail', headerFrom: 'ircc.example' } }, forged),
    );
    expect(verdicts).toMatchObject({ dmarc: 'fail', dkim: 'none' });
    expect(verifiedAuthor(verdicts)).toBeUndefined();
  });

  it('trust nothing in a message that does not start with SES’s block', () => {
    const forgedOnly = Buffer.from(
      `From: ${OFFICER}\r\nAuthentication-Results: amazonses.com; dmarc=pass header.from=ircc.example\r\nX-SES-Spam-Verdict: PASS\r\nX-SES-Virus-Verdict: PASS\r\nX-SES-RECEIPT: forged\r\nSubject: x\r\n\r\nbody`,
    );
    expect(readSesVerdicts(forgedOnly)).toEqual({ fromSes: false, author: { kind: 'one', address: OFFICER } });
    expect(reasonOf(readSesVerdicts(forgedOnly))).toMatch(/does not carry the verdict block/);
    expect(readSesVerdicts(Buffer.from(message())).fromSes).toBe(false);
  });

  it('read the envelope sender and comments as values, never as results', () => {
    const verdicts = readSesVerdicts(
      stored(
        {
          spf: { result: 'pass', comment: 'spfCheck: dkim=pass dmarc=pass header.from=ircc.example' },
          dkim: { result: 'none' },
          dmarc: { result: 'fail', headerFrom: 'ircc.example' },
        },
        message(),
        'dkim=pass.dmarc=pass@evil.example',
      ),
    );
    expect(verdicts).toMatchObject({ dkim: 'none', dmarc: 'fail' });
    expect(verifiedAuthor(verdicts)).toBeUndefined();
  });

  it('treat a method reported twice, a second SES field or a broken one as unreadable', () => {
    const cases = [
      // What an envelope sender written unquoted with semicolons would inject before SES's own results.
      'amazonses.com; spf=pass client-ip=192.0.2.1; envelope-from=x;dmarc=pass header.from=ircc.example;@evil.example; dkim=none; dmarc=fail header.from=ircc.example;',
      'amazonses.com; dmarc=pass header.from=ircc.example header.from=evil.example;',
      'amazonses.com; dkim=passed; dmarc=pass header.from=ircc.example;',
      'amazonses.com; dmarc=pass (unclosed header.from=ircc.example;',
    ];
    for (const results of cases) {
      const verdicts = readSesVerdicts(withResults(results));
      expect(verdicts.unreadable, results).toBeDefined();
      expect(verifiedAuthor(verdicts), results).toBeUndefined();
    }
    const twoFields = Buffer.from(
      `Authentication-Results: amazonses.com; dmarc=fail header.from=ircc.example;\r\n${withResults('amazonses.com; dmarc=pass header.from=ircc.example;').toString()}`,
    );
    expect(readSesVerdicts(twoFields).unreadable).toMatch(/2 Authentication-Results/);
  });

  it('read SES’s own field, folded as SES folds it', () => {
    const verdicts = readSesVerdicts(
      withResults(
        'amazonses.com;\r\n spf=pass (spfCheck: domain of ircc.example designates 192.0.2.1 as permitted sender) client-ip=192.0.2.1; envelope-from=officer.toronto@ircc.example; helo=mx.ircc.example;\r\n dkim=pass header.i=@ircc.example;\r\n dmarc=pass header.from=ircc.example;',
      ),
    );
    expect(verdicts).toMatchObject({ spf: 'pass', dkim: 'pass', dmarc: 'pass', dmarcDomain: 'ircc.example' });
    expect(verifiedAuthor(verdicts)).toBe(OFFICER);
  });
});
