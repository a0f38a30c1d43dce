import { describe, expect, it } from 'vitest';
import { findCaseId, newCaseId, subjectTag } from '../../../functions/domain/case-tag.js';

describe('case tag', () => {
  it('is the opening year and six Crockford characters', () => {
    const ids = new Set(Array.from({ length: 500 }, () => newCaseId(new Date('2026-11-23T12:00:00Z'))));
    expect(ids.size).toBe(500);
    for (const id of ids) expect(id).toMatch(/^JAS-2026-[0-9ABCDEFGHJKMNPQRSTVWXYZ]{6}$/);
  });

  it('uses the injected randomness', () => {
    expect(newCaseId(new Date('2027-01-01T00:00:00Z'), () => 31)).toBe('JAS-2027-ZZZZZZ');
  });

  it('is found in a subject whatever surrounds it', () => {
    for (const subject of [
      'Re: TR: Fwd: [JAS-2026-7K3Q9M] Acknowledgement',
      'RE:[EXT] jas-2026-7k3q9m',
      'Accusé de réception (JAS-2026-7K3Q9M)',
    ]) {
      expect(findCaseId(subject)).toBe('JAS-2026-7K3Q9M');
    }
    expect(subjectTag('JAS-2026-7K3Q9M')).toBe('[JAS-2026-7K3Q9M]');
  });

  it('reads letters confused over the phone as Crockford does', () => {
    expect(findCaseId('[JAS-2026-OK3Q9L]')).toBe('JAS-2026-0K3Q91');
  });

  it('finds nothing in a subject without a tag or with a longer token', () => {
    expect(findCaseId('JAS recommendation for a family')).toBeUndefined();
    expect(findCaseId('JAS-2026-7K3Q9MX')).toBeUndefined();
    expect(findCaseId('JAS-2026-7K3U9M')).toBeUndefined();
  });
});
