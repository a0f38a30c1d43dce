import { createHash } from 'node:crypto';
import type { BilingualText } from '../../../kernel/bilingual-text.js';
import type { InboundMessage } from '../../mime/inbound-message.js';
import { UnreadableMessageError } from '../../mime/unreadable-message-error.js';
import type { MessageOutcome } from '../case-record.js';
import { type KeptFragment, missingParts } from '../fragment-store.js';
import type { PipelineDependencies } from '../pipeline-dependencies.js';

const INCOMPLETE_SPLIT_MESSAGE = 'MESSAGE_FRAGMENTS_INCOMPLETE';

/** What one hand-over found and did. */
export interface IncompleteSplitMessages {
  /** The final outcome of each fragment that was held. */
  readonly outcomes: readonly MessageOutcome[];
  /** Groups (by their key, which holds no personal data) whose hand-over failed: the next sweep tries again. */
  readonly failed: readonly string[];
}

/**
 * A split message (RFC 2046 message/partial) whose fragments never all arrived is a person's
 * business: once nothing more of it has come since `keptBefore`, the triage mailbox is told which
 * parts arrived, as which stored messages, and which are missing, with the first part attached,
 * and every part still held gets that as its final outcome. Nothing is deleted: the parts stay
 * stored, and a part that arrives later still completes the message. Each group is handed over
 * once for the parts it holds then (the notice is keyed by them); at most `maxGroups` per run.
 */
export async function handOverIncompleteSplitMessages(
  deps: PipelineDependencies,
  window: { readonly keptBefore: Date; readonly maxGroups: number },
): Promise<IncompleteSplitMessages> {
  const outcomes: MessageOutcome[] = [];
  const failed: string[] = [];
  let handedOver = 0;
  for await (const { groupKey, fragments } of deps.fragments.keptGroups()) {
    if (handedOver >= window.maxGroups) break;
    if (missingParts(fragments).complete) continue;
    const latest = Math.max(...fragments.map((fragment) => fragment.keptAt.getTime()));
    if (latest >= window.keptBefore.getTime()) continue;
    try {
      const held: KeptFragment[] = [];
      for (const fragment of fragments)
        if ((await deps.cases.findMessageOutcome(fragment.messageKey))?.outcome === 'held') held.push(fragment);
      // Handed over already, and nothing held has come since.
      if (held.length === 0) continue;
      handedOver += 1;
      outcomes.push(...(await handOver(groupKey, fragments, held, new Date(latest), deps)));
    } catch {
      // The parts stay held: the next sweep tries again, and the sweep's report names the group.
      failed.push(groupKey);
    }
  }
  return { outcomes, failed };
}

async function handOver(
  groupKey: string,
  fragments: readonly KeptFragment[],
  held: readonly KeptFragment[],
  latest: Date,
  deps: PipelineDependencies,
): Promise<MessageOutcome[]> {
  const byNumber = [...fragments].sort((a, b) => a.number - b.number || a.messageKey.localeCompare(b.messageKey));
  const first = byNumber[0]!;
  const raw = await deps.mailStore.getRawMessage(first.messageKey);
  const message = raw && (await readHeaders(raw, deps));
  const reason = incompleteReason(byNumber, latest);
  const heldKeys = held.map((fragment) => fragment.messageKey).sort();
  const sent = await deps.notices.sendAboutMessage(
    [
      {
        key: `fragments#${groupKey}#${createHash('sha256').update(heldKeys.join('\n')).digest('hex')}#triage`,
        effect: {
          notice: 'triage',
          reasonCode: INCOMPLETE_SPLIT_MESSAGE,
          reason,
          messageKey: first.messageKey,
          from: message?.from,
          subject: message?.subject ?? '',
          ...(raw && {
            attachOriginalAs: message ? ('message/rfc822' as const) : ('application/octet-stream' as const),
          }),
        },
      },
    ],
    { ...(raw && { raw }), ...(message && { message }) },
  );
  const at = deps.wallClock.now().toISOString();
  const outcomes: MessageOutcome[] = [];
  for (const messageKey of heldKeys)
    outcomes.push(
      await deps.cases.settleHeldOutcome({
        messageKey,
        outcome: 'quarantined',
        caseIds: [],
        reasonCode: INCOMPLETE_SPLIT_MESSAGE,
        reason: reason.en,
        formsFound: [],
        problems: [],
        noticesSent: sent,
        at,
      }),
    );
  return outcomes;
}

