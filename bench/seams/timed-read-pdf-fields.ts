import { readPdfFields as untimed } from '../../forms/read-pdf-fields.js';
import { timeStage } from '../measure/stage-clock.js';

export * from '../../forms/read-pdf-fields.js';

/** The form reader's PDF work (load, AcroForm fields, XFA, identity), timed as the `pdf` stage. */
export const readPdfFields: typeof untimed = (...args) => timeStage('pdf', () => untimed(...args));
