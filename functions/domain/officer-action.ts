import type { BilingualText } from '../../kernel/bilingual-text.js';

/** What an officer (or party) can ask of a case by email, one per message. */
export type OfficerActionKind =
  | 'RECOMMEND'
  | 'CONCUR'
  | 'REQUEST_INFO'
  | 'DESIGNATE'
  | 'DECLINE'
  | 'APPROVE_PROFILE'
  | 'SPONSOR_FOUND'
  | 'APPROVE_UNDERTAKING'
  | 'CHECKLIST_RECEIVED'
  | 'CONCERN'
  | 'END_EARLY'
  | 'CONSIDER_LATE'
  | 'SHORTEN_PROMOTION'
  | 'EXTEND_PROMOTION'
  | 'PLACE_ON_RAP'
  | 'WAIVE_SETTLEMENT_PLAN'
  | 'REQUIRE_SETTLEMENT_PLAN'
  | 'SPONSOR_AGREES_TO_END'
  | 'CLIENT_AGREES_TO_END'
  | 'GCMS_DONE';

/** The words that name each action in a subject or on a body's first line, English then French. */
export const ACTION_WORDS: Readonly<Record<OfficerActionKind, BilingualText>> = {
  RECOMMEND: { en: 'RECOMMEND', fr: 'RECOMMANDER' },
  CONCUR: { en: 'CONCUR', fr: 'APPUYER' },
  REQUEST_INFO: { en: 'REQUEST INFO', fr: 'DEMANDE DE RENSEIGNEMENTS' },
  DESIGNATE: { en: 'DESIGNATE', fr: 'DÉSIGNER' },
  DECLINE: { en: 'DECLINE', fr: 'REFUSER' },
  APPROVE_PROFILE: { en: 'APPROVE PROFILE', fr: 'APPROUVER LE PROFIL' },
  SPONSOR_FOUND: { en: 'SPONSOR FOUND', fr: 'RÉPONDANT TROUVÉ' },
  APPROVE_UNDERTAKING: { en: 'APPROVE UNDERTAKING', fr: 'APPROUVER L’ENGAGEMENT' },
  CHECKLIST_RECEIVED: { en: 'CHECKLIST RECEIVED', fr: 'LISTE DE VÉRIFICATION REÇUE' },
  CONCERN: { en: 'CONCERN', fr: 'PRÉOCCUPATION' },
  END_EARLY: { en: 'END EARLY', fr: 'FIN ANTICIPÉE' },
  CONSIDER_LATE: { en: 'CONSIDER LATE FORM', fr: 'EXAMINER LE FORMULAIRE TARDIF' },
  SHORTEN_PROMOTION: { en: 'SHORTEN PROMOTION', fr: 'RACCOURCIR LA PROMOTION' },
  EXTEND_PROMOTION: { en: 'EXTEND PROMOTION', fr: 'PROLONGER LA PROMOTION' },
  PLACE_ON_RAP: { en: 'RAP INSTEAD', fr: 'PAR PLUTÔT' },
  WAIVE_SETTLEMENT_PLAN: { en: 'WAIVE SETTLEMENT PLAN', fr: 'DISPENSER DU PLAN D’ÉTABLISSEMENT' },
  REQUIRE_SETTLEMENT_PLAN: { en: 'REQUIRE SETTLEMENT PLAN', fr: 'EXIGER LE PLAN D’ÉTABLISSEMENT' },
  SPONSOR_AGREES_TO_END: { en: 'SPONSOR AGREES TO END', fr: 'ACCORD DU RÉPONDANT POUR METTRE FIN' },
  CLIENT_AGREES_TO_END: { en: 'CLIENT AGREES TO END', fr: 'ACCORD DU CLIENT POUR METTRE FIN' },
  GCMS_DONE: { en: 'GCMS DONE', fr: 'SMGC FAIT' },
};