/** The first part's own headers (From, Subject), for the person; a part that does not parse has none to give. */
async function readHeaders(raw: Uint8Array, deps: PipelineDependencies): Promise<InboundMessage | undefined> {
  try {
    return await deps.reader.readMessage(raw);
  } catch (error) {
    if (error instanceof UnreadableMessageError) return undefined;
    throw error;
  }
}

/** Which parts arrived, as which stored messages, which are missing, and when the last came: in both languages. */
export function incompleteReason(fragments: readonly KeptFragment[], latest: Date): BilingualText {
  const { total, arrived, missing } = missingParts(fragments);
  // Without the last part, the parts below the highest that arrived are known to be missing too.
  const gaps = total
    ? missing
    : Array.from({ length: Math.max(...arrived) }, (_, i) => i + 1).filter((n) => !arrived.includes(n));
  const list = (numbers: readonly number[], and: string) =>
    numbers.length === 1 ? `${numbers[0]}` : `${numbers.slice(0, -1).join(', ')} ${and} ${numbers.at(-1)}`;
  const stored = fragments.map((fragment) => `${fragment.number}: ${fragment.messageKey}`).join(', ');
  const when = `${latest.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  const of = (language: 'en' | 'fr') => (total ? (language === 'en' ? ` of ${total}` : ` sur ${total}`) : '');
  const enArrived = `part${arrived.length > 1 ? 's' : ''} ${list(arrived, 'and')}${of('en')} arrived`;
  const frArrived =
    arrived.length > 1
      ? `les parties ${list(arrived, 'et')}${of('fr')} sont arrivées`
      : `la partie ${arrived[0]}${of('fr')} est arrivée`;
  const enMissing = total
    ? `part${gaps.length > 1 ? 's' : ''} ${list(gaps, 'and')} never did`
    : `${gaps.length > 0 ? `part${gaps.length > 1 ? 's' : ''} ${list(gaps, 'and')} and ` : ''}the last part, which says how many there are, never did`;
  const frLast = 'la dernière partie, qui indique combien il y en a,';
  const frGaps = gaps.length > 1 ? `les parties ${list(gaps, 'et')}` : `la partie ${gaps[0]}`;
  const frMissing = total
    ? `${frGaps} ${gaps.length > 1 ? 'ne sont jamais arrivées' : 'n’est jamais arrivée'}`
    : gaps.length > 0
      ? `${frGaps} et ${frLast} ne sont jamais arrivées`
      : `${frLast} n’est jamais arrivée`;
  return {
    en: `A message the sender’s mail program split into parts (RFC 2046 message/partial) never arrived whole: ${enArrived}, ${enMissing}; the latest part came on ${when}. None of it was read. The parts that arrived stay stored (part: stored message): ${stored}. Ask the sender to send it again as one message, with fewer or smaller attachments if their mail program splits large messages.`,
    fr: `Un message que le logiciel de courriel de l’expéditeur a découpé en parties (RFC 2046, message/partial) n’est jamais arrivé en entier\u202f: ${frArrived}, ${frMissing}. La plus récente est arrivée le ${when}. Rien n’en a été lu. Les parties reçues demeurent conservées (partie\u202f: message conservé)\u202f: ${stored.replaceAll(': ', '\u202f: ')}. Demandez à l’expéditeur de le renvoyer en un seul message, avec moins de pièces jointes ou des pièces plus petites si son logiciel découpe les gros messages.`,
  };
}
