import { validateForm as untimed } from '../../forms/validate-form.js';
import { timeStage } from '../measure/stage-clock.js';

export * from '../../forms/validate-form.js';

/** Field and cross-field validation of a form's values, timed as the `validation` stage. */
export const validateForm: typeof untimed = (...args) => timeStage('validation', () => untimed(...args));
