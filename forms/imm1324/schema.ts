import type * as z from 'zod';
import { formDataSchema } from '../form-data-schema.js';
import { IMM1324_FIELDS } from './fields.js';

/** The schema of a valid sponsorship undertaking (IMM 1324)'s data, built from its fields: paths are the PDF field names. */
export const IMM1324_DATA = formDataSchema(IMM1324_FIELDS);

/** The typed content of a valid sponsorship undertaking (IMM 1324). */
export type Imm1324Undertaking = z.infer<typeof IMM1324_DATA>;
