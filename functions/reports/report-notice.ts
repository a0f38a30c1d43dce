import { bareAddress } from '../domain/officer-action.js';
import type { ReportPeriod } from '../domain/reports/report-period.js';
import { bilingualBody } from '../notices/bilingual-body.js';
import type { NoticeContent } from '../notices/notice-content.js';

/** What a report mail carries: the tracking workbook, the indicators, or both. */
export type ReportContents = 'tracking' | 'indicators' | 'both';

export interface ReportNoticeFacts {
  readonly contents: ReportContents;
  readonly today: string;
  readonly period: ReportPeriod;
  readonly cases: number;
  readonly openCases: number;
  /** The pipeline's address, where `REPORT` asks for the reports again. */
  readonly replyAddress: string;
  /** Answering someone's `REPORT`, rather than the schedule. */
  readonly onRequest: boolean;
}

/** The mail that carries ROC-O's tracking spreadsheet and the program's indicators, in English and French. */
export function reportNotice(facts: ReportNoticeFacts): NoticeContent {
  const { contents, today, period } = facts;
  const subjects = {
    tracking: { en: `JAS tracking spreadsheet, ${today}`, fr: `Tableau de suivi PAC, ${today}` },
    indicators: {
      en: `JAS indicators, ${period.from} to ${period.to}`,
      fr: `Indicateurs PAC, du ${period.from} au ${period.to}`,
    },
    both: { en: `JAS tracking and indicators, ${today}`, fr: `Suivi et indicateurs PAC, ${today}` },
  };
  return {
    subject: subjects[contents],
    body: bilingualBody((_language, say) => [
      {
        paragraph: say(
          facts.onRequest
            ? { en: 'Here are the reports you asked for.', fr: 'Voici les rapports demandés.' }
            : {
                en: 'The pipeline’s scheduled report on in-Canada JAS conversions (OB 646).',
                fr: 'Le rapport planifié du pipeline sur les conversions au PAC au Canada (BO 646).',
              },
        ),
      },
      {
        facts: [
          [say({ en: 'As of', fr: 'En date du' }), today],
          [say({ en: 'Cases on file', fr: 'Dossiers' }), String(facts.cases)],
          [say({ en: 'Cases open', fr: 'Dossiers en cours' }), String(facts.openCases)],
          [say({ en: 'Indicators cover', fr: 'Période des indicateurs' }), `${period.from} – ${period.to}`],
        ],
      },
      {
        list: [
          ...(contents !== 'indicators'
            ? [
                say({
                  en: 'The spreadsheet: a row per case with every step’s date, flags, the next deadline and ROC-O’s GCMS tasks (steps 5 and 7); the indicators on its second sheet. No names or health details: the UCI identifies the client.',
                  fr: 'Le tableur : une ligne par dossier avec la date de chaque étape, les indicateurs d’attention, la prochaine échéance et les tâches du COR-O dans le SMGC (étapes 5 et 7); les indicateurs sur la deuxième feuille. Aucun nom ni renseignement de santé : l’IUC identifie le client.',
                }),
              ]
            : []),
          ...(contents !== 'tracking'
            ? [
                say({
                  en: 'The indicators (PDF, one page): each says how it is computed.',
                  fr: 'Les indicateurs (PDF, une page) : chacun indique comment il est calculé.',
                }),
              ]
            : []),
        ],
      },
      {
        paragraph: say({
          en: `Reply or write to ${bareAddress(facts.replyAddress)} with the word REPORT to receive both again at any time.`,
          fr: `Répondez ou écrivez à ${bareAddress(facts.replyAddress)} avec le mot RAPPORT pour les recevoir de nouveau en tout temps.`,
        }),
      },
    ]),
  };
}
