import type * as z from 'zod';
import { formDataSchema } from '../form-data-schema.js';
import { IMM5494_FIELDS } from './fields.js';

/** The schema of a valid Settlement Plan (IMM 5494)'s data, built from its fields: paths are the PDF field names. */
export const IMM5494_DATA = formDataSchema(IMM5494_FIELDS);

/** The typed content of a valid Settlement Plan (IMM 5494). */
export type Imm5494SettlementPlan = z.infer<typeof IMM5494_DATA>;
