import { describe, expect, it } from 'vitest';
import { continuationName, MAX_WAIT_DAYS, planClockWait } from '../../../functions/clock-wait.js';

describe('planClockWait', () => {
  it('waits for the clock itself when it is due within one execution', () => {
    // Prepare
    const request = {
      dueAt: '2027-02-28T05:00:00.000Z',
      startedAt: '2026-10-31T14:00:00.000Z',
      executionName: 'JAS-2026-AAAAAA-promotion-expiry',
    };

    // Act
    const wait = planClockWait(request);

    // Assess
    expect(wait).toEqual({ wakeAt: '2027-02-28T05:00:00.000Z', continueAs: null });
  });

  it('hops after MAX_WAIT_DAYS to a continuation when the clock is further away', () => {
    const wait = planClockWait({
      dueAt: '2028-07-01T04:00:00.000Z',
      startedAt: '2026-08-01T04:00:00.000Z',
      executionName: 'JAS-2026-AAAAAA-jas-end',
    });
    expect(wait).toEqual({
      wakeAt: new Date(Date.parse('2026-08-01T04:00:00.000Z') + MAX_WAIT_DAYS * 86_400_000).toISOString(),
      continueAs: 'JAS-2026-AAAAAA-jas-end-2',
    });
  });

  it('is exact at the boundary: due at the hop itself is due in this execution', () => {
    const startedAt = '2026-01-01T00:00:00.000Z';
    const hop = new Date(Date.parse(startedAt) + MAX_WAIT_DAYS * 86_400_000).toISOString();
    expect(planClockWait({ dueAt: hop, startedAt, executionName: 'x' }).continueAs).toBeNull();
  });

  it('refuses what is not an instant', () => {
    expect(() => planClockWait({ dueAt: 'soon', startedAt: '2026-01-01T00:00:00Z', executionName: 'x' })).toThrow(
      RangeError,
    );
  });
});

describe('continuationName', () => {
  it("numbers the legs -2, -3, … after the clock's own name", () => {
    expect(continuationName('JAS-2026-7K3Q9M-jas-end')).toBe('JAS-2026-7K3Q9M-jas-end-2');
    expect(continuationName('JAS-2026-7K3Q9M-jas-end-2')).toBe('JAS-2026-7K3Q9M-jas-end-3');
    expect(continuationName('JAS-2026-7K3Q9M-midpoint-check-in')).toBe('JAS-2026-7K3Q9M-midpoint-check-in-2');
  });
});
