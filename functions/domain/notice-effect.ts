import type { JasRecommendation } from '../../forms/jas-recommendation/schema.js';
import type { BilingualText } from '../../kernel/bilingual-text.js';
import type { InboundMessage } from '../mime/inbound-message.js';
import type { CaseSponsor } from './case-sponsor.js';
import type { OfficerActionKind } from './officer-action.js';

/**
 * A notice a decision about a case says must go out. Decisions say *what* must be told; the
 * notice catalogue (functions/notices/notice-catalogue.ts) says to whom, with which template and
 * which attachments. Case changes keep their effects on the case, so effects are plain data.
 */
export type CaseNoticeEffect =
  /** Step 1: the SPO's recommendation form opened or joined the case. */
  | {
      readonly notice: 'acknowledgement';
      /** Who sent the form: the acknowledgement answers their message. */
      readonly sender: string;
      readonly fileName: string;
      readonly receivedOn: string;
      readonly late: boolean;
      /** Late with neither exceptional circumstances nor a sponsor: the office decides whether to consider it. */
      readonly lateNotConsidered: boolean;
    }
  | {
      readonly notice: 'routed-to-office';
      /** The form as received (a resubmission may differ from what the case records). */
      readonly recommendation: JasRecommendation;
      /** The form's position among the message's PDFs: it is attached. */
      readonly pdfIndex: number;
      readonly receivedOn: string;
      readonly late: boolean;
      readonly lateNotConsidered: boolean;
      readonly resubmission: boolean;
    }
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
  /** Step 5: ROC-O creates the profile shared with sponsors: the draft goes to ROC-O, for approval. */
  | { readonly notice: 'profile-for-approval'; readonly startedOn: string; readonly endsBy: string }
  | { readonly notice: 'promotion-start-to-rstp'; readonly startedOn: string; readonly endsBy: string }
  | {
      readonly notice: 'promotion-stop-to-rstp';
      readonly reason: 'sponsor_found' | 'expired' | 'placed_on_rap';
      readonly on: string;
    }
  /** A decision OB 646 leaves to an office or ROC-O, told to those it concerns. */
  | ({ readonly notice: 'case-decision' } & CaseDecision)
  /** `promoted`: whether RSTP ever had the profile (ROC-O approved it before the period ended). */
  | { readonly notice: 'promotion-expired-to-office'; readonly on: string; readonly promoted: boolean }
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
  /** Forms that joined the case by the UCI on them, without a tag: the office is told, with them attached. */
  | { readonly notice: 'forms-filed-to-office'; readonly from: string; readonly documentKeys: readonly string[] }
  /** RSTP wrote about a case it promotes (not an action): ROC-O, who liaises with RSTP, gets it. */
  | { readonly notice: 'rstp-message-to-roc-o'; readonly from: string; readonly note: string }
  | { readonly notice: 'checklist-copies'; readonly documentKeys: readonly string[] }
  /** Step 9: the JAS client's copy of the checklist, through the SPO that serves the client. */
  | { readonly notice: 'checklist-copy-for-client'; readonly documentKeys: readonly string[] }
  | { readonly notice: 'jas-active' }
  | { readonly notice: 'midpoint-check-in' }
  | { readonly notice: 'concern-to-in'; readonly from: string; readonly text: string }
  | { readonly notice: 'jas-ended'; readonly on: string; readonly reason: 'period_completed' | 'mutual_agreement' }
  | { readonly notice: 'deadline-reminder'; readonly deadline: string }
  /** An emailed action was refused: its sender is told why. */
  | {
      readonly notice: 'action-refused';
      readonly sender: string;
      readonly action: OfficerActionKind;
      readonly reason: BilingualText;
    }
  /** An action from someone without the role, or whose address failed verification: the office is told. */
  | {
      readonly notice: 'unauthorized-action-to-office';
      readonly sender: string;
      readonly action: OfficerActionKind;
      readonly reason: BilingualText;
    }
  /**
   * Forms or a message about the case's client from someone who may not change the case (not a
   * party in the role, a second organization's recommendation, or a sender not verified): the
   * office is told; nothing changed and the message went to triage.
   */
  | {
      readonly notice: 'unauthorized-message-to-office';
      readonly sender: string;
      readonly what: 'forms' | 'message';
      readonly formIds: readonly string[];
      readonly reason: BilingualText;
    };

/** A decision OB 646 leaves to an office (or ROC-O, or the parties), as recorded on the case; `by` is who took it. */
export type CaseDecision =
  | { readonly decision: 'late-form-considered'; readonly by: string; readonly note: string }
  | { readonly decision: 'promotion-changed'; readonly by: string; readonly endsBy: string; readonly note: string }
  | { readonly decision: 'placed-on-rap'; readonly by: string; readonly on: string; readonly note: string }
  | { readonly decision: 'settlement-plan'; readonly by: string; readonly required: boolean }
  | {
      readonly decision: 'end-agreement';
      readonly by: string;
      readonly party: 'sponsor' | 'client';
      readonly waitingFor: readonly ('sponsor' | 'client')[];
    };

/** A notice about a message that joined no case. */
export type MessageNoticeEffect =
  /** Every problem in every PDF that was not accepted, to the sender. */
  | {
      readonly notice: 'rejection';
      readonly sender: string;
      readonly files: readonly {
        readonly fileName: string;
        readonly formId?: string;
        /** Each problem as a whole sentence: a field's problem already starts with the field's label. */
        readonly problems: readonly { readonly message: BilingualText }[];
      }[];
    }
  /** What the pipeline cannot place, to a person. */
  | {
      readonly notice: 'triage';
      readonly reasonCode: string;
      readonly reason: BilingualText;
      readonly messageKey: string;
      readonly from?: string;
      readonly subject: string;
      /** How the original travels: as a message when it parsed as one, as a plain file when not, or not at all. */
      readonly attachOriginalAs?: 'message/rfc822' | 'application/octet-stream';
    }
  /** A `REPORT` from ROC-O or IN that was refused (dated too long before it arrived): its sender is told why. */
  | { readonly notice: 'report-refused'; readonly sender: string; readonly reason: BilingualText }
  /** Seed 002: an urgent protection case, passed on with the original attached. */
  | {
      readonly notice: 'urgent-protection';
      /** The stored message passed on. */
      readonly messageKey: string;
      readonly respondBy: string;
      readonly destinedToQuebec: boolean;
      readonly unaccompaniedMinor: boolean;
      readonly originalSubject: string;
      readonly from: string;
    };

export type NoticeEffect = CaseNoticeEffect | MessageNoticeEffect;

/** An effect with the key it is sent once under (derived from the message or clock that caused it). */
export interface KeyedNotice<Effect extends NoticeEffect> {
  readonly key: string;
  readonly effect: Effect;
  /** The lease written with the change that causes the notice (see `NoticeSender.lease`): this attempt holds it. */
  readonly leaseId?: string;
}

/** The message being processed, when there is one: replies thread to it, and what is attached comes from it. */
export interface OriginalMessage {
  readonly raw?: Uint8Array;
  readonly message?: InboundMessage;
}

/** Who was sent what: one entry per recipient of each notice that went out. */
export interface SentNotice {
  readonly purpose: NoticeEffect['notice'];
  readonly to: string;
}
