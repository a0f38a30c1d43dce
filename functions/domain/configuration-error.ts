import { JasError } from '../../kernel/jas-error.js';

/** Configuration is missing or invalid: raised at start-up, never while handling a message. */
export class ConfigurationError extends JasError {
  override readonly name = 'ConfigurationError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('CONFIGURATION_INVALID', { en: message, fr: message }, options);
  }
}
