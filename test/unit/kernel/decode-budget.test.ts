import { deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DecodeBudget, DecodeBudgetExceededError } from '../../../kernel/decode-budget.js';
import { inflateWithinBudget } from '../../../kernel/inflate-within-budget.js';

const KB = 1024;

describe('a decode budget', () => {
  it('counts what is charged and refuses the charge that would pass the limit, for good', () => {
    // Prepare
    const budget = new DecodeBudget(10 * KB);

    // Act
    budget.charge(6 * KB);
    const refused = (() => {
      try {
        budget.charge(5 * KB);
      } catch (error) {
        return error;
      }
    })();

    // Assess
    expect(refused).toBeInstanceOf(DecodeBudgetExceededError);
    expect(refused).toMatchObject({ code: 'DECODE_BUDGET_EXCEEDED', limitBytes: 10 * KB });
    expect(budget).toMatchObject({ spentBytes: 6 * KB, remainingBytes: 0, exceeded: true });
    expect(() => budget.charge(1)).toThrow(DecodeBudgetExceededError);
  });

  it('explains the limit in English and French', () => {
    expect(new DecodeBudgetExceededError(64 * KB * KB).explanation).toEqual({
      en: 'The contents expand to more than 64 MB when opened.',
      fr: 'Le contenu dépasse 64 Mo une fois ouvert.',
    });
  });

  it('is a positive whole number of bytes', () => {
    expect(() => new DecodeBudget(0)).toThrow(RangeError);
    expect(() => new DecodeBudget(1.5)).toThrow(RangeError);
  });
});

describe('inflating within a budget', () => {
  it.each([
    ['zlib', deflateSync],
    ['raw', deflateRawSync],
    ['gzip', gzipSync],
  ] as const)('%s data that fits is inflated and charged', (format, deflate) => {
    // Prepare
    const budget = new DecodeBudget(100 * KB);

    // Act
    const inflated = inflateWithinBudget(budget, deflate(Buffer.alloc(100 * KB, 7)), format);

    // Assess
    expect(inflated.byteLength).toBe(100 * KB);
    expect(budget.remainingBytes).toBe(0);
    expect(budget.exceeded).toBe(false);
  });

  it('a bomb stops at the remaining budget instead of inflating in full', () => {
    // Prepare: 16 MB of zeros in 16 KB, against a budget of 1 MB of which 10 KB are spent
    const budget = new DecodeBudget(KB * KB);
    budget.charge(10 * KB);
    const bomb = deflateRawSync(Buffer.alloc(16 * KB * KB));

    // Act
    const attempt = () => inflateWithinBudget(budget, bomb, 'raw');

    // Assess
    expect(attempt).toThrow(DecodeBudgetExceededError);
    expect(budget.exceeded).toBe(true);
  });

  it('damaged data is zlib’s own error, and charges nothing', () => {
    // Prepare
    const budget = new DecodeBudget(KB);

    // Act
    const attempt = () => inflateWithinBudget(budget, Buffer.from('not deflate at all'), 'zlib');

    // Assess
    expect(attempt).toThrow(/header/);
    expect(budget.spentBytes).toBe(0);
  });
});
