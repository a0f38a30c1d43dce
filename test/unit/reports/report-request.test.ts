import { describe, expect, it } from 'vitest';
import directoryFile from '../../../config/directory.json' with { type: 'json' };
import { LOCAL_OFFICES } from '../../../forms/local-offices.js';
import { parseDirectory } from '../../../functions/domain/directory.js';
import { asksForReports } from '../../../functions/domain/officer-action.js';
import { checkSender, type SenderCheck, type SesVerdicts } from '../../../functions/domain/ses-verdicts.js';
import { decideReportRequest } from '../../../functions/domain/workflow/decide-report-request.js';

const directory = parseDirectory(
  directoryFile,
  LOCAL_OFFICES.map((office) => office.code),
);

/** What SES's verdicts say of a message whose one From is `address`, every check passed unless `overrides` say. */
function verdicts(address: string, overrides: Partial<SesVerdicts> = {}): SenderCheck {
  return checkSender({
    fromSes: true,
    spam: 'PASS',
    virus: 'PASS',
    spf: 'pass',
    dkim: 'pass',
    dmarc: 'pass',
    dmarcDomain: address.split('@')[1],
    author: { kind: 'one', address },
    ...overrides,
  });
}

describe('asksForReports', () => {
  it.each([
    ['REPORT', ''],
    ['report', ''],
    ['Rapport', ''],
    ['RAPPORT.', ''],
    ['Re: REPORT', ''],
    ['TR: [JAS-2026-7K3Q9M] RAPPORT', ''],
    ['', 'REPORT\n\nThanks'],
    ['', 'rapport'],
  ])('reads %j / %j as asking for the reports', (subject, body) => {
    expect(asksForReports(subject, body)).toBe(true);
  });

  it.each([
    ['Report of concern', ''],
    ['REPORT please send the latest', ''],
    ['Reports', ''],
    ['JAS recommendation', 'REPORT'],
    ['', 'Here is my report\nREPORT'],
    ['', '> REPORT'],
  ])('reads %j / %j as not asking', (subject, body) => {
    expect(asksForReports(subject, body)).toBe(false);
  });
});

/** A request written a minute before it arrived. */
const FRESH = { writtenAt: new Date('2026-11-23T14:59:00Z'), receivedAt: new Date('2026-11-23T15:00:00Z') };

describe('decideReportRequest', () => {
  it('grants ROC-O and IN, staff or mailbox, and answers the sender only', () => {
    for (const address of [
      'officer.roc-o@ircc.example',
      'roc-o.jas@ircc.example',
      'officer.in@ircc.example',
      'resettlement-operations.in@ircc.example',
    ])
      expect(decideReportRequest(verdicts(address), directory, FRESH)).toEqual({ granted: true, to: address });
  });

  it('refuses everyone else in the directory and outside it', () => {
    for (const address of ['officer.toronto@ircc.example', 'promotion@rstp.example', 'intake@spo.example'])
      expect(decideReportRequest(verdicts(address), directory, FRESH)).toMatchObject({
        granted: false,
        code: 'NOT_AUTHORIZED',
      });
  });

  it('refuses a ROC-O address SES could not verify: DMARC failed, or not aligned, or two From addresses', () => {
    const roco = 'officer.roc-o@ircc.example';
    for (const unverified of [
      verdicts(roco, { dmarc: 'fail' }),
      verdicts(roco, { dmarcDomain: 'evil.example' }),
      verdicts(roco, { spam: 'FAIL' }),
      verdicts(roco, { author: { kind: 'ambiguous', reason: { en: 'two From addresses', fr: 'deux adresses From' } } }),
    ])
      expect(decideReportRequest(unverified, directory, FRESH)).toMatchObject({
        granted: false,
        code: 'SENDER_NOT_VERIFIED',
      });
  });

  it('refuses a REPORT from ROC-O dated more than 7 days before it arrived, or not dated, as emailed actions are', () => {
    const roco = 'officer.roc-o@ircc.example';
    const receivedAt = FRESH.receivedAt;
    const daysBefore = (days: number) => new Date(receivedAt.getTime() - days * 24 * 60 * 60 * 1000);
    for (const dated of [{ writtenAt: daysBefore(7.01), receivedAt }, { receivedAt }]) {
      const decision = decideReportRequest(verdicts(roco), directory, dated);
      expect(decision).toMatchObject({ granted: false, code: 'STALE_ACTION', to: roco });
      expect(decision).toHaveProperty('reason.en', expect.stringMatching(/more than 7 days before it arrived/));
      expect(decision).toHaveProperty('reason.fr', expect.stringMatching(/plus de 7 jours avant son arrivée/));
    }
    expect(decideReportRequest(verdicts(roco), directory, { writtenAt: daysBefore(6.9), receivedAt })).toEqual({
      granted: true,
      to: roco,
    });
  });

  it('refuses an outsider’s old REPORT as unauthorized, not as stale: an outsider is never answered', () => {
    expect(
      decideReportRequest(verdicts('intake@spo.example'), directory, { receivedAt: FRESH.receivedAt }),
    ).toMatchObject({ granted: false, code: 'NOT_AUTHORIZED' });
  });
});
