import type { BilingualText } from './bilingual.js';

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

/** The message itself cannot be read as email (empty, over the size limit, not MIME). */
export class UnreadableMessageError extends JasError {
  override readonly name = 'UnreadableMessageError';
}

/** A PDF could not be read as one of our forms; `code` says why (see forms/read-errors.ts). */
export class FormReadError extends JasError {
  override readonly name = 'FormReadError';
}

/** Configuration is missing or invalid: raised at start-up, never while handling a message. */
export class ConfigurationError extends JasError {
  override readonly name = 'ConfigurationError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('CONFIGURATION_INVALID', { en: message, fr: message }, options);
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
