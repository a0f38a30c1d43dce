import { fillForm } from '../../../forms/fill-form.js';
import { sampleImm1324 } from '../../../forms/imm1324/sample.js';
import { sampleImm5492 } from '../../../forms/imm5492/sample.js';
import { sampleImm5494 } from '../../../forms/imm5494/sample.js';
import { sampleJasRecommendation } from '../../../forms/jas-recommendation/sample.js';
import type { CaseRecord } from '../../../functions/domain/case-record.js';
import { jasPeriodFrom } from '../../../kernel/policy-calendar.js';
import type { InMemoryPipeline } from '../../helpers/in-memory/in-memory-pipeline.js';
import { SPO } from '../../helpers/sample-parties.js';

export {
  IN_MAILBOX,
  IN_OFFICER,
  OFFICE_MAILBOX,
  OFFICER,
  ROC_O_MAILBOX,
  ROC_O_OFFICER,
  RSTP_MAILBOX,
  SPO,
  SPONSOR,
  SUPERVISOR,
  TRIAGE_MAILBOX,
} from '../../helpers/sample-parties.js';

/** The date the tests' pipeline runs on: forms are filled as of it. */
export const TODAY = '2026-11-23';

const filled = new Map<string, Promise<Uint8Array>>();

/** A filled recommendation form, as the SPO attaches it; filled once per set of values, so the tests spend their time in the use case. */
export async function recommendationPdf(overrides: Record<string, string | boolean> = {}) {
  const key = JSON.stringify(overrides);
  if (!filled.has(key))
    filled.set(key, fillForm('jas-recommendation', { ...sampleJasRecommendation(TODAY), ...overrides }));
  return { fileName: 'jas-recommendation.pdf', content: await filled.get(key)! };
}

/** Opens a case with the sample recommendation, then moves it as the workflow would have: the use case under test starts there. */
export async function openCase(pipeline: InMemoryPipeline, changes: Partial<CaseRecord> = {}): Promise<CaseRecord> {
  const { outcome } = await pipeline.receive({ from: SPO, subject: 'JAS', pdfs: [await recommendationPdf()] });
  const opened = (await pipeline.cases.getCase(outcome.caseIds[0]!))!;
  const moved = { ...opened, ...changes, version: opened.version + 1 };
  if (!(await pipeline.cases.updateCase(moved))) throw new Error('the case moved meanwhile');
  pipeline.mailer.sent.length = 0;
  // What comes next comes later, as it does: the file lists documents and events in time order.
  pipeline.later(60 * 60 * 1000);
  return moved;
}

/** The sponsor's undertaking for a client, as the sponsor attaches it: IMM 1324, IMM 5492 and IMM 5494, in that order. */
export async function undertaking(uci: string, arrivalDate: string) {
  const refugee = { 'refugee.uci': uci };
  const period = jasPeriodFrom(arrivalDate);
  const imm1324 = {
    ...sampleImm1324(TODAY),
    ...refugee,
    'refugee.arrivalDate': arrivalDate,
    'sponsorship.startDate': period.startsOn,
    'sponsorship.endDate': period.endsOn,
  };
  return [
    { fileName: 'IMM1324.pdf', content: await fillForm('imm1324', imm1324) },
    { fileName: 'IMM5492.pdf', content: await fillForm('imm5492', { ...sampleImm5492(), ...refugee }) },
    { fileName: 'IMM5494.pdf', content: await fillForm('imm5494', { ...sampleImm5494(TODAY), ...refugee }) },
  ];
}
