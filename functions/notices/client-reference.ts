import type { BilingualText } from '../domain/bilingual.js';
import type { CaseRecord } from '../domain/case-record.js';

type Fact = readonly [label: string, value: string];

/**
 * How IRCC offices (local office, IN, ROC-O) find the client's file in GCMS: name and UCI. Never
 * the birth date: the form, attached where it is needed, carries it.
 */
export function clientFactsForIrcc(caseRecord: CaseRecord, say: (text: BilingualText) => string): Fact[] {
  const { client } = caseRecord.recommendation;
  return [
    [say({ en: 'Client', fr: 'Client' }), `${client.familyName}, ${client.givenNames}`],
    [say({ en: 'UCI', fr: 'IUC' }), client.uci],
  ];
}

/**
 * How SPOs and sponsors, who get ordinary email, recognize the client: the UCI's last four digits,
 * next to the case number, as the acknowledgement does.
 */
export function clientFactsForPartners(caseRecord: CaseRecord, say: (text: BilingualText) => string): Fact[] {
  return [[say({ en: 'Client UCI ending in', fr: 'IUC du client se terminant par' }), caseRecord.recommendation.client.uci.slice(-4)]];
}
