import { describe, expect, it } from 'vitest';
import type { ClockPurpose } from '../../../functions/domain/clock-request.js';
import type { PolicyClocks } from '../../../functions/domain/ports.js';

export interface PolicyClocksUnderTest {
  clocks(): PolicyClocks;
  /** The case's clocks that are running, each with the date it fires on. */
  running(caseId: string): Promise<{ purpose: ClockPurpose; dueOn: string }[]>;
}

const clock = (caseId: string, purpose: ClockPurpose, dueOn: string) => ({
  caseId,
  purpose,
  dueOn,
  dueAt: `${dueOn}T04:00:00.000Z`,
});

/**
 * The contract of the PolicyClocks port, which decisions rely on: the Step Functions adapter
 * (against the local stack's Step Functions) and the in-memory one. Case ids are the caller's, so
 * that each run of the contract uses its own. Dates are years away: nothing fires during the test.
 */
export function policyClocksContract(name: string, subject: PolicyClocksUnderTest, caseIdPrefix: string): void {
  describe(`${name}: the policy clocks contract`, () => {
    const caseId = (suffix: string) => `${caseIdPrefix}${suffix}`;

    it('starts a clock once, however often it is started', async () => {
      const id = caseId('ONCE01');
      await subject.clocks().start(clock(id, 'promotion-expiry', '2031-07-31'));
      await subject.clocks().start(clock(id, 'promotion-expiry', '2031-07-31'));
      expect(await subject.running(id)).toEqual([{ purpose: 'promotion-expiry', dueOn: '2031-07-31' }]);
    });

    it('moves a clock to another date: cancelled, then started for the new date (a posting shortened or extended)', async () => {
      const id = caseId('MOVE01');
      await subject.clocks().start(clock(id, 'promotion-expiry', '2031-07-31'));
      await subject.clocks().cancel({ caseId: id, purpose: 'promotion-expiry' });
      await subject.clocks().start(clock(id, 'promotion-expiry', '2031-05-31'));
      expect(await subject.running(id)).toEqual([{ purpose: 'promotion-expiry', dueOn: '2031-05-31' }]);
    });

    it('starts a cancelled clock again for the same date (shortened, then extended back), and again', async () => {
      const id = caseId('BACK01');
      for (const dueOn of ['2031-07-31', '2031-05-31', '2031-07-31', '2031-05-31', '2031-07-31']) {
        await subject.clocks().cancel({ caseId: id, purpose: 'promotion-expiry' });
        await subject.clocks().start(clock(id, 'promotion-expiry', dueOn));
        expect(await subject.running(id)).toEqual([{ purpose: 'promotion-expiry', dueOn }]);
      }
    });

    it('cancels only the case’s clock of that purpose; cancelling a clock that never ran does nothing', async () => {
      const [id, other] = [caseId('KEEP01'), caseId('KEEP02')];
      await subject.clocks().cancel({ caseId: id, purpose: 'deadline-reminder' });
      await subject.clocks().start(clock(id, 'midpoint-check-in', '2031-04-15'));
      await subject.clocks().start(clock(id, 'jas-end', '2032-04-15'));
      await subject.clocks().start(clock(other, 'jas-end', '2032-04-15'));
      await subject.clocks().cancel({ caseId: id, purpose: 'midpoint-check-in' });
      expect(await subject.running(id)).toEqual([{ purpose: 'jas-end', dueOn: '2032-04-15' }]);
      expect(await subject.running(other)).toEqual([{ purpose: 'jas-end', dueOn: '2032-04-15' }]);
      await subject.clocks().cancel({ caseId: id, purpose: 'jas-end' });
      expect(await subject.running(id)).toEqual([]);
      expect(await subject.running(other)).toHaveLength(1);
    });
  });
}
