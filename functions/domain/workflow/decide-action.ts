import { LATE_NOT_CONSIDERED_FLAG } from '../../../forms/jas-recommendation/rules.js';
import type { BilingualText } from '../../../kernel/bilingual-text.js';
import {
  addCalendarMonths,
  jasPeriodFrom,
  PROMOTION_MONTHS,
  promotionEndsBy,
} from '../../../kernel/policy-calendar.js';
import type { CaseRecord, CaseState } from '../case-record.js';
import type { CaseSponsor } from '../case-sponsor.js';
import { CASE_STATE_NAMES } from '../case-state-names.js';
import type { CaseNoticeEffect, KeyedNotice } from '../notice-effect.js';
import { ACTION_DESCRIPTIONS, ACTION_WORDS, type OfficerAction, type OfficerActionKind } from '../officer-action.js';
import type { CaseParty } from './case-party.js';
import { requiredSponsorForms, sponsorFormNumber } from './required-sponsor-forms.js';

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

export type RefusalCode =
  | 'STALE_ACTION'
  | 'NOT_AUTHORIZED'
  | 'NOT_ALLOWED_IN_STATE'
  | 'DETAIL_MISSING'
  | 'LATE_NOT_CONSIDERED'
  | 'AGREEMENT_MISSING';

export type ActionDecision =
  | {
      readonly applied: true;
      readonly next: CaseRecord;
      readonly events: readonly { readonly type: string; readonly summary: string }[];
      readonly effects: readonly CaseNoticeEffect[];
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
  // Step 2: the office may identify a sponsor before recommending; step 5: ROC-O (or RSTP) records the one promotion found.
  SPONSOR_FOUND: {
    who: ['local-officer', 'local-supervisor', 'roc-o-officer', 'rstp-officer'],
    states: ['received', 'local_review', 'info_requested', 'promotion'],
  },
  APPROVE_UNDERTAKING: { who: ['roc-o-officer'], states: ['sponsor_found', 'undertaking_submitted'] },
  CHECKLIST_RECEIVED: { who: ['local-officer', 'local-supervisor'], states: ['case_conference'] },
  CONCERN: { who: ['local-officer', 'local-supervisor', 'sponsor', 'spo'], states: ['active'] },
  END_EARLY: { who: ['local-officer', 'local-supervisor'], states: ['active'] },
  CONSIDER_LATE: { who: ['local-officer', 'local-supervisor'], states: ['received', 'local_review', 'info_requested'] },
  SHORTEN_PROMOTION: { who: ['local-officer', 'local-supervisor'], states: ['promotion'] },
  EXTEND_PROMOTION: { who: ['local-officer', 'local-supervisor'], states: ['promotion', 'designated'] },
  PLACE_ON_RAP: { who: ['local-officer', 'local-supervisor'], states: ['designated', 'promotion', 'sponsor_found'] },
  WAIVE_SETTLEMENT_PLAN: { who: ['roc-o-officer'], states: ['designated', 'promotion', 'sponsor_found'] },
  REQUIRE_SETTLEMENT_PLAN: { who: ['roc-o-officer'], states: ['designated', 'promotion', 'sponsor_found'] },
  SPONSOR_AGREES_TO_END: { who: ['sponsor', 'local-officer', 'local-supervisor'], states: ['active'] },
  CLIENT_AGREES_TO_END: { who: ['local-officer', 'local-supervisor'], states: ['active'] },
  // Steps 5 and 7: ROC-O's own GCMS work (the note at designation, the sponsorship entries once the
  // undertaking is approved) is recorded as done from designation on.
  GCMS_DONE: {
    who: ['roc-o-officer'],
    states: [
      'designated',
      'promotion',
      'sponsor_found',
      'undertaking_submitted',
      'undertaking_approved',
      'case_conference',
      'active',
      'ended',
    ],
  },
};

/** The review of a late form waits for the office's decision to consider it: these actions need it. */
const NEED_LATE_FORM_CONSIDERED: readonly OfficerActionKind[] = ['RECOMMEND', 'CONCUR', 'REQUEST_INFO'];

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