/** What each action means, for notices and refusals. */
export const ACTION_DESCRIPTIONS: Readonly<Record<OfficerActionKind, BilingualText>> = {
  RECOMMEND: { en: 'Recommend to IN for JAS designation', fr: 'Recommander au RI la désignation PAC' },
  CONCUR: {
    en: 'Concur with the recommendation (supervisor or manager)',
    fr: 'Appuyer la recommandation (superviseur ou gestionnaire)',
  },
  REQUEST_INFO: { en: 'Request information from the SPO', fr: 'Demander des renseignements au FS' },
  DESIGNATE: { en: 'Designate as JAS', fr: 'Désigner comme cas PAC' },
  DECLINE: { en: 'Decline JAS designation', fr: 'Refuser la désignation PAC' },
  APPROVE_PROFILE: {
    en: 'Approve the de-identified profile and send it to RSTP',
    fr: 'Approuver le profil dépersonnalisé et l’envoyer au PFPR',
  },
  SPONSOR_FOUND: { en: 'Record that a sponsor was found', fr: 'Indiquer qu’un répondant a été trouvé' },
  APPROVE_UNDERTAKING: { en: 'Approve the sponsorship undertaking', fr: 'Approuver l’engagement de parrainage' },
  CHECKLIST_RECEIVED: {
    en: 'Confirm the roles and responsibilities checklist was reviewed',
    fr: 'Confirmer l’examen de la liste de vérification des rôles et responsabilités',
  },
  CONCERN: { en: 'Report a concern to IN', fr: 'Signaler une préoccupation au RI' },
  END_EARLY: { en: 'End the JAS early by mutual agreement', fr: 'Mettre fin au PAC plus tôt d’un commun accord' },
  CONSIDER_LATE: {
    en: 'Consider a recommendation form received after the 8-month deadline',
    fr: 'Examiner un formulaire de recommandation reçu après le délai de 8 mois',
  },
  SHORTEN_PROMOTION: {
    en: 'Shorten the promotion to sponsors (months from its start)',
    fr: 'Raccourcir la promotion auprès des répondants (mois depuis son début)',
  },
  EXTEND_PROMOTION: {
    en: 'Extend or post again the promotion to sponsors (at most 4 months)',
    fr: 'Prolonger ou afficher de nouveau la promotion auprès des répondants (4 mois au plus)',
  },
  PLACE_ON_RAP: {
    en: 'Put the client on the RAP instead (BVOR sponsorship breakdown)',
    fr: 'Inscrire le client au PAR plutôt (échec du parrainage d’un RDBV)',
  },
  WAIVE_SETTLEMENT_PLAN: {
    en: 'Waive the settlement plan (IMM 5494)',
    fr: 'Dispenser du plan d’établissement (IMM 5494)',
  },
  REQUIRE_SETTLEMENT_PLAN: {
    en: 'Require the settlement plan (IMM 5494)',
    fr: 'Exiger le plan d’établissement (IMM 5494)',
  },
  SPONSOR_AGREES_TO_END: {
    en: 'Record the sponsor’s agreement to end the JAS early',
    fr: 'Consigner l’accord du répondant pour mettre fin au PAC plus tôt',
  },
  CLIENT_AGREES_TO_END: {
    en: 'Record the refugee’s agreement to end the JAS early',
    fr: 'Consigner l’accord du réfugié pour mettre fin au PAC plus tôt',
  },
  GCMS_DONE: {
    en: 'Record that ROC-O’s GCMS tasks due so far are done',
    fr: 'Indiquer que les tâches du COR-O dans le SMGC dues à ce jour sont faites',
  },
};

/** The word that asks for ROC-O's spreadsheet and the indicators, English then French. */
export const REPORT_WORDS: BilingualText = { en: 'REPORT', fr: 'RAPPORT' };

/** An action as read from a message: the kind, and the free text after it (a question, a reason, the sponsor). */
export interface OfficerAction {
  readonly kind: OfficerActionKind;
  readonly text: string;
}

