import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxEmail } from '../../bin/local-stack/outbox-server.js';
import type { CaseWrite } from '../../functions/domain/ports.js';
import { failNextCalls } from '../helpers/fault-injection.js';
import { startTestStack, type TestStack } from '../helpers/local-stack.js';
import { IN_OFFICER, OFFICER, recommendationPdf, Scenario, SPO, SUPERVISOR } from '../helpers/scenario.js';

let stack: TestStack;
let scenario: Scenario;
let clientNumber = 0;

beforeAll(async () => {
  stack = await startTestStack();
  scenario = new Scenario(stack);
});

afterAll(async () => {
  await stack.stop();
});

/** Each notice's subject and recipients, counted: a notice sent twice shows up as 2. */
function countBySubject(notices: readonly OutboxEmail[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const notice of notices) {
    const key = `${notice.destination.to.join(',')} ${notice.subject}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/** Picks the writes together that hold a write of this kind. */
function writing(kind: CaseWrite['write']) {
  return (writes: readonly CaseWrite[]) => writes.some((write) => write.write === kind);
}

async function sendForm(uci: string) {
  return scenario.send(SPO, 'JAS recommendation', '', [await recommendationPdf(uci)]);
}

describe('a dependency fails, then comes back: every message ends in one outcome, no notice twice', () => {
  const deps = () => stack.pipeline.dependencies;

  it.each([
    ['S3 read', () => failNextCalls(deps().mailStore, 'getRawMessage', 1)],
    ['S3 write of the case document', () => failNextCalls(deps().mailStore, 'putCaseDocument', 2)],
    ['DynamoDB case write', () => failNextCalls(deps().cases, 'writeTogether', 1, { when: writing('create-case') })],
    [
      'DynamoDB outcome write, after the notices went out',
      () => failNextCalls(deps().cases, 'recordMessageOutcome', 2),
    ],
    ['SESv2 send', () => failNextCalls(stack.pipeline.adapters.mailer, 'send', 2)],
  ])('%s', async (_dependency, inject) => {
    await scenario.newNotices();
    const fault = inject();
    clientNumber += 1;
    const outcome = await sendForm(`3000-${String(clientNumber).padStart(4, '0')}`);
    fault.restore();
    expect(fault.failures()).toBeGreaterThan(0);
    expect(outcome.outcome).toBe('case_updated');
    const notices = await scenario.newNotices();
    expect(Object.values(countBySubject(notices))).toEqual([1, 1]);
    expect(await deps().cases.findMessageOutcome(outcome.messageKey)).toEqual(outcome);
  });

  it('the workflow start (a clock) fails after the designation was applied', async () => {
    const outcome = await sendForm('3100-0001');
    const caseId = outcome.caseIds[0]!;
    await scenario.send(SUPERVISOR, `[${caseId}] RECOMMEND`);
    await scenario.newNotices();
    const fault = failNextCalls(deps().policyClocks, 'start', 2);
    const designated = await scenario.send(IN_OFFICER, `[${caseId}] DESIGNATE`);
    fault.restore();
    expect(fault.failures()).toBe(2);
    expect(designated.outcome).toBe('case_updated');
    expect((await scenario.caseOf(caseId)).state).toBe('promotion');
    const counts = countBySubject(await scenario.newNotices());
    expect(Object.keys(counts)).toHaveLength(4);
    expect(Object.values(counts).every((count) => count === 1)).toBe(true);
    expect((await scenario.events(caseId)).filter((type) => type === 'designated')).toHaveLength(1);
  });

  it('a dependency that stays down: the message is quarantined with its reason and kept', async () => {
    const fault = failNextCalls(stack.pipeline.adapters.mailer, 'send', 1000);
    const outcome = await sendForm('3100-0002');
    fault.restore();
    expect(outcome).toMatchObject({ outcome: 'quarantined', reasonCode: 'PROCESSING_FAILED' });
    expect(outcome.reason).toContain(outcome.messageKey);
    expect(await deps().mailStore.getRawMessage(outcome.messageKey)).toBeDefined();
  });

  it('an officer action whose case write conflicts is applied once', async () => {
    const outcome = await sendForm('3100-0003');
    const caseId = outcome.caseIds[0]!;
    const fault = failNextCalls(deps().cases, 'writeTogether', 1, { when: writing('update-case') });
    await scenario.send(OFFICER, `[${caseId}] REQUEST INFO`, 'Please send the assessment.');
    fault.restore();
    expect(fault.failures()).toBe(1);
    expect(await scenario.caseOf(caseId)).toMatchObject({ state: 'info_requested', version: 2 });
  });
});
