import type { BilingualText } from '../../../kernel/bilingual-text.js';
import { jasPeriodFrom, promotionEndsBy } from '../../../kernel/policy-calendar.js';
import type { CaseRecord, CaseState } from '../case-record.js';
import type { CaseSponsor } from '../case-sponsor.js';
import { CASE_STATE_NAMES } from '../case-state-names.js';
import type { ClockRequest } from '../clock-request.js';
import type { CaseNoticeEffect, KeyedNotice } from '../notice-effect.js';
import { ACTION_DESCRIPTIONS, type OfficerAction, type OfficerActionKind } from '../officer-action.js';
import type { CaseParty } from './case-party.js';

/**
 * An action written more than this long before it arrived is refused as stale. A signed message
 * verifies again whenever it is replayed, and a case remembers the messages applied to it; this
 * bounds what an old message that never reached the case can still do. Mail servers retry a
 * delivery for up to 5 days (RFC 5321, section 4.5.4.1): 7 days leaves room for that.
 */
export const STALE_ACTION_MS = 7 * 24 * 60 * 60 * 1000;

export interface ActionContext {
  readonly caseRecord: CaseRecord;
  readonly action: OfficerAction;
  /** A party whose address SES verified: unverified senders never reach a decision. */
  readonly party: CaseParty;
  /** The message's `Date:`, when it has one. */
  readonly writtenAt?: Date;
  readonly receivedAt: Date;
  /** Today's calendar date in the case's time zone. */
  readonly today: string;
}

export type RefusalCode = 'STALE_ACTION' | 'NOT_AUTHORIZED' | 'NOT_ALLOWED_IN_STATE' | 'DETAIL_MISSING';

export type ActionDecision =
  | {
      readonly applied: true;
      readonly next: CaseRecord;
      readonly events: readonly { readonly type: string; readonly summary: string }[];
      readonly effects: readonly CaseNoticeEffect[];
      readonly clocks?: readonly ClockRequest[];
    }
  | { readonly applied: false; readonly code: RefusalCode; readonly reason: BilingualText };

type Who = 'local-officer' | 'local-supervisor' | 'in-officer' | 'roc-o-officer' | 'rstp-officer' | 'spo' | 'sponsor';

/** Who may take each action, and in which states (OB 646 steps 2–11). */
const RULES: Readonly<
  Record<OfficerActionKind, { readonly who: readonly Who[]; readonly states: readonly CaseState[] }>
> = {
  RECOMMEND: { who: ['local-officer', 'local-supervisor'], states: ['received', 'local_review', 'info_requested'] },
  CONCUR: { who: ['local-supervisor'], states: ['received', 'local_review', 'info_requested'] },
  REQUEST_INFO: { who: ['local-officer', 'local-supervisor'], states: ['received', 'local_review'] },
  DESIGNATE: { who: ['in-officer'], states: ['recommended_to_in'] },
  DECLINE: { who: ['in-officer'], states: ['recommended_to_in'] },
  APPROVE_PROFILE: { who: ['roc-o-officer'], states: ['promotion'] },
  SPONSOR_FOUND: { who: ['roc-o-officer', 'rstp-officer'], states: ['promotion'] },
  APPROVE_UNDERTAKING: { who: ['roc-o-officer'], states: ['sponsor_found', 'undertaking_submitted'] },
  CHECKLIST_RECEIVED: { who: ['local-officer', 'local-supervisor'], states: ['case_conference'] },
  CONCERN: { who: ['local-officer', 'local-supervisor', 'sponsor', 'spo'], states: ['active'] },
  END_EARLY: { who: ['local-officer', 'local-supervisor'], states: ['active'] },
};

function capacities(party: CaseParty, localOffice: string): Set<Who> {
  const held = new Set<Who>();
  for (const { unit, roles } of party.appointments) {
    if (unit === localOffice) {
      held.add('local-officer');
      if (roles.includes('supervisor')) held.add('local-supervisor');
    }
    if (unit === 'resettlementOperations') held.add('in-officer');
    if (unit === 'rocO') held.add('roc-o-officer');
    if (unit === 'rstp') held.add('rstp-officer');
  }
  if (party.isSubmitter) held.add('spo');
  if (party.isSponsor) held.add('sponsor');
  return held;
}

