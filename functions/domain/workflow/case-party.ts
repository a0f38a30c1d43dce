import type { CaseRecord } from '../case-record.js';
import { type Appointment, appointmentsOf, type Directory, isInDirectory } from '../directory.js';

/** What a sender is to a case: its SPO, its sponsor, staff of some office, or none of these. */
export interface CaseParty {
  readonly address: string;
  readonly isSubmitter: boolean;
  readonly isSponsor: boolean;
  readonly appointments: readonly Appointment[];
  /** Party to the case: may add to its file by replying with the tag. */
  readonly isParty: boolean;
}

/** Finds out who `address` is for `caseRecord`. */
export function casePartyOf(caseRecord: CaseRecord, address: string, directory: Directory): CaseParty {
  const wanted = address.toLowerCase();
  const { submitter, sponsor } = caseRecord.recommendation;
  const isSubmitter = submitter.email.toLowerCase() === wanted;
  const sponsorAddresses = [caseRecord.sponsor?.email, sponsor.contactEmail]
    .filter((email): email is string => Boolean(email))
    .map((email) => email.toLowerCase());
  const isSponsor = sponsorAddresses.includes(wanted);
  return {
    address: wanted,
    isSubmitter,
    isSponsor,
    appointments: appointmentsOf(directory, wanted),
    isParty: isSubmitter || isSponsor || isInDirectory(directory, wanted),
  };
}

/** The capacity recorded in the audit trail, e.g. `TORONTO supervisor`, `spo`, `sponsor`. */
export function describeCapacity(party: CaseParty): string {
  const capacities = [
    ...party.appointments.map(
      (appointment) => `${appointment.unit} ${appointment.roles.includes('supervisor') ? 'supervisor' : 'officer'}`,
    ),
    ...(party.isSubmitter ? ['spo'] : []),
    ...(party.isSponsor ? ['sponsor'] : []),
  ];
  return capacities.join(', ') || 'unknown';
}
