/**
 * The typed content of a valid JAS In-Canada Recommendation Form. Property paths are the PDF
 * field names (`client.uci` is field `client.uci`): see `fields.ts`, the single source.
 */
export interface JasRecommendation {
  caseType: 'GAR' | 'BVOR';
  /** e.g. "Survivors of Daesh": the part after the colon in the subject of the email to IN. */
  specialProgram?: string;
  client: {
    /** Digits only, 8 or 10. */
    uci: string;
    familyName: string;
    givenNames: string;
    /** YYYY-MM-DD */
    dateOfBirth: string;
    /** YYYY-MM-DD */
    arrivalDate: string;
    preferredLanguage: 'en' | 'fr';
  };
  familyComposition: string;
  destination: { city: string /** Two-letter province or territory code. */; province: string };
  criteria: {
    medicalNeeds: boolean;
    unusualFamilyConfiguration: boolean;
    otherSpecialNeeds: boolean;
    needsDescription: string;
    /** YYYY-MM-DD, on or after the arrival date. */
    needsIdentifiedOn: string;
  };
  sponsor: {
    identified: boolean;
    /** Present when a sponsor is identified. */
    name?: string;
    contactEmail?: string;
    /** BVOR cases only: whether the current sponsor can continue. */
    bvorSponsorContinues?: boolean;
  };
  bestInterestJustification: string;
  exceptionalCircumstances?: string;
  submitter: {
    kind: 'RAP_SPO' | 'SPONSORING_GROUP';
    organization: string;
    contactName: string;
    email: string;
    phone?: string;
  };
  /** A LOCAL_OFFICES code. */
  localOffice: string;
  consentToShare: true;
}
