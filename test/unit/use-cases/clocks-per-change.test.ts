import { describe, expect, it } from 'vitest';
import { startRunningClocks } from '../../../functions/domain/case-clocks.js';
import type { CaseRecord, MessageOutcome } from '../../../functions/domain/case-record.js';
import type { ClockPurpose } from '../../../functions/domain/clock-request.js';
import { processClockDue } from '../../../functions/domain/use-cases/process-clock-due.js';
import { runClockRequests } from '../../../functions/domain/workflow/run-clock-requests.js';
import { type InMemoryPipeline, inMemoryPipeline } from '../../helpers/in-memory/in-memory-pipeline.js';
import {
  IN_OFFICER,
  OFFICER,
  ROC_O_OFFICER,
  recommendationPdf,
  SPO,
  SPONSOR,
  SUPERVISOR,
} from './use-case-fixtures.js';

const PROMOTION = { startedOn: '2026-11-23', endsBy: '2027-03-23' };
// The sample form's client arrived 3 months before the form (2026-08-23).
const JAS_PERIOD = { startsOn: '2026-08-23', midpointOn: '2027-08-23', endsOn: '2028-08-23' };
const SPONSOR_OF_RECORD = { name: 'Grace Church Group', email: SPONSOR };
const BVOR_FORM = { caseType: 'BVOR', 'submitter.kind': 'SPONSORING_GROUP', 'sponsor.bvorSponsorContinues': 'no' };
const SPONSOR_ON_FORM = {
  'sponsor.identified': 'yes',
  'sponsor.name': SPONSOR_OF_RECORD.name,
  'sponsor.contactEmail': SPONSOR,
};

/** One change of a case (OB 646 steps 1–11), from the state it starts in, and the clocks it must stop and start. */
interface ClockChange {
  readonly change: string;
  /** The case before the change, on top of the sample form (a GAR case). */
  readonly before: Partial<CaseRecord>;
  /** The form that opened the case, when not the sample. */
  readonly form?: Record<string, string | boolean>;
  /** The change, by email or by a clock; an email's outcome, when it was one. */
  readonly act: (pipeline: InMemoryPipeline, caseId: string) => Promise<MessageOutcome | undefined>;
  readonly stops: readonly ClockPurpose[];
  readonly starts: readonly ClockPurpose[];
}

const mail =
  (from: string, subject: string, text = '') =>
  async (pipeline: InMemoryPipeline) =>
    (await pipeline.receive({ from, subject, text })).outcome;
const fire = (purpose: ClockPurpose) => async (pipeline: InMemoryPipeline, caseId: string) => {
  const clock = pipeline.policyClocks.running(caseId).find((running) => running.purpose === purpose)!;
  expect(await processClockDue({ caseId, purpose, dueOn: clock.dueOn }, pipeline.dependencies)).toMatchObject({
    applied: true,
  });
  return undefined;
};

/**
 * Every change of a case, and the clocks it stops and starts: the deadline reminder runs while a
 * GAR case waits for its recommendation to go forward (an SPO that answered may be asked again),
 * the promotion expiry while the case is promoted, the check-in and the end while the JAS runs. A
 * clock that fires ends by itself; a moved clock stops at its earlier date and starts at its new one.
 */
