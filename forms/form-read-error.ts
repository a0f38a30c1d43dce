import { JasError } from '../kernel/jas-error.js';

/** A PDF could not be read as one of our forms; `code` says why (see read-errors.ts). */
export class FormReadError extends JasError {
  override readonly name = 'FormReadError';
}
