import { describe, expect, it } from 'vitest';
import directoryFile from '../../../config/directory.json' with { type: 'json' };
import { sampleJasRecommendation } from '../../../forms/jas-recommendation/sample.js';
import type { JasRecommendation } from '../../../forms/jas-recommendation/schema.js';
import { LOCAL_OFFICES } from '../../../forms/local-offices.js';
import { nestValues } from '../../../forms/nest-values.js';
import type { CaseRecord, CaseState } from '../../../functions/domain/case-record.js';
import { parseDirectory } from '../../../functions/domain/directory.js';
import type { OfficerActionKind } from '../../../functions/domain/officer-action.js';
import { casePartyOf } from '../../../functions/domain/workflow/case-party.js';
import { decideAction, sponsorFrom } from '../../../functions/domain/workflow/decide-action.js';

const directory = parseDirectory(
  directoryFile,
  LOCAL_OFFICES.map((office) => office.code),
);
const TODAY = '2026-10-31';

function recommendation(overrides: Partial<JasRecommendation> = {}): JasRecommendation {
  const values = sampleJasRecommendation('2026-10-31');
  const nested = nestValues(
    new Map(
      Object.entries(values).map(([name, value]) => [name, value === 'no' ? false : value === 'yes' ? true : value]),
    ),
  ) as unknown as JasRecommendation;
  return { ...nested, sponsor: { identified: false }, ...overrides };
}

function aCase(state: CaseState, overrides: Partial<CaseRecord> = {}): CaseRecord {
  return {
    caseId: 'JAS-2026-7K3Q9M',
    state,
    recommendation: recommendation(),
    flags: [],
    createdBy: 'raw/m0',
    createdAt: 'x',
    updatedAt: 'x',
    version: 3,
    ...overrides,
  };
}

const RECEIVED_AT = new Date(`${TODAY}T15:00:00Z`);

function decide(
  caseRecord: CaseRecord,
  from: string,
  kind: OfficerActionKind,
  text = '',
  // null: the message has no Date header.
  writtenAt: Date | null = new Date(RECEIVED_AT.getTime() - 60_000),
) {
  return decideAction({
    caseRecord,
    action: { kind, text },
    party: casePartyOf(caseRecord, from, directory),
    ...(writtenAt && { writtenAt }),
    receivedAt: RECEIVED_AT,
    today: TODAY,
  });
}

