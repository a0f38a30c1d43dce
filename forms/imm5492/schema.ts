import type * as z from 'zod';
import { formDataSchema } from '../form-data-schema.js';
import { IMM5492_FIELDS } from './fields.js';

/** The schema of a valid Sponsor Assessment (IMM 5492)'s data, built from its fields: paths are the PDF field names. */
export const IMM5492_DATA = formDataSchema(IMM5492_FIELDS);

/** The typed content of a valid Sponsor Assessment (IMM 5492). */
export type Imm5492SponsorAssessment = z.infer<typeof IMM5492_DATA>;
