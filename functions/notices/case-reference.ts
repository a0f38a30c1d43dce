import type { BilingualText } from '../../kernel/bilingual-text.js';
import { caseTypeName } from './case-wording.js';
import type { NoticeContext } from './notice-context.js';

type Fact = [label: string, value: string];

/**
 * How IRCC offices (local office, IN, ROC-O) find the case and the client's file in GCMS: case
 * number, name, UCI, case type, office. Never the birth date: the form carries it where needed.
 */
export function irccCaseFacts(context: NoticeContext, say: (text: BilingualText) => string): Fact[] {
  const { client, caseType } = context.case.recommendation;
  return [
    [say({ en: 'Case number', fr: 'Numéro de dossier' }), context.case.caseId],
    [say({ en: 'Client', fr: 'Client' }), `${client.familyName}, ${client.givenNames}`],
    [say({ en: 'UCI', fr: 'IUC' }), client.uci],
    [say({ en: 'Case type', fr: 'Type de cas' }), say(caseTypeName(caseType))],
    [say({ en: 'Local IRCC office', fr: 'Bureau local d’IRCC' }), say(context.officeName)],
  ];
}

/**
 * How SPOs and sponsors, who get ordinary email, recognize the case: its number and the UCI's
 * last four digits, as the acknowledgement does.
 */
export function partnerCaseFacts(context: NoticeContext, say: (text: BilingualText) => string): Fact[] {
  return [
    [say({ en: 'Case number', fr: 'Numéro de dossier' }), context.case.caseId],
    [
      say({ en: 'Client UCI ending in', fr: 'IUC du client se terminant par' }),
      context.case.recommendation.client.uci.slice(-4),
    ],
    [say({ en: 'Local IRCC office', fr: 'Bureau local d’IRCC' }), say(context.officeName)],
  ];
}