const refuse = (code: RefusalCode, en: string, fr: string): ActionDecision => ({
  applied: false,
  code,
  reason: { en, fr },
});

/**
 * Decides one emailed action on a case: applied (the next case, its audit events and the notices
 * to send), or refused with the reason. Pure: the caller writes and sends.
 */
export function decideAction(context: ActionContext): ActionDecision {
  const { caseRecord, action, party, writtenAt, receivedAt } = context;
  const rule = RULES[action.kind];
  const described = ACTION_DESCRIPTIONS[action.kind];
  if (!writtenAt || receivedAt.getTime() - writtenAt.getTime() > STALE_ACTION_MS) {
    return refuse(
      'STALE_ACTION',
      `“${described.en}” was not applied: the message is dated more than 7 days before it arrived, or not dated. Send the action again in a new message.`,
      `« ${described.fr} » n’a pas été appliqué : le message est daté de plus de 7 jours avant son arrivée, ou n’est pas daté. Envoyez l’action de nouveau dans un nouveau message.`,
    );
  }
  const held = capacities(party, caseRecord.recommendation.localOffice);
  if (!rule.who.some((who) => held.has(who))) {
    return refuse(
      'NOT_AUTHORIZED',
      `${party.address} does not hold a role that may “${described.en.toLowerCase()}” for this case.`,
      `${party.address} n’occupe pas un rôle qui permet de « ${described.fr.toLowerCase()} » pour ce dossier.`,
    );
  }
  if (!rule.states.includes(caseRecord.state)) {
    const state = CASE_STATE_NAMES[caseRecord.state];
    return refuse(
      'NOT_ALLOWED_IN_STATE',
      `“${described.en}” is not possible while the case is ${state.en}.`,
      `« ${described.fr} » n’est pas possible pendant que le dossier est ${state.fr}.`,
    );
  }
  return apply(context, held);
}