const CHANGES: readonly ClockChange[] = [
  {
    change: 'an officer recommends: the supervisors are asked',
    before: { state: 'local_review' },
    act: (pipeline, caseId) => mail(OFFICER, `[${caseId}] RECOMMEND`)(pipeline),
    stops: [],
    starts: [],
  },
  {
    change: 'a supervisor recommends: sent to IN',
    before: { state: 'local_review' },
    act: (pipeline, caseId) => mail(SUPERVISOR, `[${caseId}] RECOMMEND`)(pipeline),
    stops: ['deadline-reminder'],
    starts: [],
  },
  {
    change: 'a supervisor concurs: sent to IN',
    before: { state: 'received', concurrencePendingFrom: OFFICER },
    act: (pipeline, caseId) => mail(SUPERVISOR, `[${caseId}] CONCUR`)(pipeline),
    stops: ['deadline-reminder'],
    starts: [],
  },
  {
    change: 'the office asks the SPO for information',
    before: { state: 'local_review' },
    act: (pipeline, caseId) => mail(OFFICER, `[${caseId}] REQUEST INFO`, 'Which needs?')(pipeline),
    stops: [],
    starts: [],
  },
  {
    change: 'the SPO answers: the review goes on, and the office may ask again',
    before: { state: 'info_requested' },
    act: (pipeline, caseId) => mail(SPO, `Re: [${caseId}] Information requested`, 'Here it is.')(pipeline),
    stops: [],
    starts: [],
  },
  {
    change: 'the SPO corrects the form: a BVOR case, which has no 8-month deadline',
    before: { state: 'received' },
    act: async (pipeline) =>
      (await pipeline.receive({ from: SPO, subject: 'JAS, corrected', pdfs: [await recommendationPdf(BVOR_FORM)] }))
        .outcome,
    stops: ['deadline-reminder'],
    starts: [],
  },
  {
    change: 'the SPO corrects the arrival date: the reminder moves',
    before: { state: 'local_review' },
    act: async (pipeline) =>
      (
        await pipeline.receive({
          from: SPO,
          subject: 'JAS, corrected',
          pdfs: [await recommendationPdf({ 'client.arrivalDate': '2026-09-15' })],
        })
      ).outcome,
    stops: ['deadline-reminder'],
    starts: ['deadline-reminder'],
  },
  {
    change: 'IN declines',
    before: { state: 'recommended_to_in' },
    act: (pipeline, caseId) => mail(IN_OFFICER, `[${caseId}] DECLINE`)(pipeline),
    stops: [],
    starts: [],
  },
  {
    change: 'IN designates a case with no sponsor: promoted',
    before: { state: 'recommended_to_in' },
    act: (pipeline, caseId) => mail(IN_OFFICER, `[${caseId}] DESIGNATE`)(pipeline),
    stops: [],
    starts: ['promotion-expiry'],
  },
  {
    change: 'IN designates a case whose sponsor the form names: no promotion',
    before: { state: 'recommended_to_in' },
    form: SPONSOR_ON_FORM,
    act: (pipeline, caseId) => mail(IN_OFFICER, `[${caseId}] DESIGNATE`)(pipeline),
    stops: [],
    starts: [],
  },
  {
    change: 'ROC-O approves the profile: RSTP promotes',
    before: { state: 'promotion', promotion: PROMOTION },
    act: (pipeline, caseId) => mail(ROC_O_OFFICER, `[${caseId}] APPROVE PROFILE`)(pipeline),
    stops: [],
    starts: [],
  },
  {
    change: 'a sponsor is found during promotion',
    before: { state: 'promotion', promotion: PROMOTION },
    act: (pipeline, caseId) => mail(ROC_O_OFFICER, `[${caseId}] SPONSOR FOUND`, `Grace <${SPONSOR}>`)(pipeline),
    stops: ['promotion-expiry'],
    starts: [],
  },
  {
    change: 'the office shortens a BVOR posting: the expiry moves',
    before: { state: 'promotion', promotion: PROMOTION },
    form: BVOR_FORM,
    act: (pipeline, caseId) => mail(OFFICER, `[${caseId}] SHORTEN PROMOTION`, '2 months')(pipeline),
    stops: ['promotion-expiry'],
    starts: ['promotion-expiry'],
  },
  {
    change: 'the office posts a case again after its promotion ran out',
    before: { state: 'designated', promotion: PROMOTION, flags: ['promotion_expired'] },
    act: (pipeline, caseId) => mail(OFFICER, `[${caseId}] EXTEND PROMOTION`, '3 months')(pipeline),
    stops: [],
    starts: ['promotion-expiry'],
  },
  {
    change: 'the office puts a promoted BVOR breakdown on the RAP',
    before: { state: 'promotion', promotion: PROMOTION },
    form: BVOR_FORM,
    act: (pipeline, caseId) => mail(OFFICER, `[${caseId}] RAP INSTEAD`, 'Breakdown.')(pipeline),
    stops: ['promotion-expiry'],
    starts: [],
  },
  {
    change: 'ROC-O waives the settlement plan',
    before: { state: 'sponsor_found', sponsor: SPONSOR_OF_RECORD },
    act: (pipeline, caseId) => mail(ROC_O_OFFICER, `[${caseId}] WAIVE SETTLEMENT PLAN`)(pipeline),
    stops: [],
    starts: [],
  },
  {
    change: 'ROC-O approves the undertaking',
    before: { state: 'undertaking_submitted', sponsor: SPONSOR_OF_RECORD },
    act: (pipeline, caseId) => mail(ROC_O_OFFICER, `[${caseId}] APPROVE UNDERTAKING`)(pipeline),
    stops: [],
    starts: [],
  },
  {
    change: 'the office has the checklist: the JAS starts',
    before: { state: 'case_conference', sponsor: SPONSOR_OF_RECORD },
    act: (pipeline, caseId) => mail(OFFICER, `[${caseId}] CHECKLIST RECEIVED`)(pipeline),
    stops: [],
    starts: ['midpoint-check-in', 'jas-end'],
  },
  {
    change: 'a concern is reported during the JAS',
    before: { state: 'active', sponsor: SPONSOR_OF_RECORD, jasPeriod: JAS_PERIOD },
    act: (pipeline, caseId) => mail(SPONSOR, `[${caseId}] CONCERN`, 'We need help.')(pipeline),
    stops: [],
    starts: [],
  },
  {
    change: 'the JAS ends early by mutual agreement',
    before: {
      state: 'active',
      sponsor: SPONSOR_OF_RECORD,
      jasPeriod: JAS_PERIOD,
      endAgreement: { sponsor: { by: SPONSOR, on: '2026-11-20' }, client: { by: OFFICER, on: '2026-11-20' } },
    },
    act: (pipeline, caseId) => mail(OFFICER, `[${caseId}] END EARLY`, 'Both agree.')(pipeline),
    stops: ['midpoint-check-in', 'jas-end'],
    starts: [],
  },
  {
    change: 'the deadline reminder fires: it ends by itself',
    before: { state: 'info_requested' },
    act: fire('deadline-reminder'),
    stops: [],
    starts: [],
  },
  {
    change: 'the promotion expires: it ends by itself',
    before: { state: 'promotion', promotion: PROMOTION },
    act: fire('promotion-expiry'),
    stops: [],
    starts: [],
  },
  {
    change: 'the mid-point check-in fires: the end keeps running',
    before: { state: 'active', sponsor: SPONSOR_OF_RECORD, jasPeriod: JAS_PERIOD },
    act: fire('midpoint-check-in'),
    stops: [],
    starts: [],
  },
  {
    change: 'the JAS ends at 24 months: the check-in fired a year before',
    before: { state: 'active', sponsor: SPONSOR_OF_RECORD, jasPeriod: JAS_PERIOD },
    act: fire('jas-end'),
    stops: [],
    starts: [],
  },
];

