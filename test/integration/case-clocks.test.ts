import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  DescribeExecutionCommand,
  type DescribeExecutionCommandOutput,
  ExecutionAlreadyExists,
  paginateListExecutions,
  StartExecutionCommand,
} from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxEmail } from '../../bin/local-stack/outbox-server.js';
import { LOCAL_CLOCKS_STATE_MACHINE_ARN } from '../../bin/local-stack/start-local-stack.js';
import { fillForm } from '../../forms/fill-form.js';
import { sampleImm1324 } from '../../forms/imm1324/sample.js';
import { sampleImm5492 } from '../../forms/imm5492/sample.js';
import { sampleImm5494 } from '../../forms/imm5494/sample.js';
import { sampleJasRecommendation } from '../../forms/jas-recommendation/sample.js';
import { sampleJasRolesChecklist } from '../../forms/jas-roles-checklist/sample.js';
import { clockExecutionName, isClockExecutionOf } from '../../functions/adapters/sfn-policy-clocks.js';
import type { ClockPurpose } from '../../functions/domain/clock-request.js';
import { addCalendarMonths, startOfDayIn } from '../../kernel/policy-calendar.js';
import { startTestStack, type TestStack } from '../helpers/local-stack.js';
import {
  IN_OFFICER,
  OFFICE_MAILBOX,
  OFFICER,
  ROC_O_MAILBOX,
  ROC_O_OFFICER,
  RSTP_MAILBOX,
  Scenario,
  SPO,
  SPONSOR,
  SUPERVISOR,
} from '../helpers/scenario.js';

/**
 * The case-clocks state machine the CDK app synthesizes, executed by the local stack's Step
 * Functions, driven by officers' emails on chosen dates. First on a real-time clock, where no clock
 * fires within the test and every stop is the workflow's; then, on the same data, on a clock where
 * a calendar month passes in about 90 ms, which also proves that a restart re-arms the clocks.
 */

/** A calendar month in about 90 ms of real time. */
const FAST = 30_000_000;
const TIME_ZONE = 'America/Toronto';
const EXECUTION_PREFIX = LOCAL_CLOCKS_STATE_MACHINE_ARN.replace(':stateMachine:', ':execution:');

const dataDir = mkdtempSync(join(tmpdir(), 'jas-clocks-'));
/** The stack's "today": SES's receipt date and the pipeline's clock, moved by the tests. */
let today = '2027-03-31';
const now = () => new Date(Date.parse(startOfDayIn(today, TIME_ZONE)) + 12 * 60 * 60 * 1000);

let stack: TestStack;
let scenario: Scenario;
let uciCounter = 0;
/** Cases the first part leaves for the second: their clocks were stopped, or left running. */
const fromRealTime = { sponsorFound: '', endedEarly: '', leftRunning: '' };

async function describeExecution(name: string): Promise<DescribeExecutionCommandOutput> {
  return stack.pipeline.clients.sfn.send(new DescribeExecutionCommand({ executionArn: `${EXECUTION_PREFIX}:${name}` }));
}

/** The newest execution of a case's clock (its first leg), whatever its date. */
async function clock(caseId: string, purpose: ClockPurpose): Promise<string> {
  const pages = paginateListExecutions(
    { client: stack.pipeline.clients.sfn },
    { stateMachineArn: LOCAL_CLOCKS_STATE_MACHINE_ARN },
  );
  for await (const page of pages)
    for (const { name } of page.executions ?? [])
      if (name && isClockExecutionOf(name, caseId, purpose) && !name.endsWith(`${purpose}-2`)) return name;
  throw new Error(`No ${purpose} clock for ${caseId}`);
}

/** Waits (without a time assertion) until the execution has ended, and returns how. */
async function finished(name: string): Promise<DescribeExecutionCommandOutput> {
  for (let attempt = 0; ; attempt += 1) {
    const execution = await describeExecution(name).catch(() => undefined);
    if (execution && execution.status !== 'RUNNING') return execution;
    if (attempt > 600) throw new Error(`${name} did not finish`);
    await sleep(25);
  }
}

