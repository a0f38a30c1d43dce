import type { CaseChange, CaseRecord } from '../case-record.js';

/**
 * What a decision about a case can say: a change to apply, or why nothing changes. The clocks the
 * change starts and stops are not the decision's to say: they follow from the case before and
 * after it (`clockRequestsBetween` in case-clocks.ts).
 */
export type ChangeDecision<Refusal> =
  | {
      readonly applied: true;
      readonly next: CaseRecord;
      readonly events: CaseChange['events'];
      readonly effects: CaseChange['effects'];
    }
  | { readonly applied: false; readonly refusal: Refusal };