function apply(context: ActionContext, held: Set<Who>): ActionDecision {
  const { caseRecord, action, party, today } = context;
  const move = (state: CaseState, changes: Partial<CaseRecord> = {}) => ({ ...caseRecord, ...changes, state });
  const applied = (
    next: CaseRecord,
    events: { type: string; summary: string }[],
    effects: CaseNoticeEffect[],
    clocks: ClockRequest[] = [],
  ): ActionDecision => ({ applied: true, next, events, effects, clocks });

  switch (action.kind) {
    case 'RECOMMEND':
      if (!held.has('local-supervisor')) {
        return applied(
          { ...caseRecord, concurrencePendingFrom: party.address },
          [
            {
              type: 'recommended_pending_concurrence',
              summary: 'Recommended to IN; waiting for supervisor concurrence',
            },
          ],
          [{ notice: 'concurrence-request', recommendedBy: party.address, note: action.text }],
        );
      }
      return applied(
        move('recommended_to_in', { concurrencePendingFrom: undefined }),
        [{ type: 'recommended_to_in', summary: 'Recommended to IN by a supervisor' }],
        [{ notice: 'recommendation-to-in', recommendedBy: party.address, concurredBy: party.address }],
      );
    case 'CONCUR':
      if (!caseRecord.concurrencePendingFrom) {
        return refuse(
          'NOT_ALLOWED_IN_STATE',
          'There is no recommendation waiting for concurrence on this case.',
          'Aucune recommandation n’attend d’appui pour ce dossier.',
        );
      }
      return applied(
        move('recommended_to_in', { concurrencePendingFrom: undefined }),
        [{ type: 'recommended_to_in', summary: 'Supervisor concurred; recommended to IN' }],
        [
          {
            notice: 'recommendation-to-in',
            recommendedBy: caseRecord.concurrencePendingFrom,
            concurredBy: party.address,
          },
        ],
      );
    case 'REQUEST_INFO':
      if (!action.text)
        return refuse(
          'DETAIL_MISSING',
          'Say what information is needed, after the action word or on the next lines.',
          'Indiquez les renseignements requis, après le mot d’action ou sur les lignes suivantes.',
        );
      return applied(
        move('info_requested'),
        [{ type: 'info_requested', summary: 'Information requested from the SPO' }],
        [{ notice: 'info-request', question: action.text }],
      );
    case 'DESIGNATE':
      return designate(context);
    case 'DECLINE':
      return applied(
        move('declined'),
        [{ type: 'declined', summary: 'IN declined JAS designation' }],
        [
          { notice: 'decision-to-office', decision: 'declined', reason: action.text, next: 'none' },
          { notice: 'decision-to-submitter', decision: 'declined' },
        ],
      );
    case 'APPROVE_PROFILE': {
      const promotion = caseRecord.promotion;
      if (!promotion || promotion.profileApprovedOn)
        return refuse(
          'NOT_ALLOWED_IN_STATE',
          `The profile was already approved on ${promotion?.profileApprovedOn ?? '—'} and sent to RSTP.`,
          `Le profil a déjà été approuvé le ${promotion?.profileApprovedOn ?? '—'} et envoyé au PFPR.`,
        );
      return applied(
        { ...caseRecord, promotion: { ...promotion, profileApprovedOn: today } },
        [{ type: 'profile_approved', summary: 'ROC-O approved the de-identified profile; RSTP starts promotion' }],
        [{ notice: 'promotion-start-to-rstp', startedOn: promotion.startedOn, endsBy: promotion.endsBy }],
      );
    }
    case 'SPONSOR_FOUND': {
      const sponsor = sponsorFrom(action.text);
      if (!sponsor)
        return refuse(
          'DETAIL_MISSING',
          'Name the sponsor and its email address, e.g. “SPONSOR FOUND: Group name <contact@group.example>”.',
          'Indiquez le répondant et son adresse courriel, p. ex. « RÉPONDANT TROUVÉ : Nom du groupe <contact@groupe.example> ».',
        );
      return applied(
        move('sponsor_found', { sponsor }),
        [{ type: 'sponsor_found', summary: `Sponsor found: ${sponsor.name}` }],
        [
          { notice: 'promotion-stop-to-rstp', reason: 'sponsor_found', on: today },
          { notice: 'sponsor-found', sponsor },
          { notice: 'undertaking-instructions' },
        ],
        [{ action: 'cancel', purpose: 'promotion-expiry' }],
      );
    }
    case 'APPROVE_UNDERTAKING':
      return applied(
        move('undertaking_approved'),
        [{ type: 'undertaking_approved', summary: 'ROC-O approved the sponsorship undertaking' }],
        [{ notice: 'undertaking-approved' }, { notice: 'case-conference-coordination' }],
      );
    case 'CHECKLIST_RECEIVED': {
      const jasPeriod = jasPeriodFrom(caseRecord.recommendation.client.arrivalDate);
      return applied(
        move('active', { jasPeriod }),
        [{ type: 'jas_active', summary: `Checklist reviewed; JAS runs ${jasPeriod.startsOn} to ${jasPeriod.endsOn}` }],
        [{ notice: 'jas-active' }],
        [
          { action: 'start', purpose: 'midpoint-check-in', dueOn: jasPeriod.midpointOn },
          { action: 'start', purpose: 'jas-end', dueOn: jasPeriod.endsOn },
        ],
      );
    }
    case 'CONCERN':
      return applied(
        caseRecord,
        [{ type: 'concern_reported', summary: 'Concern reported to IN' }],
        [{ notice: 'concern-to-in', from: party.address, text: action.text }],
      );
    case 'END_EARLY':
      return applied(
        move('ended', { ended: { on: today, reason: 'mutual_agreement' } }),
        [{ type: 'ended', summary: 'JAS ended early by mutual agreement' }],
        [{ notice: 'jas-ended', on: today, reason: 'mutual_agreement' }],
        [
          { action: 'cancel', purpose: 'midpoint-check-in' },
          { action: 'cancel', purpose: 'jas-end' },
        ],
      );
  }
}