async function noticesFor(caseId: string): Promise<OutboxEmail[]> {
  return (await stack.outbox()).filter((notice) => notice.subject.includes(caseId));
}

function filled(formId: string, values: Record<string, string | boolean>) {
  return fillForm(formId, values).then((content) => ({ filename: `${formId}.pdf`, content: Buffer.from(content) }));
}

/** Steps 1–3 on `today`: the SPO's form, recommendation and concurrence, then IN's designation. */
async function designatedCase(
  overrides: Record<string, string | boolean> = {},
): Promise<{ caseId: string; uci: string }> {
  uciCounter += 1;
  const uci = `3000-${String(uciCounter).padStart(4, '0')}`;
  const form = await filled('jas-recommendation', {
    ...sampleJasRecommendation(today),
    'client.uci': uci,
    ...overrides,
  });
  const opened = await scenario.send(SPO, 'JAS In-Canada Recommendation Form', 'Attached.', [form]);
  expect(opened.outcome).toBe('case_updated');
  const caseId = opened.caseIds[0]!;
  expect((await scenario.send(OFFICER, `Re: [${caseId}] RECOMMEND`, 'Needs are well documented.')).outcome).toBe(
    'case_updated',
  );
  expect((await scenario.send(SUPERVISOR, `RE: [${caseId}] CONCUR`)).outcome).toBe('case_updated');
  expect((await scenario.send(IN_OFFICER, `[${caseId}] DESIGNATE`)).outcome).toBe('case_updated');
  // OB 646 step 5: RSTP promotes the case once ROC-O approves its profile. With clocks sped up,
  // the promotion may already have expired by then: the approval is then refused, as it should be.
  if ((await scenario.caseOf(caseId)).state === 'promotion')
    await scenario.send(ROC_O_OFFICER, `[${caseId}] APPROVE PROFILE`);
  return { caseId, uci };
}

/** Steps 1–10 on `today` for a case whose sponsor is identified (no promotion): the JAS is active. */
async function activeCase(): Promise<string> {
  const { caseId, uci } = await designatedCase({
    'sponsor.identified': 'yes',
    'sponsor.name': 'Grace Church Group',
    'sponsor.contactEmail': SPONSOR,
  });
  const arrival = (await scenario.caseOf(caseId)).recommendation.client.arrivalDate;
  const refugee = { 'refugee.uci': uci };
  const undertaking = [
    await filled('imm1324', {
      ...sampleImm1324(today),
      ...refugee,
      'refugee.arrivalDate': arrival,
      'sponsorship.startDate': arrival,
      'sponsorship.endDate': addCalendarMonths(arrival, 24),
    }),
    await filled('imm5492', { ...sampleImm5492(), ...refugee }),
    await filled('imm5494', { ...sampleImm5494(today), ...refugee }),
  ];
  expect((await scenario.send(SPONSOR, `Re: [${caseId}] Undertaking`, '', undertaking)).outcome).toBe('case_updated');
  expect((await scenario.send(ROC_O_OFFICER, `[${caseId}] APPROVE UNDERTAKING`)).outcome).toBe('case_updated');
  const checklist = await filled('jas-roles-checklist', { ...sampleJasRolesChecklist(today), 'client.uci': uci });
  expect((await scenario.send(SPO, `Re: [${caseId}] Checklist`, '', [checklist])).outcome).toBe('case_updated');
  expect((await scenario.send(OFFICER, `[${caseId}] CHECKLIST RECEIVED`)).outcome).toBe('case_updated');
  expect((await scenario.caseOf(caseId)).state).toBe('active');
  return caseId;
}