function notAuthorized(party: CaseParty, kind: OfficerActionKind): ActionDecision {
  const described = ACTION_DESCRIPTIONS[kind];
  return refuse(
    'NOT_AUTHORIZED',
    `${party.address} does not hold a role that may “${described.en.toLowerCase()}” for this case.`,
    `${party.address} n’occupe pas un rôle qui permet de « ${described.fr.toLowerCase()} » pour ce dossier.`,
  );
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
  if (!rule.who.some((who) => held.has(who))) return notAuthorized(party, action.kind);
  if (!rule.states.includes(caseRecord.state)) {
    const state = CASE_STATE_NAMES[caseRecord.state];
    return refuse(
      'NOT_ALLOWED_IN_STATE',
      `“${described.en}” is not possible while the case is ${state.en}.`,
      `« ${described.fr} » n’est pas possible pendant que le dossier est ${state.fr}.`,
    );
  }
  if (NEED_LATE_FORM_CONSIDERED.includes(action.kind) && caseRecord.flags.includes(LATE_NOT_CONSIDERED_FLAG)) {
    return refuse(
      'LATE_NOT_CONSIDERED',
      `This GAR form arrived more than 8 months after the client’s arrival, without exceptional circumstances or a sponsor: OB 646 step 1 says it is not considered unless the office decides to. To consider it, reply “${ACTION_WORDS.CONSIDER_LATE.en}” with the reason.`,
      `Ce formulaire de RPG est arrivé plus de 8 mois après l’arrivée du client, sans circonstances exceptionnelles ni répondant : selon l’étape 1 du BO 646, il n’est pas examiné à moins que le bureau ne le décide. Pour l’examiner, répondez « ${ACTION_WORDS.CONSIDER_LATE.fr} » avec la raison.`,
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
  ): ActionDecision => ({ applied: true, next, events, effects });

  switch (action.kind) {
    case 'RECOMMEND':
      if (!held.has('local-supervisor')) {
        return applied(
          {
            ...caseRecord,
            concurrencePendingFrom: party.address,
            recommendationNotes: notesWith(caseRecord, party, action),
          },
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
        move('recommended_to_in', {
          concurrencePendingFrom: undefined,
          recommendationNotes: notesWith(caseRecord, party, action),
        }),
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
        move('recommended_to_in', {
          concurrencePendingFrom: undefined,
          recommendationNotes: notesWith(caseRecord, party, action),
        }),
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
      if (caseRecord.state !== 'promotion') {
        // Step 2: a sponsor the office identified is told to IN with the recommendation, and spares the
        // case promotion; step 1: a late form with a sponsor identified is considered.
        if (!held.has('local-officer')) return notAuthorized(party, action.kind);
        return applied(
          {
            ...caseRecord,
            sponsor,
            flags: caseRecord.flags.filter((flag) => flag !== LATE_NOT_CONSIDERED_FLAG),
          },
          [{ type: 'sponsor_identified', summary: `The office identified a sponsor: ${sponsor.name}` }],
          [],
        );
      }
      if (!held.has('roc-o-officer') && !held.has('rstp-officer')) return notAuthorized(party, action.kind);
      return applied(
        move('sponsor_found', { sponsor }),
        [{ type: 'sponsor_found', summary: `Sponsor found: ${sponsor.name}` }],
        [
          ...(promotedByRstp(caseRecord)
            ? [{ notice: 'promotion-stop-to-rstp', reason: 'sponsor_found', on: today } as const]
            : []),
          { notice: 'sponsor-found', sponsor },
          { notice: 'undertaking-instructions' },
        ],
      );
    }
    case 'APPROVE_UNDERTAKING': {
      // Steps 6–7: ROC-O approves the undertaking the sponsor submitted, not one still incomplete.
      const missing = requiredSponsorForms(caseRecord)
        .filter((formId) => !caseRecord.undertakingForms?.[formId])
        .map(sponsorFormNumber);
      if (caseRecord.state === 'sponsor_found')
        return refuse(
          'NOT_ALLOWED_IN_STATE',
          `The sponsor has not submitted the whole undertaking yet (OB 646 step 6); still to come: ${missing.join(', ')}. It can be approved once they are in.`,
          `Le répondant n’a pas encore présenté tout l’engagement (BO 646, étape 6); il manque encore\u202f: ${missing.join(', ')}. Il pourra être approuvé une fois ces formulaires reçus.`,
        );
      return applied(
        move('undertaking_approved'),
        [{ type: 'undertaking_approved', summary: 'ROC-O approved the sponsorship undertaking' }],
        [{ notice: 'undertaking-approved' }, { notice: 'case-conference-coordination' }],
      );
    }
    case 'CHECKLIST_RECEIVED': {
      const jasPeriod = jasPeriodFrom(caseRecord.recommendation.client.arrivalDate, today);
      return applied(
        move('active', { jasPeriod }),
        [{ type: 'jas_active', summary: `Checklist reviewed; JAS runs ${jasPeriod.startsOn} to ${jasPeriod.endsOn}` }],
        [{ notice: 'jas-active' }],
      );
    }
    case 'CONCERN':
      return applied(
        caseRecord,
        [{ type: 'concern_reported', summary: 'Concern reported to IN' }],
        [{ notice: 'concern-to-in', from: party.address, text: action.text }],
      );
    case 'END_EARLY': {
      const waitingFor = missingAgreements(caseRecord);
      if (waitingFor.length > 0)
        return refuse(
          'AGREEMENT_MISSING',
          `The JAS ends early only with the mutual agreement of the sponsor and the refugee (OB 646, “JAS duration”); still to be recorded: ${waitingFor.map((who) => (who === 'sponsor' ? `the sponsor’s (${ACTION_WORDS.SPONSOR_AGREES_TO_END.en})` : `the refugee’s (${ACTION_WORDS.CLIENT_AGREES_TO_END.en})`)).join(' and ')}.`,
          `Le PAC ne prend fin plus tôt que d’un commun accord entre le répondant et le réfugié (BO 646, « Durée du PAC »); reste à consigner : ${waitingFor.map((who) => (who === 'sponsor' ? `celui du répondant (${ACTION_WORDS.SPONSOR_AGREES_TO_END.fr})` : `celui du réfugié (${ACTION_WORDS.CLIENT_AGREES_TO_END.fr})`)).join(' et ')}.`,
        );
      return applied(
        move('ended', { ended: { on: today, reason: 'mutual_agreement' } }),
        [{ type: 'ended', summary: 'JAS ended early by mutual agreement' }],
        [{ notice: 'jas-ended', on: today, reason: 'mutual_agreement' }],
      );
    }
    case 'GCMS_DONE':
      return applied(
        caseRecord,
        [
          {
            type: 'gcms_tasks_done',
            summary: ['undertaking_approved', 'case_conference', 'active', 'ended'].includes(caseRecord.state)
              ? 'ROC-O recorded its GCMS tasks of steps 5 and 7 as done'
              : 'ROC-O recorded its GCMS note of step 5 as done',
          },
        ],
        [],
      );
    case 'SPONSOR_AGREES_TO_END':
    case 'CLIENT_AGREES_TO_END':
      return recordEndAgreement(context, action.kind === 'SPONSOR_AGREES_TO_END' ? 'sponsor' : 'client');
    case 'CONSIDER_LATE':
      if (!caseRecord.flags.includes(LATE_NOT_CONSIDERED_FLAG))
        return refuse(
          'NOT_ALLOWED_IN_STATE',
          'This case’s recommendation form is not waiting for a decision to consider it late.',
          'Le formulaire de recommandation de ce dossier n’attend pas de décision d’examen tardif.',
        );
      return applied(
        { ...caseRecord, flags: caseRecord.flags.filter((flag) => flag !== LATE_NOT_CONSIDERED_FLAG) },
        [{ type: 'late_form_considered', summary: 'The office decided to consider the late recommendation form' }],
        [{ notice: 'case-decision', decision: 'late-form-considered', by: party.address, note: action.text }],
      );
    case 'SHORTEN_PROMOTION':
    case 'EXTEND_PROMOTION':
      return changePromotion(context);
    case 'PLACE_ON_RAP':
      if (caseRecord.recommendation.caseType !== 'BVOR')
        return refuse(
          'NOT_ALLOWED_IN_STATE',
          'Putting the client on the RAP instead is an option for BVOR sponsorship breakdowns (OB 646 step 4); a GAR client is on the RAP already.',
          'L’inscription au PAR est une option en cas d’échec du parrainage d’un RDBV (BO 646, étape 4); un client RPG est déjà au PAR.',
        );
      return applied(
        move('ended', { ended: { on: today, reason: 'placed_on_rap' } }),
        [{ type: 'placed_on_rap', summary: 'The office put the client on the RAP instead of JAS (BVOR breakdown)' }],
        [
          ...(caseRecord.state === 'promotion' && promotedByRstp(caseRecord)
            ? [{ notice: 'promotion-stop-to-rstp', reason: 'placed_on_rap', on: today } as const]
            : []),
          { notice: 'case-decision', decision: 'placed-on-rap', by: party.address, on: today, note: action.text },
        ],
      );
    case 'WAIVE_SETTLEMENT_PLAN':
    case 'REQUIRE_SETTLEMENT_PLAN':
      return decideSettlementPlan(context, action.kind === 'REQUIRE_SETTLEMENT_PLAN');
  }
}

/** Whether RSTP started promoting the case: only a profile ROC-O approved reaches RSTP (step 5). */
function promotedByRstp(caseRecord: CaseRecord): boolean {
  return Boolean(caseRecord.promotion?.profileApprovedOn);
}

/** The officer's and the supervisor's words on recommending travel to IN with the form (step 2). */
function notesWith(caseRecord: CaseRecord, party: CaseParty, action: OfficerAction) {
  const earlier = caseRecord.recommendationNotes ?? [];
  return action.text ? [...earlier, { by: party.address, text: action.text }] : earlier;
}

function missingAgreements(caseRecord: CaseRecord): ('sponsor' | 'client')[] {
  return (['sponsor', 'client'] as const).filter((who) => !caseRecord.endAgreement?.[who]);
}

/**
 * "JAS duration": the JAS ends early with the mutual agreement of the sponsor and the refugee and
 * the local office's recommendation. Each agreement is recorded as it arrives: the sponsor's from
 * the sponsor or forwarded by the office, the refugee's sent or forwarded by the office.
 */
function recordEndAgreement(context: ActionContext, who: 'sponsor' | 'client'): ActionDecision {
  const { caseRecord, party, today } = context;
  const next = { ...caseRecord, endAgreement: { ...caseRecord.endAgreement, [who]: { by: party.address, on: today } } };
  return {
    applied: true,
    next,
    events: [
      {
        type: 'end_agreement_recorded',
        summary: `${who === 'sponsor' ? 'The sponsor’s' : 'The refugee’s'} agreement to end the JAS early recorded`,
      },
    ],
    effects: [
      {
        notice: 'case-decision',
        decision: 'end-agreement',
        by: party.address,
        party: who,
        waitingFor: missingAgreements(next),
      },
    ],
  };
}

/**
 * Step 4: for a BVOR breakdown the office may post the case for a shortened period; the total
 * stays within the 4-month maximum, counted from the start of the posting. After a posting ran
 * out, EXTEND posts the case again from today.
 */
function changePromotion(context: ActionContext): ActionDecision {
  const { caseRecord, action, party, today } = context;
  const shorten = action.kind === 'SHORTEN_PROMOTION';
  const months = Number(/\d+/.exec(action.text)?.[0]);
  if (!Number.isInteger(months) || months < 1 || months > PROMOTION_MONTHS)
    return refuse(
      'DETAIL_MISSING',
      `Say for how many months in all the case is posted, from 1 to ${PROMOTION_MONTHS}, e.g. “${ACTION_WORDS[action.kind].en}: 2 months”.`,
      `Indiquez pendant combien de mois en tout le cas est affiché, de 1 à ${PROMOTION_MONTHS}, p. ex. « ${ACTION_WORDS[action.kind].fr} : 2 mois ».`,
    );
  if (shorten && caseRecord.recommendation.caseType !== 'BVOR')
    return refuse(
      'NOT_ALLOWED_IN_STATE',
      'A shortened posting is an option for BVOR sponsorship breakdowns (OB 646 step 4).',
      'Un affichage plus court est une option en cas d’échec du parrainage d’un RDBV (BO 646, étape 4).',
    );
  const postedAgain = caseRecord.state === 'designated';
  if (postedAgain && !caseRecord.flags.includes('promotion_expired'))
    return refuse(
      'NOT_ALLOWED_IN_STATE',
      'Only a case whose promotion ran out without a sponsor can be posted again.',
      'Seul un cas dont la promotion a pris fin sans répondant peut être affiché de nouveau.',
    );
  const startedOn = postedAgain || !caseRecord.promotion ? today : caseRecord.promotion.startedOn;
  const endsBy = addCalendarMonths(startedOn, months);
  if (endsBy <= today)
    return refuse(
      'DETAIL_MISSING',
      `${months} month(s) from ${startedOn} ends on ${endsBy}, which has passed: choose a longer period, or put the client on the RAP.`,
      `${months} mois à compter du ${startedOn} se termine le ${endsBy}, date passée : choisissez une période plus longue, ou inscrivez le client au PAR.`,
    );
  // The profile ROC-O approved stays approved: a posting changed or posted again promotes the same profile.
  const promotion = { ...caseRecord.promotion, startedOn, endsBy };
  const dates = { startedOn, endsBy };
  return {
    applied: true,
    next: {
      ...caseRecord,
      state: 'promotion',
      promotion,
      flags: caseRecord.flags.filter((flag) => flag !== 'promotion_expired'),
    },
    events: [{ type: 'promotion_changed', summary: `Promotion to sponsors now until ${endsBy} at the latest` }],
    effects: [
      { notice: 'case-decision', decision: 'promotion-changed', by: party.address, endsBy, note: action.text },
      // Posted again: ROC-O tracks it anew; RSTP starts again with the approved profile, or ROC-O approves one first.
      ...(postedAgain
        ? [
            { notice: 'case-summary-to-roc-o', ...dates } as const,
            promotedByRstp(caseRecord)
              ? ({ notice: 'promotion-start-to-rstp', ...dates } as const)
              : ({ notice: 'profile-for-approval', ...dates } as const),
          ]
        : []),
    ],
  };
}

/**
 * Step 6: IMM 5494 "if required". ROC-O decides; waiving it completes an undertaking that already
 * has IMM 1324 and IMM 5492.
 */
function decideSettlementPlan(context: ActionContext, required: boolean): ActionDecision {
  const { caseRecord, party } = context;
  const forms = caseRecord.undertakingForms ?? {};
  const complete = !required && caseRecord.state === 'sponsor_found' && forms.imm1324 && forms.imm5492;
  return {
    applied: true,
    next: { ...caseRecord, settlementPlanRequired: required, ...(complete && { state: 'undertaking_submitted' }) },
    events: [
      {
        type: required ? 'settlement_plan_required' : 'settlement_plan_waived',
        summary: required
          ? 'ROC-O requires the settlement plan (IMM 5494)'
          : 'ROC-O waived the settlement plan (IMM 5494)',
      },
      ...(complete
        ? [{ type: 'undertaking_submitted', summary: 'Undertaking complete without the settlement plan' }]
        : []),
    ],
    effects: [
      { notice: 'case-decision', decision: 'settlement-plan', by: party.address, required },
      ...(complete
        ? [{ notice: 'undertaking-received', documentKeys: [forms.imm1324!, forms.imm5492!] } as const]
        : []),
    ],
  };
}

/**
 * Step 3–5: IN designates. A case whose sponsor is already identified (a BVOR case's new sponsor
 * included), or a BVOR case whose sponsor continues, goes straight to the undertaking; any other
 * case is promoted to sponsors.
 */
function designate(context: ActionContext): ActionDecision {
  const { caseRecord, action, today } = context;
  const { caseType, sponsor } = caseRecord.recommendation;
  // The sponsor the office identified (step 2), else the one the form names.
  const known: CaseSponsor | undefined =
    caseRecord.sponsor ??
    (sponsor.name && sponsor.contactEmail ? { name: sponsor.name, email: sponsor.contactEmail } : undefined);
  // Step 5: "no need to promote … if the sponsoring group is willing to continue … or if a sponsor is already found".
  const continues = caseType === 'BVOR' && sponsor.bvorSponsorContinues === true;
  if ((continues || sponsor.identified || caseRecord.sponsor) && known) {
    const next = continues ? 'bvor_sponsor_continues' : 'sponsor_identified';
    return {
      applied: true,
      next: { ...caseRecord, state: 'sponsor_found', sponsor: known },
      events: [
        { type: 'designated', summary: 'IN designated the case as JAS' },
        {
          type: 'sponsor_found',
          summary: `No promotion: ${continues ? 'the current sponsor continues' : 'a sponsor is already identified'}`,
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
