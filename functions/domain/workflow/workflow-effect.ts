import type { CaseSponsor } from '../case-record.js';

/**
 * A notice the workflow decided to send. Transitions say *what* must be told; the notice catalog
 * says to whom, with which template and attachments.
 */
export type WorkflowEffect =
  | { readonly notice: 'concurrence-request'; readonly recommendedBy: string; readonly note: string }
  | { readonly notice: 'info-request'; readonly question: string }
  | { readonly notice: 'info-received'; readonly from: string; readonly note: string }
  | { readonly notice: 'recommendation-to-in'; readonly recommendedBy: string; readonly concurredBy: string }
  | {
      readonly notice: 'decision-to-office';
      readonly decision: 'designated' | 'declined';
      readonly reason: string;
      readonly next: 'promotion' | 'sponsor_identified' | 'bvor_sponsor_continues' | 'none';
    }
  | { readonly notice: 'decision-to-submitter'; readonly decision: 'designated' | 'declined' }
  | { readonly notice: 'case-summary-to-roc-o'; readonly startedOn: string; readonly endsBy: string }
  | { readonly notice: 'promotion-start-to-rstp'; readonly startedOn: string; readonly endsBy: string }
  | { readonly notice: 'promotion-stop-to-rstp'; readonly reason: 'sponsor_found' | 'expired'; readonly on: string }
  | { readonly notice: 'promotion-expired-to-office'; readonly on: string }
  | { readonly notice: 'sponsor-found'; readonly sponsor: CaseSponsor }
  | { readonly notice: 'undertaking-instructions' }
  | { readonly notice: 'undertaking-received'; readonly documentKeys: readonly string[] }
  | {
      readonly notice: 'undertaking-incomplete';
      readonly received: readonly string[];
      readonly missing: readonly string[];
    }
  | { readonly notice: 'undertaking-approved' }
  | { readonly notice: 'case-conference-coordination' }
  | { readonly notice: 'checklist-to-office'; readonly documentKeys: readonly string[] }
  | { readonly notice: 'checklist-copies'; readonly documentKeys: readonly string[] }
  | { readonly notice: 'jas-active' }
  | { readonly notice: 'midpoint-check-in' }
  | { readonly notice: 'concern-to-in'; readonly from: string; readonly text: string }
  | { readonly notice: 'jas-ended'; readonly on: string; readonly reason: 'period_completed' | 'mutual_agreement' }
  | { readonly notice: 'deadline-reminder'; readonly deadline: string };
