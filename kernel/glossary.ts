import type { BilingualText } from './bilingual-text.js';

/**
 * The program's terms in both official languages, as IRCC writes them in Operational Bulletin 646
 * (« Détermination au Canada des cas relevant du programme Parrainage d’aide conjointe ») and on
 * its sponsorship pages. Every notice and every form label says these terms this way; the
 * glossary test rejects the variants in {@link FRENCH_TO_AVOID}.
 */
export const TERMS = {
  /** The program. OB 646: « Parrainage d’aide conjointe (PAC) ». */
  jas: { en: 'Joint Assistance Sponsorship (JAS)', fr: 'parrainage d’aide conjointe (PAC)' },
  gar: { en: 'government-assisted refugee (GAR)', fr: 'réfugié pris en charge par le gouvernement (RPG)' },
  bvor: {
    en: 'blended visa office-referred refugee (BVOR)',
    fr: 'réfugié désigné par un bureau des visas (RDBV)',
  },
  rap: { en: 'Resettlement Assistance Program (RAP)', fr: 'Programme d’aide à la réinstallation (PAR)' },
  /** OB 646: « fournisseur de services (FS) »; the RAP's own are « FS du PAR ». */
  spo: { en: 'service provider organization (SPO)', fr: 'fournisseur de services (FS)' },
  localOffice: { en: 'local IRCC office', fr: 'bureau local d’IRCC' },
  in: {
    en: 'Resettlement Operations Division, International Network (IN)',
    fr: 'Division des opérations de réinstallation, Réseau international (RI)',
  },
  rocO: {
    en: 'Resettlement Operations Centre in Ottawa (ROC-O)',
    fr: 'Centre des opérations de la réinstallation – Ottawa (COR-O)',
  },
  rstp: {
    en: 'Refugee Sponsorship Training Program (RSTP)',
    fr: 'Programme de formation sur le parrainage privé des réfugiés (PFPR)',
  },
  sah: { en: 'sponsorship agreement holder (SAH)', fr: 'signataire d’entente de parrainage (SEP)' },
  sponsor: { en: 'sponsor', fr: 'répondant' },
  sponsoringGroup: { en: 'sponsoring group', fr: 'groupe de parrainage' },
  undertaking: { en: 'sponsorship undertaking', fr: 'engagement de parrainage' },
  checklist: {
    en: 'JAS Roles and Responsibilities Checklist',
    fr: 'liste de vérification des rôles et responsabilités du PAC',
  },
  caseConference: { en: 'case conference', fr: 'conférence de cas' },
  uci: { en: 'Unique Client Identifier (UCI)', fr: 'identificateur unique de client (IUC)' },
  gcms: { en: 'Global Case Management System (GCMS)', fr: 'Système mondial de gestion des cas (SMGC)' },
  ifhp: { en: 'Interim Federal Health Program (IFHP)', fr: 'Programme fédéral de santé intérimaire (PFSI)' },
  /** What sends and reads this mail, as its readers should call it (never "pipeline" in French). */
  service: { en: 'JAS intake service', fr: 'service de réception du PAC' },
} as const satisfies Record<string, BilingualText>;

/** The short forms, for labels and subjects. */
export const ABBREVIATIONS = {
  jas: { en: 'JAS', fr: 'PAC' },
  gar: { en: 'GAR', fr: 'RPG' },
  bvor: { en: 'BVOR', fr: 'RDBV' },
  rap: { en: 'RAP', fr: 'PAR' },
  spo: { en: 'SPO', fr: 'FS' },
  in: { en: 'IN', fr: 'RI' },
  rocO: { en: 'ROC-O', fr: 'COR-O' },
  rstp: { en: 'RSTP', fr: 'PFPR' },
  sah: { en: 'SAH', fr: 'SEP' },
  uci: { en: 'UCI', fr: 'IUC' },
  gcms: { en: 'GCMS', fr: 'SMGC' },
  ifhp: { en: 'IFHP', fr: 'PFSI' },
} as const satisfies Record<string, BilingualText>;

/** French that says a glossary term another way, each with what to write instead. */
export const FRENCH_TO_AVOID: readonly { readonly pattern: RegExp; readonly write: string }[] = [
  { pattern: /\bFSE\b/, write: 'FS (fournisseur de services)' },
  { pattern: /liste de contr[ôo]le/i, write: 'liste de vérification' },
  { pattern: /\bpipeline\b/i, write: 'le service (de réception du PAC)' },
  { pattern: /programme d[’']aide conjointe/i, write: 'parrainage d’aide conjointe (PAC)' },
  { pattern: /groupe de répondants/i, write: 'groupe de parrainage' },
  { pattern: /\bCOR-O\s*\(Ottawa\)|\bROC-O\b/, write: 'COR-O' },
  { pattern: /\bGAR\b|\bBVOR\b|\bSPO\b|\bUCI\b/, write: 'RPG, RDBV, FS, IUC' },
];

/**
 * Where French text breaks the program's typography: a colon not preceded by a narrow no-break
 * space (U+202F), as every notice and label writes it. Addresses, URLs, times and the reply
 * prefixes of a quoted subject (`Fwd:`, `TR:`) are not French prose.
 */
export function frenchColonProblems(text: string): string[] {
  const prose = text
    .replace(/\b(?:mailto|https?|s3|smtp):\S*/g, ' ')
    .replace(/\S+@\S+/g, ' ')
    .replace(/\d:\d/g, ' ')
    .replace(/\b(?:re|fwd?|tr|réf)\s*:/gi, ' ');
  return [...prose.matchAll(/(.{0,20})(?<!\u202f):/gu)].map((match) => `${match[1]}:`);
}
