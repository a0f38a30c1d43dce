import { z } from 'zod';
import { ConfigurationError } from './errors.js';

const address = z.email();

export const officeDirectorySchema = z.object({
  /** Local IRCC offices by the code the recommendation form's dropdown uses. */
  localOffices: z.record(z.string().regex(/^[A-Z_]+$/), z.object({ email: address })),
});

export type OfficeDirectory = z.infer<typeof officeDirectorySchema>;

/**
 * Validates the office directory at start-up: every office the forms offer must have an address,
 * so a form can never name an office the pipeline cannot reach.
 */
export function parseOfficeDirectory(value: unknown, officeCodesOnForms: readonly string[]): OfficeDirectory {
  const result = officeDirectorySchema.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigurationError(`Invalid office directory: ${problems.join('; ')}`);
  }
  const missing = officeCodesOnForms.filter((code) => !result.data.localOffices[code]);
  if (missing.length > 0) throw new ConfigurationError(`Office directory has no address for: ${missing.join(', ')}`);
  return result.data;
}