afterAll(async () => {
  await stack?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('on a real-time clock: the workflow stops clocks before they fire', () => {
  beforeAll(async () => {
    stack = await startTestStack({ dataDir, now });
    scenario = new Scenario(stack);
  });

  afterAll(async () => {
    await stack.stop({ keepData: true });
  });

  it('a sponsor found in month 3 stops the promotion clock: the stop notice says sponsor found, and nothing expires', async () => {
    // Prepare: designated on 31 March, promotion until 31 July at the latest.
    today = '2027-03-31';
    const { caseId } = await designatedCase();
    fromRealTime.sponsorFound = caseId;
    expect((await scenario.caseOf(caseId)).promotion).toEqual({
      startedOn: '2027-03-31',
      endsBy: '2027-07-31',
      profileApprovedOn: '2027-03-31',
    });
    expect(await describeExecution(await clock(caseId, 'promotion-expiry'))).toMatchObject({
      status: 'RUNNING',
      input: JSON.stringify({
        caseId,
        purpose: 'promotion-expiry',
        dueOn: '2027-07-31',
        dueAt: '2027-07-31T04:00:00.000Z',
      }),
    });

    // Act: month 3.
    today = '2027-06-30';
    expect(
      (await scenario.send(ROC_O_OFFICER, `[${caseId}] SPONSOR FOUND`, `Grace Church Group <${SPONSOR}>`)).outcome,
    ).toBe('case_updated');

    // Assess
    expect((await describeExecution(await clock(caseId, 'promotion-expiry'))).status).toBe('ABORTED');
    expect((await scenario.caseOf(caseId)).state).toBe('sponsor_found');
    const notices = await noticesFor(caseId);
    const stops = notices.filter(
      (notice) => notice.destination.to.includes(RSTP_MAILBOX) && notice.subject.includes('Stop promotion'),
    );
    expect(stops).toHaveLength(1);
    expect(stops[0]!.body.text).toContain('A sponsor was found for this case on 2027-06-30');
    expect(notices.filter((notice) => notice.subject.includes('No sponsor after 4 months'))).toEqual([]);
  });

  it('starting the same clock twice starts one execution; the name is refused with the typed error', async () => {
    // Prepare
    const clock = {
      caseId: 'JAS-2027-TWICE1',
      purpose: 'promotion-expiry' as const,
      dueOn: '2027-09-30',
      dueAt: startOfDayIn('2027-09-30', TIME_ZONE),
    };

    // Act
    await stack.pipeline.dependencies.policyClocks.start(clock);
    await stack.pipeline.dependencies.policyClocks.start(clock);
    const again = stack.pipeline.clients.sfn.send(
      new StartExecutionCommand({
        stateMachineArn: LOCAL_CLOCKS_STATE_MACHINE_ARN,
        name: clockExecutionName(clock.caseId, clock.purpose, clock.dueOn),
        input: JSON.stringify(clock),
      }),
    );

    // Assess
    await expect(again).rejects.toBeInstanceOf(ExecutionAlreadyExists);
    expect((await describeExecution(clockExecutionName(clock.caseId, clock.purpose, clock.dueOn))).status).toBe(
      'RUNNING',
    );
    await stack.pipeline.dependencies.policyClocks.cancel(clock);
    expect((await describeExecution(clockExecutionName(clock.caseId, clock.purpose, clock.dueOn))).status).toBe(
      'ABORTED',
    );
  });

  it('cancelling a far clock also stops the continuation it handed over to', async () => {
    // Prepare: a JAS end two years away, whose second leg runs (as it would after the first leg's hop).
    const clock = {
      caseId: 'JAS-2027-FARAWAY',
      purpose: 'jas-end' as const,
      dueOn: '2029-04-15',
      dueAt: startOfDayIn('2029-04-15', TIME_ZONE),
    };
    await stack.pipeline.dependencies.policyClocks.start(clock);
    await stack.pipeline.clients.sfn.send(
      new StartExecutionCommand({
        stateMachineArn: LOCAL_CLOCKS_STATE_MACHINE_ARN,
        name: `${clockExecutionName(clock.caseId, clock.purpose, clock.dueOn)}-2`,
        input: JSON.stringify(clock),
      }),
    );

    // Act
    await stack.pipeline.dependencies.policyClocks.cancel(clock);

    // Assess
    expect((await describeExecution(clockExecutionName(clock.caseId, clock.purpose, clock.dueOn))).status).toBe(
      'ABORTED',
    );
    expect((await describeExecution(`${clockExecutionName(clock.caseId, clock.purpose, clock.dueOn)}-2`)).status).toBe(
      'ABORTED',
    );
  });

  it('an early end stops the mid-point and end clocks', async () => {
    // Prepare
    today = '2027-04-15';
    const caseId = await activeCase();
    fromRealTime.endedEarly = caseId;
    expect((await describeExecution(await clock(caseId, 'midpoint-check-in'))).status).toBe('RUNNING');
    expect((await describeExecution(await clock(caseId, 'jas-end'))).status).toBe('RUNNING');

    // Act
    await scenario.send(OFFICER, `[${caseId}] SPONSOR AGREES TO END`, 'Forwarded: the sponsor agrees.');
    await scenario.send(OFFICER, `[${caseId}] CLIENT AGREES TO END`, 'Forwarded: the client agrees.');
    expect((await scenario.send(OFFICER, `[${caseId}] END EARLY`, 'Sponsor and client agree.')).outcome).toBe(
      'case_updated',
    );

    // Assess
    expect((await describeExecution(await clock(caseId, 'midpoint-check-in'))).status).toBe('ABORTED');
    expect((await describeExecution(await clock(caseId, 'jas-end'))).status).toBe('ABORTED');
    expect(await scenario.caseOf(caseId)).toMatchObject({
      state: 'ended',
      ended: { on: '2027-04-15', reason: 'mutual_agreement' },
    });
  });

  it('the office’s recommendation, once a supervisor concurs, stops a GAR case’s deadline reminder', async () => {
    // Prepare: opened on 31 March, three months after arrival: the reminder is set 30 days before month 8.
    today = '2027-03-31';
    uciCounter += 1;
    const form = await filled('jas-recommendation', {
      ...sampleJasRecommendation(today),
      'client.uci': `3000-${String(uciCounter).padStart(4, '0')}`,
    });
    const caseId = (await scenario.send(SPO, 'JAS In-Canada Recommendation Form', 'Attached.', [form])).caseIds[0]!;
    await scenario.send(OFFICER, `Re: [${caseId}] RECOMMEND`, 'Needs are well documented.');
    const reminder = await clock(caseId, 'deadline-reminder');
    expect((await describeExecution(reminder)).status).toBe('RUNNING');

    // Act
    await scenario.send(SUPERVISOR, `RE: [${caseId}] CONCUR`);

    // Assess
    expect((await scenario.caseOf(caseId)).state).toBe('recommended_to_in');
    expect((await describeExecution(reminder)).status).toBe('ABORTED');
  });

  it('leaves a promotion running when the stack stops (designated on 31 December)', async () => {
    today = '2027-12-31';
    fromRealTime.leftRunning = (await designatedCase()).caseId;
    expect((await describeExecution(await clock(fromRealTime.leftRunning, 'promotion-expiry'))).status).toBe('RUNNING');
  });
});

describe('restarted on the same data with a sped-up clock: clocks fire', () => {
  beforeAll(async () => {
    today = '2028-01-10';
    stack = await startTestStack({ dataDir, now, clockSpeedup: FAST });
    scenario = new Scenario(stack);
  });

  it('re-arms the clocks of the cases on file: the promotion left running expires at its 4 calendar months (30 April, over the year end)', async () => {
    // Assess: only that promotion's clock is still due (the other cases moved on or ended).
    expect(stack.clocks).toEqual({ speedup: FAST, rearmed: 1 });
    const execution = await finished(await clock(fromRealTime.leftRunning, 'promotion-expiry'));
    expect(execution.status).toBe('SUCCEEDED');
    expect(JSON.parse(execution.output!).applied.outcome).toMatchObject({
      purpose: 'promotion-expiry',
      dueOn: '2028-04-30',
      applied: true,
    });
    expect(await scenario.caseOf(fromRealTime.leftRunning)).toMatchObject({
      state: 'designated',
      flags: expect.arrayContaining(['promotion_expired']),
    });
    const stop = (await noticesFor(fromRealTime.leftRunning)).find((notice) =>
      notice.subject.includes('Stop promotion'),
    )!;
    expect(stop.body.text).toContain('ended on 2028-04-30 without a sponsor');
  });

  it('no sponsor: promotion starts, then at exactly 4 calendar months the stop notice goes to RSTP if it had the profile, the office is told and the case records the expiry (31 October → 28 February)', async () => {
    // Prepare
    today = '2028-10-31';

    // Act
    const { caseId } = await designatedCase();
    const execution = await finished(await clock(caseId, 'promotion-expiry'));

    // Assess
    expect(execution.status).toBe('SUCCEEDED');
    expect(JSON.parse(execution.input!)).toEqual({
      caseId,
      purpose: 'promotion-expiry',
      dueOn: '2029-02-28',
      dueAt: '2029-02-28T05:00:00.000Z',
    });
    expect(await scenario.caseOf(caseId)).toMatchObject({
      state: 'designated',
      promotion: { startedOn: '2028-10-31', endsBy: '2029-02-28' },
      flags: expect.arrayContaining(['promotion_expired']),
    });
    expect(await scenario.events(caseId)).toContain('promotion_expired');
    const notices = await noticesFor(caseId);
    const toRstp = notices.filter((notice) => notice.destination.to.includes(RSTP_MAILBOX));
    const toOffice = notices.find((notice) => notice.subject.includes('No sponsor after 4 months'))!;
    expect([...toOffice.destination.to].sort()).toEqual([OFFICE_MAILBOX, ROC_O_MAILBOX].sort());
    expect(toOffice.body.text).toContain('2029-02-28');
    // RSTP starts once ROC-O approves the profile; a month lasts 90 ms here, so the approval may come
    // after the expiry (and is then refused). RSTP is told to stop only a promotion it started.
    if ((await scenario.caseOf(caseId)).promotion?.profileApprovedOn) {
      expect(toRstp.map((notice) => notice.subject.includes('Stop promotion'))).toEqual([false, true]);
      expect(toRstp[1]!.body.text).toContain('ended on 2029-02-28 without a sponsor');
    } else {
      expect(toRstp).toEqual([]);
      expect(toOffice.body.text).toContain('ROC-O never approved the case’s de-identified profile');
    }
  });

  it('a posting extended after it ran out (EXTEND PROMOTION) gets a clock of its own, which expires on the new date', async () => {
    // Prepare: posted on 15 March 2029, run out on 15 July.
    today = '2029-03-15';
    const { caseId } = await designatedCase();
    const first = await finished(await clock(caseId, 'promotion-expiry'));
    expect(JSON.parse(first.output!).applied.outcome).toMatchObject({ dueOn: '2029-07-15', applied: true });

    // Act: posted again on 1 August, for 2 months.
    today = '2029-08-01';
    const extended = await scenario.send(OFFICER, `[${caseId}] EXTEND PROMOTION`, '2 months');
    expect(extended.outcome).toBe('case_updated');
    const second = await finished(await clock(caseId, 'promotion-expiry'));

    // Assess
    expect(JSON.parse(second.input!)).toMatchObject({ purpose: 'promotion-expiry', dueOn: '2029-10-01' });
    expect(JSON.parse(second.output!).applied.outcome).toMatchObject({ dueOn: '2029-10-01', applied: true });
    expect(await scenario.caseOf(caseId)).toMatchObject({
      state: 'designated',
      promotion: { startedOn: '2029-08-01', endsBy: '2029-10-01' },
    });
    // The office hears of each expiry (RSTP only of a promotion it started: ROC-O's approval may come too late here).
    const expiries = (await noticesFor(caseId)).filter((notice) => notice.subject.includes('No sponsor after'));
    for (const endedOn of ['2029-07-15', '2029-10-01'])
      expect(expiries.some((notice) => notice.body.text?.includes(endedOn))).toBe(true);
  });

  it('counts calendar months at the edges: 31 October → 29 February in a leap year, 29 February → 29 June', async () => {
    for (const [designatedOn, expiresOn] of [
      ['2027-10-31', '2028-02-29'],
      ['2028-02-29', '2028-06-29'],
    ] as const) {
      today = designatedOn;
      const { caseId } = await designatedCase();
      const execution = await finished(await clock(caseId, 'promotion-expiry'));
      expect(JSON.parse(execution.input!).dueOn).toBe(expiresOn);
      expect(JSON.parse(execution.output!).applied.outcome).toMatchObject({ dueOn: expiresOn, applied: true });
      expect(
        (await noticesFor(caseId)).find((notice) => notice.subject.includes('No sponsor after 4 months'))!.body.text,
      ).toContain(expiresOn);
    }
  });

  it('sends the mid-point check-in at 12 months and ends the JAS at 24, through a continuation execution past 11 months (arrival 29 February)', async () => {
    // Prepare: the sample form dates arrival 3 months before today.
    today = '2028-05-29';

    // Act
    const caseId = await activeCase();
    const midpoint = await finished(await clock(caseId, 'midpoint-check-in'));
    const firstLeg = await finished(await clock(caseId, 'jas-end'));
    const secondLeg = await finished(`${await clock(caseId, 'jas-end')}-2`);

    // Assess
    expect((await scenario.caseOf(caseId)).jasPeriod).toEqual({
      startsOn: '2028-02-29',
      midpointOn: '2029-02-28',
      endsOn: '2030-02-28',
    });
    expect(JSON.parse(midpoint.output!).applied.outcome).toMatchObject({ dueOn: '2029-02-28', applied: true });
    expect(JSON.parse(firstLeg.output!)).toMatchObject({ wait: { continueAs: `${await clock(caseId, 'jas-end')}-2` } });
    expect(JSON.parse(firstLeg.output!)).not.toHaveProperty('applied');
    expect(JSON.parse(secondLeg.input!)).toEqual(JSON.parse(firstLeg.input!));
    expect(JSON.parse(secondLeg.output!).applied.outcome).toMatchObject({ dueOn: '2030-02-28', applied: true });
    expect(await scenario.caseOf(caseId)).toMatchObject({
      state: 'ended',
      ended: { on: '2030-02-28', reason: 'period_completed' },
    });
    const notices = await noticesFor(caseId);
    const checkIn = notices.find((notice) => notice.subject.includes('Mid-point check-in'))!;
    expect(checkIn.destination.to).toEqual(expect.arrayContaining([SPONSOR, OFFICE_MAILBOX]));
    const ended = notices.find((notice) => notice.subject.includes('JAS ended'))!;
    expect(ended.body.text).toContain('ended on 2030-02-28');
    expect(ended.destination.to).toEqual(expect.arrayContaining([SPO, SPONSOR, OFFICE_MAILBOX]));
    expect(notices.indexOf(checkIn)).toBeLessThan(notices.indexOf(ended));
  });

  it('never sends the check-in or end notices of the JAS that ended early, nor the expiry of the promotion that found a sponsor', async () => {
    const endedEarly = await noticesFor(fromRealTime.endedEarly);
    expect(endedEarly.filter((notice) => notice.subject.includes('Mid-point check-in'))).toEqual([]);
    expect(
      endedEarly.filter((notice) => notice.subject.includes('JAS ended')).map((notice) => notice.body.text),
    ).toEqual([expect.stringContaining('ended early on 2027-04-15')]);
    expect(
      (await noticesFor(fromRealTime.sponsorFound)).filter((notice) =>
        notice.subject.includes('No sponsor after 4 months'),
      ),
    ).toEqual([]);
    expect(stack.clocks.rearmed).toBe(1);
  });
});
