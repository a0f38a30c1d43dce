import type * as z from 'zod';
import { formDataSchema } from '../form-data-schema.js';
import { JAS_RECOMMENDATION_FIELDS } from './fields.js';

/** The schema of a valid JAS In-Canada Recommendation Form's data, built from its fields: paths are the PDF field names. */
export const JAS_RECOMMENDATION_DATA = formDataSchema(JAS_RECOMMENDATION_FIELDS);

/** The typed content of a valid JAS In-Canada Recommendation Form. */
export type JasRecommendation = z.infer<typeof JAS_RECOMMENDATION_DATA>;
