import * as z from 'zod';
import type { BilingualText } from '../../kernel/bilingual-text.js';
import { ConfigurationError } from './configuration-error.js';

const address = z.email().transform((value) => value.toLowerCase());
const staff = z.array(z.object({ email: address, roles: z.array(z.enum(['officer', 'supervisor'])).min(1) }));
const office = z.object({ email: address, staff: staff.default([]) });

const directorySchema = z.object({
  /** Where anything the pipeline cannot place goes, with the reason. */
  triage: address,
  /** Local IRCC offices by the code the recommendation form's dropdown uses. */
  localOffices: z.record(z.string().regex(/^[A-Z_]+$/), office),
  /** Resettlement Operations Division, International Network (IN): designates JAS cases. */
  resettlementOperations: office,
  /** Resettlement Operations Centre, Ottawa: tracks cases, liaises with RSTP, approves undertakings. */
  rocO: office,
  /** Refugee Sponsorship Training Program: promotes cases to sponsors. */
  rstp: office,
  /** Ministère de l'Immigration (Québec): urgent protection cases destined to Quebec. */
  midi: office,
  routing: z.object({
    rules: z.array(
      z.union([
        z.object({ subjectContains: z.string().min(3), route: z.literal('urgent-protection') }),
        z.object({ recipient: address, route: z.literal('urgent-protection') }),
      ]),
    ),
  }),
});

export type Directory = z.infer<typeof directorySchema>;
export type CentralUnit = 'resettlementOperations' | 'rocO' | 'rstp' | 'midi';
export type StaffRole = 'officer' | 'supervisor';

/** Where an address works and what it may do there. */
export interface Appointment {
  /** A local office code, or a central unit. */
  readonly unit: string;
  readonly roles: readonly StaffRole[];
}

export const CENTRAL_UNIT_NAMES: Readonly<Record<CentralUnit, BilingualText>> = {
  resettlementOperations: {
    en: 'Resettlement Operations Division, International Network (IN)',
    fr: 'Division des opérations de réinstallation, Réseau international (RI)',
  },
  rocO: {
    en: 'Resettlement Operations Centre in Ottawa (ROC-O)',
    fr: 'Centre des opérations de réinstallation à Ottawa (COR-O)',
  },
  rstp: {
    en: 'Refugee Sponsorship Training Program (RSTP)',
    fr: 'Programme de formation sur le parrainage privé des réfugiés (PFPR)',
  },
  midi: { en: 'Ministère de l’Immigration (Québec)', fr: 'Ministère de l’Immigration (Québec)' },
};

/**
 * Validates the directory at start-up: every office the forms offer must have an address, so a
 * form can never name an office the pipeline cannot reach. Fails with every problem named.
 */
export function parseDirectory(value: unknown, officeCodesOnForms: readonly string[]): Directory {
  const result = directorySchema.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigurationError(`Invalid directory: ${problems.join('; ')}`);
  }
  const missing = officeCodesOnForms.filter((code) => !result.data.localOffices[code]);
  if (missing.length > 0) throw new ConfigurationError(`Directory has no local office for: ${missing.join(', ')}`);
  return result.data;
}

/** Every unit where `address` is on staff, with its roles there. */
export function appointmentsOf(directory: Directory, address: string): Appointment[] {
  const wanted = address.toLowerCase();
  const units: [string, z.infer<typeof office>][] = [
    ...Object.entries(directory.localOffices),
    ...(Object.keys(CENTRAL_UNIT_NAMES) as CentralUnit[]).map((unit): [string, z.infer<typeof office>] => [
      unit,
      directory[unit],
    ]),
  ];
  return units.flatMap(([unit, { staff: members }]) =>
    members.filter((member) => member.email === wanted).map((member) => ({ unit, roles: member.roles })),
  );
}

/** True when the address is an office mailbox or a staff member in the directory. */
export function isInDirectory(directory: Directory, address: string): boolean {
  const wanted = address.toLowerCase();
  const mailboxes = [
    ...Object.values(directory.localOffices),
    ...(Object.keys(CENTRAL_UNIT_NAMES) as CentralUnit[]).map((unit) => directory[unit]),
  ].map((unit) => unit.email);
  return mailboxes.includes(wanted) || appointmentsOf(directory, wanted).length > 0;
}
