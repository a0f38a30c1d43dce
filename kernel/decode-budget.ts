import { JasError } from './jas-error.js';

function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10}`;
}

/** Decoding (inflating, decrypting, expanding filters) would produce more bytes than the budget allows. */
export class DecodeBudgetExceededError extends JasError {
  override readonly name = 'DecodeBudgetExceededError';
  constructor(readonly limitBytes: number) {
    super('DECODE_BUDGET_EXCEEDED', {
      en: `The contents expand to more than ${megabytes(limitBytes)} MB when opened.`,
      fr: `Le contenu dépasse ${megabytes(limitBytes).replace('.', ',')} Mo une fois ouvert.`,
    });
  }
}

/**
 * How many decoded bytes one piece of work (reading one message's PDFs, opening one archive) may
 * produce, across every stream and every filter of a chain: each decoder charges its output here
 * before it allocates it. Once exceeded it stays exceeded, so a caller that swallows the error
 * (pdf-lib skips objects it cannot parse) still learns of it from `exceeded`.
 */
export class DecodeBudget {
  #spentBytes = 0;
  #exceeded = false;

  constructor(readonly limitBytes: number) {
    if (!Number.isSafeInteger(limitBytes) || limitBytes <= 0)
      throw new RangeError(`A decode budget is a positive number of bytes, not ${limitBytes}`);
  }

  get spentBytes(): number {
    return this.#spentBytes;
  }

  get remainingBytes(): number {
    return this.#exceeded ? 0 : this.limitBytes - this.#spentBytes;
  }

  get exceeded(): boolean {
    return this.#exceeded;
  }

  /** Records `bytes` more of decoded output, or throws `DecodeBudgetExceededError` when they do not fit. */
  charge(bytes: number): void {
    if (this.#exceeded || bytes > this.limitBytes - this.#spentBytes) {
      this.#exceeded = true;
      throw new DecodeBudgetExceededError(this.limitBytes);
    }
    this.#spentBytes += bytes;
  }
}