describe('deciding an emailed action', () => {
  it('an officer’s recommendation waits for a supervisor, whose concurrence sends it to IN', () => {
    const first = decide(aCase('local_review'), 'officer.toronto@ircc.example', 'RECOMMEND', 'Strong case');
    expect(first).toMatchObject({
      applied: true,
      next: { state: 'local_review', concurrencePendingFrom: 'officer.toronto@ircc.example' },
      effects: [{ notice: 'concurrence-request' }],
    });
    if (!first.applied) throw new Error('expected applied');
    const second = decide(first.next, 'supervisor.toronto@ircc.example', 'CONCUR');
    expect(second).toMatchObject({
      applied: true,
      next: { state: 'recommended_to_in', concurrencePendingFrom: undefined },
      effects: [
        {
          notice: 'recommendation-to-in',
          recommendedBy: 'officer.toronto@ircc.example',
          concurredBy: 'supervisor.toronto@ircc.example',
        },
      ],
    });
  });

  it('a supervisor’s own recommendation carries its concurrence', () => {
    expect(decide(aCase('received'), 'supervisor.toronto@ircc.example', 'RECOMMEND')).toMatchObject({
      applied: true,
      next: { state: 'recommended_to_in' },
    });
  });

  it('refuses a concurrence with nothing to concur with, and an officer of another office', () => {
    expect(decide(aCase('local_review'), 'supervisor.toronto@ircc.example', 'CONCUR')).toMatchObject({
      applied: false,
      code: 'NOT_ALLOWED_IN_STATE',
    });
    expect(decide(aCase('local_review'), 'officer.ottawa@ircc.example', 'RECOMMEND')).toMatchObject({
      applied: false,
      code: 'NOT_AUTHORIZED',
    });
  });

  it('designation promotes a GAR case without a sponsor for 4 calendar months', () => {
    const decision = decide(aCase('recommended_to_in'), 'officer.in@ircc.example', 'DESIGNATE');
    expect(decision).toMatchObject({
      applied: true,
      next: { state: 'promotion', promotion: { startedOn: '2026-10-31', endsBy: '2027-02-28' } },
    });
    if (!decision.applied) throw new Error('expected applied');
    expect(decision.effects.map((effect) => effect.notice)).toEqual([
      'decision-to-office',
      'decision-to-submitter',
      'case-summary-to-roc-o',
      'profile-for-approval',
    ]);
  });

  it('the profile reaches RSTP only when ROC-O approves it, once (OB 646 step 5)', () => {
    const promoted = aCase('promotion', { promotion: { startedOn: '2026-10-31', endsBy: '2027-02-28' } });
    expect(decide(promoted, 'officer.in@ircc.example', 'APPROVE_PROFILE')).toMatchObject({
      applied: false,
      code: 'NOT_AUTHORIZED',
    });
    const approved = decide(promoted, 'officer.roc-o@ircc.example', 'APPROVE_PROFILE');
    expect(approved).toMatchObject({
      applied: true,
      next: { state: 'promotion', promotion: { profileApprovedOn: '2026-10-31' } },
      effects: [{ notice: 'promotion-start-to-rstp', startedOn: '2026-10-31', endsBy: '2027-02-28' }],
    });
    if (!approved.applied) throw new Error('expected applied');
    expect(decide(approved.next, 'officer.roc-o@ircc.example', 'APPROVE_PROFILE')).toMatchObject({
      applied: false,
      code: 'NOT_ALLOWED_IN_STATE',
    });
    expect(decide(aCase('recommended_to_in'), 'officer.roc-o@ircc.example', 'APPROVE_PROFILE')).toMatchObject({
      applied: false,
      code: 'NOT_ALLOWED_IN_STATE',
    });
  });

  it('designation skips promotion when a sponsor is identified, or a BVOR sponsor continues', () => {
    const withSponsor = aCase('recommended_to_in', {
      recommendation: recommendation({
        sponsor: { identified: true, name: 'Groupe Saint-Jean', contactEmail: 'contact@sponsor.example' },
      }),
    });
    expect(decide(withSponsor, 'officer.in@ircc.example', 'DESIGNATE')).toMatchObject({
      applied: true,
      next: { state: 'sponsor_found', sponsor: { name: 'Groupe Saint-Jean', email: 'contact@sponsor.example' } },
      effects: [
        { notice: 'decision-to-office', next: 'sponsor_identified' },
        { notice: 'decision-to-submitter' },
        { notice: 'undertaking-instructions' },
      ],
    });
    const bvor = aCase('recommended_to_in', {
      recommendation: recommendation({
        caseType: 'BVOR',
        sponsor: {
          identified: true,
          name: 'Current group',
          contactEmail: 'current@sponsor.example',
          bvorSponsorContinues: true,
        },
      }),
    });
    expect(decide(bvor, 'officer.in@ircc.example', 'DESIGNATE')).toMatchObject({
      applied: true,
      next: { state: 'sponsor_found' },
      effects: [{ next: 'bvor_sponsor_continues' }, {}, {}],
    });
    // Step 5: a BVOR whose sponsor cannot continue is promoted unless the form names the new sponsor.
    const bvorNewSponsorNamed = aCase('recommended_to_in', {
      recommendation: recommendation({
        caseType: 'BVOR',
        sponsor: {
          identified: true,
          name: 'New group',
          contactEmail: 'new@sponsor.example',
          bvorSponsorContinues: false,
        },
      }),
    });
    expect(decide(bvorNewSponsorNamed, 'officer.in@ircc.example', 'DESIGNATE')).toMatchObject({
      applied: true,
      next: { state: 'sponsor_found', sponsor: { email: 'new@sponsor.example' } },
      effects: [{ next: 'sponsor_identified' }, {}, {}],
    });
    const bvorNeedsNew = aCase('recommended_to_in', {
      recommendation: recommendation({ caseType: 'BVOR', sponsor: { identified: false, bvorSponsorContinues: false } }),
    });
    expect(decide(bvorNeedsNew, 'officer.in@ircc.example', 'DESIGNATE')).toMatchObject({
      applied: true,
      next: { state: 'promotion' },
    });
  });

  it('only IN decides, and only on a recommended case', () => {
    expect(decide(aCase('recommended_to_in'), 'supervisor.toronto@ircc.example', 'DESIGNATE')).toMatchObject({
      applied: false,
      code: 'NOT_AUTHORIZED',
    });
    const early = decide(aCase('local_review'), 'officer.in@ircc.example', 'DECLINE');
    expect(early).toMatchObject({ applied: false, code: 'NOT_ALLOWED_IN_STATE' });
    if (early.applied) throw new Error('expected refusal');
    expect(early.reason.en).toContain('under review by the local IRCC office');
    expect(early.reason.fr).toContain('en examen au bureau local');
  });

  it('sponsor found ends promotion and needs the sponsor’s address', () => {
    expect(decide(aCase('promotion'), 'officer.roc-o@ircc.example', 'SPONSOR_FOUND', 'no address here')).toMatchObject({
      applied: false,
      code: 'DETAIL_MISSING',
    });
    const promoted = aCase('promotion', {
      promotion: { startedOn: '2026-10-31', endsBy: '2027-02-28', profileApprovedOn: '2026-10-31' },
    });
    expect(
      decide(promoted, 'officer.roc-o@ircc.example', 'SPONSOR_FOUND', 'Groupe Saint-Jean <Contact@Sponsor.example>'),
    ).toMatchObject({
      applied: true,
      next: { state: 'sponsor_found', sponsor: { name: 'Groupe Saint-Jean', email: 'contact@sponsor.example' } },
      effects: [
        { notice: 'promotion-stop-to-rstp', reason: 'sponsor_found', on: TODAY },
        { notice: 'sponsor-found' },
        { notice: 'undertaking-instructions' },
      ],
    });
  });

  it('the reviewed checklist starts the 24-month JAS period from the arrival date', () => {
    const arrival = aCase('case_conference').recommendation.client.arrivalDate;
    const decision = decide(aCase('case_conference'), 'officer.toronto@ircc.example', 'CHECKLIST_RECEIVED');
    expect(decision).toMatchObject({ applied: true, next: { state: 'active', jasPeriod: { startsOn: arrival } } });
    if (!decision.applied) throw new Error('expected applied');
    expect(decision.next.jasPeriod!.endsOn.slice(0, 4)).toBe(String(Number(arrival.slice(0, 4)) + 2));
  });

  it('a concern goes to IN without changing the state; ending early waits for both agreements, then ends the case', () => {
    const withSponsor = aCase('active', { sponsor: { name: 'G', email: 'contact@sponsor.example' } });
    expect(decide(withSponsor, 'contact@sponsor.example', 'CONCERN', 'Housing fell through')).toMatchObject({
      applied: true,
      next: { state: 'active' },
      effects: [{ notice: 'concern-to-in', text: 'Housing fell through' }],
    });
    expect(decide(withSponsor, 'contact@sponsor.example', 'END_EARLY')).toMatchObject({
      applied: false,
      code: 'NOT_AUTHORIZED',
    });
    expect(decide(withSponsor, 'officer.toronto@ircc.example', 'END_EARLY')).toMatchObject({
      applied: false,
      code: 'AGREEMENT_MISSING',
    });
    const sponsorAgrees = decide(withSponsor, 'contact@sponsor.example', 'SPONSOR_AGREES_TO_END');
    if (!sponsorAgrees.applied) throw new Error('expected applied');
    expect(sponsorAgrees.effects).toEqual([
      expect.objectContaining({ notice: 'case-decision', party: 'sponsor', waitingFor: ['client'] }),
    ]);
    expect(decide(sponsorAgrees.next, 'officer.toronto@ircc.example', 'END_EARLY')).toMatchObject({
      applied: false,
      reason: { en: expect.stringContaining('CLIENT AGREES TO END') },
    });
    const bothAgree = decide(sponsorAgrees.next, 'officer.toronto@ircc.example', 'CLIENT_AGREES_TO_END');
    if (!bothAgree.applied) throw new Error('expected applied');
    expect(decide(bothAgree.next, 'officer.toronto@ircc.example', 'END_EARLY')).toMatchObject({
      applied: true,
      next: { state: 'ended', ended: { on: TODAY, reason: 'mutual_agreement' } },
    });
    expect(decide(withSponsor, 'contact@sponsor.example', 'CLIENT_AGREES_TO_END')).toMatchObject({
      applied: false,
      code: 'NOT_AUTHORIZED',
    });
  });

  it('ROC-O records its GCMS work done from designation on, changing no state; no one else may', () => {
    expect(decide(aCase('promotion'), 'officer.roc-o@ircc.example', 'GCMS_DONE')).toMatchObject({
      applied: true,
      next: { state: 'promotion' },
      events: [{ type: 'gcms_tasks_done', summary: 'ROC-O recorded its GCMS note of step 5 as done' }],
      effects: [],
    });
    expect(decide(aCase('undertaking_approved'), 'roc-o.jas@ircc.example', 'GCMS_DONE')).toMatchObject({
      applied: false,
      code: 'NOT_AUTHORIZED',
    });
    expect(decide(aCase('active'), 'officer.roc-o@ircc.example', 'GCMS_DONE')).toMatchObject({
      applied: true,
      events: [{ summary: 'ROC-O recorded its GCMS tasks of steps 5 and 7 as done' }],
    });
    expect(decide(aCase('active'), 'officer.in@ircc.example', 'GCMS_DONE')).toMatchObject({
      applied: false,
      code: 'NOT_AUTHORIZED',
    });
    expect(decide(aCase('recommended_to_in'), 'officer.roc-o@ircc.example', 'GCMS_DONE')).toMatchObject({
      applied: false,
      code: 'NOT_ALLOWED_IN_STATE',
    });
  });

  it('refuses an action written more than 7 days before it arrived, or not dated: a replay, or a lost message', () => {
    const supervisor = 'supervisor.toronto@ircc.example';
    const daysBefore = (days: number) => new Date(RECEIVED_AT.getTime() - days * 24 * 3600 * 1000);
    for (const writtenAt of [daysBefore(7.01), daysBefore(400), null])
      expect(decide(aCase('local_review'), supervisor, 'RECOMMEND', '', writtenAt), String(writtenAt)).toMatchObject({
        applied: false,
        code: 'STALE_ACTION',
      });
    expect(decide(aCase('local_review'), supervisor, 'RECOMMEND', '', daysBefore(6.9))).toMatchObject({
      applied: true,
    });
  });

  it('reads a sponsor written in the usual ways', () => {
    expect(sponsorFrom('Sponsor: Groupe Saint-Jean <contact@sponsor.example>')).toEqual({
      name: 'Groupe Saint-Jean',
      email: 'contact@sponsor.example',
    });
    expect(sponsorFrom('Église Unie, contact@eglise.example')).toEqual({
      name: 'Église Unie',
      email: 'contact@eglise.example',
    });
    expect(sponsorFrom('contact@group.example')).toEqual({
      name: 'contact@group.example',
      email: 'contact@group.example',
    });
    expect(sponsorFrom('We found one!')).toBeUndefined();
  });
});