/** A case in the state a row starts from, with exactly the clocks that state has running. */
async function caseWithItsClocks(
  pipeline: InMemoryPipeline,
  before: Partial<CaseRecord>,
  form: Record<string, string | boolean> = {},
): Promise<CaseRecord> {
  const { outcome } = await pipeline.receive({ from: SPO, subject: 'JAS', pdfs: [await recommendationPdf(form)] });
  const opened = (await pipeline.cases.getCase(outcome.caseIds[0]!))!;
  const moved = await openCaseAs(pipeline, opened, before);
  for (const clock of pipeline.policyClocks.running(moved.caseId)) await pipeline.policyClocks.cancel(clock);
  const history = new Set((await pipeline.cases.listEvents(moved.caseId)).map((event) => event.type));
  await runClockRequests(moved, startRunningClocks(moved, history, pipeline.dependencies), pipeline.dependencies);
  return moved;
}

async function openCaseAs(pipeline: InMemoryPipeline, opened: CaseRecord, changes: Partial<CaseRecord>) {
  const moved = { ...opened, ...changes, version: opened.version + 1 };
  if (!(await pipeline.cases.updateCase(moved))) throw new Error('the case moved meanwhile');
  pipeline.mailer.sent.length = 0;
  pipeline.later(60 * 60 * 1000);
  return moved;
}

