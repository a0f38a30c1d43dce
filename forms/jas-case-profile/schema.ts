import type * as z from 'zod';
import { formDataSchema } from '../form-data-schema.js';
import { JAS_CASE_PROFILE_FIELDS } from './fields.js';

/** The schema of a valid case profile's data, built from its fields: paths are the PDF field names. */
export const JAS_CASE_PROFILE_DATA = formDataSchema(JAS_CASE_PROFILE_FIELDS);

/** The typed content of a valid case profile. */
export type JasCaseProfile = z.infer<typeof JAS_CASE_PROFILE_DATA>;
