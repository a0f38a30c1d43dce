import { JasError } from '../../kernel/jas-error.js';

/** The message itself cannot be read as email (empty, over the size limit, not MIME). */
export class UnreadableMessageError extends JasError {
  override readonly name = 'UnreadableMessageError';
}
