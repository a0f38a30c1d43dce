import type { BilingualText } from './bilingual-text.js';

/**
 * Base of every error the pipeline raises on purpose. `code` is stable (tests, logs and notices
 * key on it); `message` is English for operators; `explanation` is what the sender is told.
 * Messages never carry personal information: they name fields and limits, not values.
 */
export class JasError extends Error {
  override readonly name: string = 'JasError';
  constructor(
    readonly code: string,
    readonly explanation: BilingualText,
    options?: { cause?: unknown },
  ) {
    super(explanation.en, options);
  }
}

/** Type guard usable across bundles, where `instanceof` can fail. */
export function isJasError(error: unknown): error is JasError {
  return (
    error instanceof JasError ||
    (error instanceof Error &&
      typeof (error as Partial<JasError>).code === 'string' &&
      typeof (error as Partial<JasError>).explanation === 'object')
  );
}
