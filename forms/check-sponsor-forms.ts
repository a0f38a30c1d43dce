import type { BilingualText } from '../kernel/bilingual-text.js';
import type { FieldDefinition } from './field-definition.js';
import { type FieldProblem, fieldProblem } from './field-problem.js';
import { getForm, type TypedFormData } from './registry.js';

/** What the case file already knows when the sponsor's forms arrive. */
export interface SponsorCaseFacts {
  /** The case's UCI, digits only. */
  readonly uci: string;
  /** The sponsor identified for the case (group or SAH name), when known. */
  readonly sponsorName?: string;
  /** Whether the case requires a Settlement Plan (IMM 5494). */
  readonly settlementPlanRequired: boolean;
}

const SPONSOR_FORMS = ['imm1324', 'imm5492', 'imm5494'] as const;

/** Names compared the way people retype them: case, accents, punctuation and spacing do not count. */
function sameName(a: string, b: string): boolean {
  const fold = (text: string): string =>
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return fold(a) === fold(b);
}

function field(formId: string, name: string): FieldDefinition {
  const definition = getForm(formId)?.fields.find((candidate) => candidate.name === name);
  if (!definition) throw new Error(`Form ${formId} has no field ${name}`);
  return definition;
}

function missing(formId: string): FieldProblem {
  const title = getForm(formId)?.title ?? { en: formId, fr: formId };
  return fieldProblem({ name: formId, label: title }, 'FORM_MISSING', {
    en: 'is missing: please send it with the others.',
    fr: 'est manquant\u202f: veuillez l’envoyer avec les autres.',
  });
}

const UCI_MISMATCH: BilingualText = {
  en: 'does not match the UCI of the case.',
  fr: 'ne correspond pas à l’IUC du dossier.',
};
const SPONSOR_MISMATCH: BilingualText = {
  en: 'does not match the sponsor identified for the case.',
  fr: 'ne correspond pas au répondant trouvé pour le dossier.',
};
const GROUP_MISMATCH: BilingualText = {
  en: 'differs from one sponsor form to another: the forms must come from the same group.',
  fr: 'diffère d’un formulaire du répondant à l’autre\u202f: les formulaires doivent venir du même groupe.',
};

/**
 * Checks the sponsor's forms against the case and each other (OB 646, steps 6 and 9): every form
 * names the case's UCI and its sponsor, the undertaking (IMM 1324) and assessment (IMM 5492) are
 * there, and the settlement plan (IMM 5494) too when the case requires one. Pure: the caller
 * gathers the valid readings of the case.
 */
export function checkSponsorForms(facts: SponsorCaseFacts, forms: readonly TypedFormData[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const present = new Set<string>(forms.map((form) => form.formId));
  const required = facts.settlementPlanRequired ? SPONSOR_FORMS : SPONSOR_FORMS.filter((id) => id !== 'imm5494');
  for (const formId of required) if (!present.has(formId)) problems.push(missing(formId));

  let sahNumber: string | undefined;
  for (const form of forms) {
    if (form.formId === 'imm1324' || form.formId === 'imm5492' || form.formId === 'imm5494') {
      const { group, refugee } = form.data;
      if (refugee.uci !== facts.uci)
        problems.push(fieldProblem(field(form.formId, 'refugee.uci'), 'UCI_MISMATCH', UCI_MISMATCH));
      const names = [group.sahName, group.constituentGroupName].filter((name): name is string => name !== undefined);
      if (facts.sponsorName !== undefined && !names.some((name) => sameName(name, facts.sponsorName as string))) {
        problems.push(fieldProblem(field(form.formId, 'group.sahName'), 'SPONSOR_MISMATCH', SPONSOR_MISMATCH));
      }
      if (sahNumber !== undefined && !sameName(sahNumber, group.sahNumber))
        problems.push(fieldProblem(field(form.formId, 'group.sahNumber'), 'GROUP_MISMATCH', GROUP_MISMATCH));
      sahNumber ??= group.sahNumber;
    } else if (form.formId === 'jas-roles-checklist') {
      const { client, sponsor } = form.data;
      if (client.uci !== facts.uci)
        problems.push(fieldProblem(field(form.formId, 'client.uci'), 'UCI_MISMATCH', UCI_MISMATCH));
      if (facts.sponsorName !== undefined && !sameName(sponsor.groupName, facts.sponsorName)) {
        problems.push(fieldProblem(field(form.formId, 'sponsor.groupName'), 'SPONSOR_MISMATCH', SPONSOR_MISMATCH));
      }
    }
  }
  return problems;
}
