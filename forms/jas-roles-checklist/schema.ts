import type * as z from 'zod';
import { formDataSchema } from '../form-data-schema.js';
import { JAS_ROLES_FIELDS } from './fields.js';

/** The schema of a valid JAS Roles and Responsibilities Checklist's data, built from its fields: paths are the PDF field names. */
export const JAS_ROLES_DATA = formDataSchema(JAS_ROLES_FIELDS);

/** The typed content of a valid JAS Roles and Responsibilities Checklist. */
export type JasRolesChecklist = z.infer<typeof JAS_ROLES_DATA>;