/**
 * Step 3–5: IN designates. A GAR case whose sponsor is already identified, or a BVOR case whose
 * sponsor continues, goes straight to the undertaking; any other case is promoted to sponsors.
 */
function designate(context: ActionContext): ActionDecision {
  const { caseRecord, action, today } = context;
  const { caseType, sponsor } = caseRecord.recommendation;
  const known: CaseSponsor | undefined =
    sponsor.name && sponsor.contactEmail ? { name: sponsor.name, email: sponsor.contactEmail } : undefined;
  const keepsSponsor = caseType === 'BVOR' ? sponsor.bvorSponsorContinues === true : sponsor.identified;
  if (keepsSponsor && known) {
    const next = caseType === 'BVOR' ? 'bvor_sponsor_continues' : 'sponsor_identified';
    return {
      applied: true,
      next: { ...caseRecord, state: 'sponsor_found', sponsor: known },
      events: [
        { type: 'designated', summary: 'IN designated the case as JAS' },
        {
          type: 'sponsor_found',
          summary: `No promotion: ${caseType === 'BVOR' ? 'the current sponsor continues' : 'a sponsor is already identified'}`,
        },
      ],
      effects: [
        { notice: 'decision-to-office', decision: 'designated', reason: action.text, next },
        { notice: 'decision-to-submitter', decision: 'designated' },
        { notice: 'undertaking-instructions' },
      ],
    };
  }
  const promotion = { startedOn: today, endsBy: promotionEndsBy(today) };
  return {
    applied: true,
    next: { ...caseRecord, state: 'promotion', promotion },
    events: [
      { type: 'designated', summary: 'IN designated the case as JAS' },
      { type: 'promotion_started', summary: `Promotion to sponsors until ${promotion.endsBy} at the latest` },
    ],
    effects: [
      { notice: 'decision-to-office', decision: 'designated', reason: action.text, next: 'promotion' },
      { notice: 'decision-to-submitter', decision: 'designated' },
      { notice: 'case-summary-to-roc-o', ...promotion },
      // OB 646 step 5: ROC-O creates the profile shared with sponsors; RSTP gets it once approved.
      { notice: 'profile-for-approval', ...promotion },
    ],
    clocks: [{ action: 'start', purpose: 'promotion-expiry', dueOn: promotion.endsBy }],
  };
}

/**
 * Who is told of a refused action: its (verified) sender, why; and the office, when the sender
 * lacked the role. Unverified senders never reach a decision: they are not answered at all.
 */
export function refusalNotices(
  refusal: Extract<ActionDecision, { applied: false }>,
  messageKey: string,
  sender: string,
  action: OfficerActionKind,
): KeyedNotice<CaseNoticeEffect>[] {
  const told = { sender, action, reason: refusal.reason };
  return [
    { key: `${messageKey}#action-refused`, effect: { notice: 'action-refused', ...told } } as const,
    ...(refusal.code === 'NOT_AUTHORIZED'
      ? [
          {
            key: `${messageKey}#unauthorized-action`,
            effect: { notice: 'unauthorized-action-to-office', ...told },
          } as const,
        ]
      : []),
  ];
}

/** `Group name <contact@group.example>` → the sponsor; `undefined` without an address. */
export function sponsorFrom(text: string): CaseSponsor | undefined {
  const line = text.split(/\r?\n/).find((candidate) => /@/.test(candidate)) ?? '';
  const bracketed = /^(.*?)<\s*([^<>\s]+@[^<>\s]+)\s*>/.exec(line);
  const email = bracketed?.[2] ?? /[^\s<>,;:]+@[^\s<>,;:]+\.[a-z]{2,}/i.exec(line)?.[0];
  if (!email) return undefined;
  const name = (bracketed?.[1] ?? line.replace(email, ''))
    .replace(/^\s*(sponsor|répondant)\s*:\s*/i, '')
    .replace(/[\s,;:–—-]+$/, '')
    .trim();
  return { name: name || email, email: email.toLowerCase() };
}