const named = (clocks: readonly { purpose: ClockPurpose; dueOn: string }[]) =>
  clocks.map(({ purpose, dueOn }) => `${purpose} ${dueOn}`);

describe('which clocks each change of a case stops and starts, on in-memory ports', () => {
  it.each(CHANGES)('$change', async ({ before, form, act, stops, starts }) => {
    // Prepare
    const pipeline = inMemoryPipeline();
    const { caseId } = await caseWithItsClocks(pipeline, before, form);
    const running = named(pipeline.policyClocks.running(caseId));

    // Act
    const outcome = await act(pipeline, caseId);

    // Assess: the change was made (an email's was not refused), and the clocks followed.
    if (outcome) expect(outcome).toMatchObject({ outcome: 'case_updated' });
    const after = named(pipeline.policyClocks.running(caseId));
    expect(running.filter((clock) => !after.includes(clock)).map((clock) => clock.split(' ')[0])).toEqual(stops);
    expect(after.filter((clock) => !running.includes(clock)).map((clock) => clock.split(' ')[0])).toEqual(starts);
  });

  it('a clock moved to another date fires there; had the earlier one fired anyway, it would do nothing visible', async () => {
    // Prepare: a BVOR posting shortened from 4 months to 2.
    const pipeline = inMemoryPipeline();
    const promotion = { ...PROMOTION, profileApprovedOn: PROMOTION.startedOn };
    const { caseId } = await caseWithItsClocks(pipeline, { state: 'promotion', promotion }, BVOR_FORM);
    await pipeline.receive({ from: OFFICER, subject: `[${caseId}] SHORTEN PROMOTION`, text: '2 months' });
    const version = (await pipeline.cases.getCase(caseId))!.version;
    pipeline.mailer.sent.length = 0;

    // Act
    const atTheEarlierDate = await processClockDue(
      { caseId, purpose: 'promotion-expiry', dueOn: PROMOTION.endsBy },
      pipeline.dependencies,
    );
    const atTheNewDate = await processClockDue(
      { caseId, purpose: 'promotion-expiry', dueOn: '2027-01-23' },
      pipeline.dependencies,
    );

    // Assess
    expect(named(pipeline.policyClocks.running(caseId))).toEqual(['promotion-expiry 2027-01-23']);
    expect(atTheEarlierDate).toMatchObject({ applied: false, detail: 'promotion already ended' });
    expect(atTheNewDate).toMatchObject({ applied: true });
    expect(await pipeline.cases.getCase(caseId)).toMatchObject({ state: 'designated', version: version + 1 });
    expect(pipeline.mailer.sent.filter((sent) => sent.subject.includes('Stop promotion'))).toHaveLength(1);
  });

  it.each([
    ['the office still reviews (nothing is owed)', { state: 'local_review' }],
    ['the case went to IN', { state: 'recommended_to_in' }],
    ['IN declined it', { state: 'declined' }],
  ] as const)('a deadline reminder that fires anyway when %s does nothing visible', async (_when, after) => {
    // Prepare: the reminder set while the SPO owed information; the case moved on without it being stopped.
    const pipeline = inMemoryPipeline();
    const { caseId } = await caseWithItsClocks(pipeline, { state: 'info_requested' });
    const [reminder] = pipeline.policyClocks.running(caseId);
    const moved = await openCaseAs(pipeline, (await pipeline.cases.getCase(caseId))!, after);
    const events = await pipeline.cases.listEvents(caseId);

    // Act
    const outcome = await processClockDue(
      { caseId, purpose: 'deadline-reminder', dueOn: reminder!.dueOn },
      pipeline.dependencies,
    );

    // Assess: no notice, no event, the case as it was.
    expect(outcome).toMatchObject({ applied: false });
    expect(pipeline.mailer.sent).toEqual([]);
    expect(await pipeline.cases.listEvents(caseId)).toEqual(events);
    expect(await pipeline.cases.getCase(caseId)).toEqual(moved);
  });
});
