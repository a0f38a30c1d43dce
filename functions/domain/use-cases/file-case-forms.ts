import { LATE_FLAG, LATE_NOT_CONSIDERED_FLAG } from '../../../forms/jas-recommendation/rules.js';
import type { TypedFormData } from '../../../forms/registry.js';
import type { CaseDocument, CaseRecord, SponsorFormId } from '../case-record.js';
import type { CaseNoticeEffect } from '../notice-effect.js';
import type { ChangeDecision } from '../workflow/change-decision.js';
import { requiredSponsorForms, sponsorFormNumber } from '../workflow/required-sponsor-forms.js';
import type { ValidForm } from './read-attached-forms.js';

const isSponsorForm = (form: TypedFormData): form is Extract<TypedFormData, { formId: SponsorFormId }> =>
  form.formId === 'imm1324' || form.formId === 'imm5492' || form.formId === 'imm5494';

const LATENESS: readonly string[] = [LATE_FLAG, LATE_NOT_CONSIDERED_FLAG];

/**
 * OB 646 step 1: lateness is the first form's, received by its deadline or not. The SPO's
 * correction may lift it (exceptional circumstances stated, a sponsor identified, the arrival date
 * corrected), never bring it: a correction sent after the deadline does not make late a form that
 * came on time, nor undo the office's decision to consider a late one.
 */
function correctedFlags(caseFlags: readonly string[], formFlags: readonly string[]): string[] {
  const kept = caseFlags.filter((flag) => !LATENESS.includes(flag) || formFlags.includes(flag));
  return [...new Set([...kept, ...formFlags.filter((flag) => !LATENESS.includes(flag))])];
}

/** A form filed to a case, with the document it was kept as. */
export interface FiledForm {
  readonly form: ValidForm;
  readonly document: CaseDocument;
}

/**
 * The client a form is about: every form about a client carries the UCI, under the name its
 * section gives it; the case profile names no client (it names its case).
 */
export function uciOnForm(form: TypedFormData): string | undefined {
  switch (form.formId) {
    case 'jas-recommendation':
    case 'jas-roles-checklist':
      return form.data.client.uci;
    case 'jas-case-profile':
      return undefined;
    default:
      return form.data.refugee.uci;
  }
}

/**
 * Decides what forms arriving for a case change (OB 646 steps 2, 5, 6 and 9): an updated
 * recommendation answers an information request; ROC-O's corrected profile (already checked) goes
 * to RSTP instead of the draft; the sponsor's forms make up the undertaking; the roles and
 * responsibilities checklist opens the office's review. Forms that arrive at
 * another point are kept in the file without changing the state.
 */
export function decideFiledForms(
  caseRecord: CaseRecord,
  filed: readonly FiledForm[],
  from: string,
  today: string,
): ChangeDecision<never> {
  let next: CaseRecord = caseRecord;
  const events: { type: string; summary: string }[] = [];
  const effects: CaseNoticeEffect[] = [];
  for (const { form, document } of filed) {
    events.push({
      type: 'document_received',
      summary: `${form.formId} ${form.version} received (${document.fileName})`,
    });
    if (form.formId === 'jas-recommendation' && ['received', 'local_review', 'info_requested'].includes(next.state)) {
      next = {
        ...next,
        recommendation: form.data,
        flags: correctedFlags(next.flags, form.flags),
      };
      if (next.state === 'info_requested') {
        next = { ...next, state: 'local_review' };
        events.push({ type: 'info_received', summary: 'The SPO answered with an updated recommendation form' });
        effects.push({ notice: 'info-received', from, note: `Updated form: ${document.fileName}` });
      }
    } else if (isSponsorForm(form) && ['sponsor_found', 'undertaking_submitted'].includes(next.state)) {
      next = {
        ...next,
        undertakingForms: { ...next.undertakingForms, [form.formId]: document.objectKey },
      };
      if (form.formId === 'imm1324' && !next.sponsor) {
        const { group } = form.data;
        next = { ...next, sponsor: { name: group.constituentGroupName ?? group.sahName, email: group.email } };
      }
    } else if (form.formId === 'jas-case-profile') {
      // Step 5: the profile ROC-O corrected is the one RSTP promotes, if the case still waits for it.
      const { promotion } = next;
      if (next.state === 'promotion' && promotion && !promotion.profileApprovedOn && form.data.profile) {
        next = { ...next, promotion: { ...promotion, profileApprovedOn: today, correctedProfile: form.data.profile } };
        events.push({
          type: 'profile_corrected',
          summary: `ROC-O sent the profile corrected (${document.fileName}), checked to hold no personal data; RSTP starts promotion with it`,
        });
        effects.push({ notice: 'promotion-start-to-rstp', startedOn: promotion.startedOn, endsBy: promotion.endsBy });
      }
    } else if (form.formId === 'jas-roles-checklist' && next.state === 'undertaking_approved') {
      next = { ...next, state: 'case_conference' };
      events.push({
        type: 'case_conference',
        summary: 'Roles and responsibilities checklist received from the case conference',
      });
      effects.push(
        { notice: 'checklist-to-office', documentKeys: [document.objectKey] },
        { notice: 'checklist-copies', documentKeys: [document.objectKey] },
        { notice: 'checklist-copy-for-client', documentKeys: [document.objectKey] },
      );
    }
  }
  if (filed.some(({ form }) => isSponsorForm(form)) && next.state === 'sponsor_found') {
    const received = requiredSponsorForms(next).filter((formId) => next.undertakingForms?.[formId]);
    const missing = requiredSponsorForms(next).filter((formId) => !next.undertakingForms?.[formId]);
    if (missing.length === 0) {
      next = { ...next, state: 'undertaking_submitted' };
      events.push({
        type: 'undertaking_submitted',
        summary: `Undertaking complete: ${received.map(sponsorFormNumber).join(', ')} received`,
      });
      effects.push({
        notice: 'undertaking-received',
        documentKeys: received.map((formId) => next.undertakingForms![formId]!),
      });
    } else {
      effects.push({ notice: 'undertaking-incomplete', received, missing });
    }
  }
  return { applied: true, next, events, effects };
}
