import { describe, expect, it } from 'vitest';
import { trackingRow } from '../../../functions/domain/reports/tracking-row.js';
import { redactCaseText } from '../../../functions/reports/redact-case-text.js';
import { PERSONAL, recommendation } from '../../helpers/report-cases.js';
import {
  activeJas,
  declinedLate,
  endedAtTerm,
  expiredPromotion,
  februaryBvor,
  fullPath,
  neverPromoted,
  openPromotion,
  TIME_ZONE,
} from './report-cases.js';

const TODAY = '2026-03-15';
const statusOf = (row: ReturnType<typeof trackingRow>) =>
  Object.fromEntries(row.gcmsTasks.map(({ task, status }) => [task.id, status]));

describe('trackingRow', () => {
  it('a case in promotion: its state since designation, the promotion end next, step 5 partly done', () => {
    const row = trackingRow(openPromotion, { today: TODAY, timeZone: TIME_ZONE, redact: redactCaseText });
    expect(row).toMatchObject({
      caseId: 'JAS-2026-OPEN01',
      uci: '12345678',
      office: 'TORONTO',
      caseType: 'GAR',
      state: 'promotion',
      daysInState: 33,
      arrival: '2025-12-15',
      flags: {
        late: false,
        lateNotConsidered: false,
        promotionExpired: false,
        concernRaised: false,
        endedEarly: false,
      },
      nextDeadline: { kind: 'promotion-end', on: '2026-06-10', daysLeft: 87 },
    });
    expect(statusOf(row)).toEqual({
      profile: 'done',
      'rstp-start': 'done',
      'gcms-note': 'to_do',
      'office-sponsor-found': 'not_yet',
      'sponsor-undertaking-details': 'not_yet',
      'rstp-stop': 'not_yet',
      'office-undertaking-approved': 'not_yet',
      'gcms-sponsorship': 'not_yet',
      'gcms-organization': 'not_yet',
      'gcms-support-length': 'not_yet',
      'gcms-data-fix': 'not_yet',
    });
  });

  it('flags: late, promotion expired, concern raised, ended early', () => {
    expect(
      trackingRow(declinedLate, { today: TODAY, timeZone: TIME_ZONE, redact: redactCaseText }).flags,
    ).toMatchObject({ late: true });
    expect(
      trackingRow(expiredPromotion, { today: TODAY, timeZone: TIME_ZONE, redact: redactCaseText }).flags,
    ).toMatchObject({ promotionExpired: true });
    expect(trackingRow(fullPath, { today: '2026-08-01', timeZone: TIME_ZONE, redact: redactCaseText }).flags).toEqual({
      late: false,
      lateNotConsidered: false,
      promotionExpired: false,
      concernRaised: true,
      endedEarly: true,
    });
  });

  it('after the undertaking is approved ROC-O’s four GCMS tasks are to do; what the pipeline sent is done', () => {
    const tasks = statusOf(trackingRow(fullPath, { today: '2026-08-01', timeZone: TIME_ZONE, redact: redactCaseText }));
    expect(tasks).toMatchObject({
      profile: 'done',
      'rstp-stop': 'done',
      'office-sponsor-found': 'done',
      'office-undertaking-approved': 'done',
      'gcms-sponsorship': 'to_do',
      'gcms-data-fix': 'to_do',
    });
  });

  it('ROC-O’s GCMS DONE marks the tasks due when it was sent: the note after designation, step 7 after approval', () => {
    const withEvents = (extra: [string, string][]) => {
      const events = [
        ...fullPath.events,
        ...extra.map(([type, at], index) => ({ ...fullPath.events[0]!, eventId: `gcms#${index}`, type, at })),
      ].sort((a, b) => a.at.localeCompare(b.at));
      return { ...fullPath, events };
    };
    // Recorded during promotion: the note is done; step 7 is still to do once approved.
    const noteOnly = statusOf(
      trackingRow(withEvents([['gcms_tasks_done', '2026-01-21T15:00:00Z']]), {
        today: '2026-08-01',
        timeZone: TIME_ZONE,
        redact: redactCaseText,
      }),
    );
    expect(noteOnly).toMatchObject({ 'gcms-note': 'done', 'gcms-sponsorship': 'to_do', 'gcms-data-fix': 'to_do' });
    // Recorded later on the very day of the approval, after it in the trail: step 7 is done too.
    const all = statusOf(
      trackingRow(withEvents([['gcms_tasks_done', '2026-03-25T15:30:00Z']]), {
        today: '2026-08-01',
        timeZone: TIME_ZONE,
        redact: redactCaseText,
      }),
    );
    expect(all).toMatchObject({ 'gcms-note': 'done', 'gcms-sponsorship': 'done', 'gcms-data-fix': 'done' });
  });

  it('a promotion that ran out before ROC-O approved the profile: RSTP was never told to start or stop', () => {
    expect(
      statusOf(trackingRow(neverPromoted, { today: TODAY, timeZone: TIME_ZONE, redact: redactCaseText })),
    ).toMatchObject({ profile: 'not_applicable', 'rstp-start': 'not_applicable', 'rstp-stop': 'not_applicable' });
    expect(
      statusOf(trackingRow(expiredPromotion, { today: TODAY, timeZone: TIME_ZONE, redact: redactCaseText })),
    ).toMatchObject({ profile: 'done', 'rstp-start': 'done', 'rstp-stop': 'done' });
  });

  it('no promotion tasks for a case whose sponsor was known; none at all for a declined case', () => {
    expect(
      statusOf(trackingRow(endedAtTerm, { today: TODAY, timeZone: TIME_ZONE, redact: redactCaseText })),
    ).toMatchObject({
      profile: 'not_applicable',
      'rstp-start': 'not_applicable',
      'rstp-stop': 'not_applicable',
      'office-sponsor-found': 'done',
    });
    expect(
      new Set(
        Object.values(
          statusOf(trackingRow(declinedLate, { today: TODAY, timeZone: TIME_ZONE, redact: redactCaseText })),
        ),
      ),
    ).toEqual(new Set(['not_applicable']));
  });

  it('the next deadline of a running JAS is its mid-point until the check-in, then its end', () => {
    expect(
      trackingRow(activeJas, { today: TODAY, timeZone: TIME_ZONE, redact: redactCaseText }).nextDeadline,
    ).toMatchObject({
      kind: 'midpoint-check-in',
      on: '2027-01-01',
    });
    expect(
      trackingRow(activeJas, { today: '2027-01-02', timeZone: TIME_ZONE, redact: redactCaseText }).nextDeadline,
    ).toMatchObject({
      kind: 'jas-end',
      on: '2028-01-01',
    });
  });

  it('the 8-month deadline is next only while the SPO of a GAR case owes information', () => {
    const owing = {
      ...februaryBvor,
      caseRecord: { ...februaryBvor.caseRecord, state: 'info_requested' as const, recommendation: recommendation() },
    };
    expect(
      trackingRow(owing, { today: TODAY, timeZone: TIME_ZONE, redact: redactCaseText }).nextDeadline,
    ).toMatchObject({
      kind: 'recommendation-deadline',
      on: '2026-08-15',
    });
    expect(
      trackingRow(februaryBvor, { today: TODAY, timeZone: TIME_ZONE, redact: redactCaseText }).nextDeadline,
    ).toBeUndefined();
    expect(
      trackingRow(expiredPromotion, { today: TODAY, timeZone: TIME_ZONE, redact: redactCaseText }).nextDeadline,
    ).toBeUndefined();
  });

  it('carries no name, birth date or needs; free text loses the client’s name, the sponsor keeps its own', () => {
    const named = {
      ...fullPath,
      caseRecord: {
        ...fullPath.caseRecord,
        recommendation: recommendation({ specialProgram: `Survivors of Daesh (${PERSONAL.familyName} family)` }),
      },
    };
    const row = trackingRow(named, { today: TODAY, timeZone: TIME_ZONE, redact: redactCaseText });
    expect(row.specialProgram).toBe('Survivors of Daesh ([removed] family)');
    expect(row.sponsorGroup).toBe('Grace Church Group');
    expect(trackingRow(endedAtTerm, { today: TODAY, timeZone: TIME_ZONE, redact: redactCaseText }).sponsorGroup).toBe(
      '[removed] Family Friends Group',
    );
    const text = JSON.stringify(row);
    for (const personal of [PERSONAL.familyName, 'Amal', PERSONAL.dateOfBirth, 'epilepsy', PERSONAL.submitterName])
      expect(text).not.toContain(personal);
  });
});