const REPLY_PREFIXES = /^(?:\s*(?:re|tr|fw|fwd|aw|wg|réf|ref|rép|rep)\s*(?:\[\d+\])?\s*:\s*)+/i;
const TAG = /\[?JAS-\d{4}-[0-9A-Z]{6}\]?/i;
// Quoted history starts at the first "> " line or "On … wrote:" / "Le … a écrit :" line.
const QUOTED_HISTORY =
  /^(?:>|On .+ wrote:|Le .+ a écrit\s?:|-----\s*Original Message|-----\s*Message d’origine|From:|De :)/im;

function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, "'")
    .toUpperCase();
}

const KEYWORDS: readonly { kind: OfficerActionKind; words: string }[] = Object.entries(ACTION_WORDS)
  .flatMap(([kind, words]) =>
    [words.en, words.fr].map((word) => ({ kind: kind as OfficerActionKind, words: normalize(word) })),
  )
  // Longest first, so "APPROVE UNDERTAKING" is not read as a shorter word it starts with.
  .sort((a, b) => b.words.length - a.words.length);

function actionAtStart(line: string): OfficerAction | undefined {
  const normalized = normalize(line.trim());
  for (const { kind, words } of KEYWORDS) {
    if (
      normalized === words ||
      normalized.startsWith(`${words} `) ||
      normalized.startsWith(`${words}:`) ||
      normalized.startsWith(`${words} -`)
    ) {
      return {
        kind,
        text: line
          .trim()
          .slice(words.length)
          .replace(/^\s*[:\-–—]?\s*/, ''),
      };
    }
  }
  return undefined;
}

/**
 * Reads the one action a message asks for: in the subject after the case tag (`Re: [JAS-…] RECOMMEND`),
 * or on the first line of the body. The text after the action word on that line, and the rest of
 * the body above any quoted history, is the action's text.
 */
export function readOfficerAction(subject: string, body: string): OfficerAction | undefined {
  const fresh = body.split(QUOTED_HISTORY)[0]!.trim();
  const subjectRest = subject.replace(REPLY_PREFIXES, '').replace(TAG, '').trim();
  const fromSubject = actionAtStart(subjectRest);
  if (fromSubject) return { kind: fromSubject.kind, text: [fromSubject.text, fresh].filter(Boolean).join('\n').trim() };
  const [firstLine = '', ...rest] = fresh.split(/\r?\n/);
  const fromBody = actionAtStart(firstLine);
  if (!fromBody) return undefined;
  return { kind: fromBody.kind, text: [fromBody.text, rest.join('\n').trim()].filter(Boolean).join('\n').trim() };
}

/**
 * The subject of a reply that asks for an action: the case tag and the action word in the
 * reader's language, so nobody types the syntax and {@link readOfficerAction} reads it back.
 */
export function actionSubject(caseId: string, kind: OfficerActionKind, language: keyof BilingualText = 'en'): string {
  return `[${caseId}] ${ACTION_WORDS[kind][language]}`;
}

/** `JAS Intake <jas@x>` → `jas@x`. */
export function bareAddress(address: string): string {
  return /<([^>]+)>/.exec(address)?.[1] ?? address.trim();
}

/**
 * Whether a message asks for the reports: its subject (after any reply prefix and case tag), or
 * else its body's first line, is the word REPORT or RAPPORT alone. A subject that merely starts
 * with "Report" ("Report of concern") asks for nothing.
 */
export function asksForReports(subject: string, body: string): boolean {
  const words = new Set([normalize(REPORT_WORDS.en), normalize(REPORT_WORDS.fr)]);
  const bare = (line: string) => normalize(line.trim()).replace(/[\s.!:;,-]+$/, '');
  const subjectRest = subject.replace(REPLY_PREFIXES, '').replace(TAG, '');
  const firstLine = body.split(QUOTED_HISTORY)[0]!.trim().split(/\r?\n/)[0] ?? '';
  return words.has(bare(subjectRest)) || (bare(subjectRest) === '' && words.has(bare(firstLine)));
}
