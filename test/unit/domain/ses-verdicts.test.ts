import { describe, expect, it } from 'vitest';
import { localVerdicts, PASSING_VERDICTS, sesReceivingHeaders } from '../../../bin/local-stack/ses-verdicts.js';
import { failedChecks, readSesVerdicts } from '../../../functions/domain/ses-verdicts.js';

const senderPart = 'From: officer.toronto@ircc.example\r\nSubject: [JAS-2026-7K3Q9M] RECOMMEND\r\n\r\nbody\r\n';

function stored(verdicts = PASSING_VERDICTS, sender = senderPart): Buffer {
  const block = sesReceivingHeaders({
    messageId: 'abc',
    mailFrom: 'officer.toronto@ircc.example',
    recipients: ['jas@intake.example'],
    clientAddress: '192.0.2.1',
    receivedAt: new Date('2026-11-23T12:00:00Z'),
    verdicts,
  });
  return Buffer.from(block + sender);
}

describe('SES verdicts', () => {
  it('reads the verdicts from the block SES puts on top', () => {
    expect(readSesVerdicts(stored())).toEqual({
      spam: 'PASS',
      virus: 'PASS',
      spf: 'pass',
      dkim: 'pass',
      dmarc: 'pass',
    });
    expect(failedChecks(readSesVerdicts(stored()))).toEqual([]);
  });

  it('reports each check that failed', () => {
    const verdicts = readSesVerdicts(stored({ ...PASSING_VERDICTS, spf: 'softfail', dmarc: 'fail', virus: 'FAIL' }));
    expect(failedChecks(verdicts)).toEqual(['virus', 'SPF', 'DMARC']);
  });

  it('ignores forged verdict headers below SES’s block', () => {
    const forged =
      'X-SES-Spam-Verdict: PASS\r\nAuthentication-Results: amazonses.com; spf=pass; dkim=pass; dmarc=pass\r\nX-SES-RECEIPT: forged\r\n' +
      senderPart;
    const verdicts = readSesVerdicts(stored({ ...PASSING_VERDICTS, dkim: 'fail', dmarc: 'fail' }, forged));
    expect(failedChecks(verdicts)).toEqual(['DKIM', 'DMARC']);
  });

  it('trusts nothing in a message SES did not store', () => {
    const forgedOnly = Buffer.from(
      'Authentication-Results: amazonses.com; spf=pass; dkim=pass; dmarc=pass\r\nX-SES-Spam-Verdict: PASS\r\n' +
        senderPart,
    );
    expect(readSesVerdicts(forgedOnly)).toEqual({});
    expect(failedChecks(readSesVerdicts(forgedOnly))).toEqual(['spam', 'virus', 'SPF', 'DKIM', 'DMARC']);
  });

  it('reads folded headers and ignores results from another authserv-id', () => {
    const raw = Buffer.from(
      'Return-Path: <a@b.example>\r\nAuthentication-Results: evil.example; spf=pass; dkim=pass; dmarc=pass\r\nAuthentication-Results: amazonses.com;\r\n spf=pass smtp.mailfrom=a@b.example;\r\n dkim=pass header.i=@b.example;\r\n dmarc=fail header.from=b.example;\r\nX-SES-Spam-Verdict: PASS\r\nX-SES-Virus-Verdict: PASS\r\nX-SES-RECEIPT: x\r\n' +
        senderPart,
    );
    expect(readSesVerdicts(raw)).toEqual({ spam: 'PASS', virus: 'PASS', spf: 'pass', dkim: 'pass', dmarc: 'fail' });
  });
});

describe('local verdicts', () => {
  it('fail DKIM and DMARC when From: names another domain than the envelope sender, as spoofing does', () => {
    const message = (from: string) => Buffer.from(`Subject: x\r\nFrom: "Supervisor" <${from}>\r\n\r\nbody`);
    expect(
      failedChecks(localVerdicts('supervisor.toronto@ircc.example', message('supervisor.toronto@ircc.example'))),
    ).toEqual([]);
    expect(failedChecks(localVerdicts('attacker@evil.example', message('supervisor.toronto@ircc.example')))).toEqual([
      'DKIM',
      'DMARC',
    ]);
    expect(failedChecks(localVerdicts('', message('supervisor.toronto@ircc.example')))).toEqual(['DKIM', 'DMARC']);
  });
});
