import { createHash } from 'node:crypto';
import type { InboundMessage } from '../../mime/inbound-message.js';
import { reassembleFragments } from '../../mime/message-fragment.js';
import type { MessageOutcome } from '../case-record.js';
import { missingParts } from '../fragment-store.js';
import type { PipelineDependencies } from '../pipeline-dependencies.js';
import type { SenderCheck } from '../ses-verdicts.js';
import type { InboundEmailRef } from './inbound-email-ref.js';
import { triageMessage } from './triage-message.js';

/**
 * One fragment of a message the sender's mail program split (RFC 2046 message/partial): kept with
 * the others of its message until all have arrived, then the message they rebuild is returned to
 * be processed as if it had arrived whole. Until then the fragment's outcome says what is awaited.
 * Only fragments from a verified author are kept, grouped by that author and the fragments' id,
 * so nobody can slip a fragment into someone else's message.
 */
export async function holdFragment(
  ref: InboundEmailRef,
  raw: Uint8Array,
  message: InboundMessage,
  sender: SenderCheck,
  deps: PipelineDependencies,
): Promise<MessageOutcome | { readonly reassembled: Uint8Array }> {
  const fragment = message.fragment!;
  if (!sender.verified)
    return triageMessage(
      ref,
      deps,
      {
        code: 'FRAGMENT_UNVERIFIED',
        reason: {
          en: 'A fragment of a split message from a sender SES could not verify: not kept with the others.',
          fr: 'Un fragment d’un message découpé, d’un expéditeur que SES n’a pas pu vérifier\u202f: non conservé avec les autres.',
        },
      },
      { raw, message },
    );
  // Names of things carry no personal data: the group is a hash of the author and the fragments' id.
  const group = createHash('sha256').update(`${sender.address}\n${fragment.id}`).digest('hex');
  await deps.fragments.keepFragment(group, { ...fragment, messageKey: ref.messageKey }, raw);
  const { total, missing, complete } = missingParts(await deps.fragments.keptFragments(group));
  if (!total || !complete) {
    const awaited = total
      ? `waiting for fragment${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of ${total}`
      : 'waiting for the last fragment, which gives the total';
    return deps.cases.recordMessageOutcome({
      messageKey: ref.messageKey,
      outcome: 'held',
      caseIds: [],
      reasonCode: 'MESSAGE_FRAGMENT_HELD',
      reason: `Fragment ${fragment.number} of a split message (RFC 2046) kept; ${awaited}. The message is processed when all have arrived; one still incomplete after the configured wait goes to triage.`,
      formsFound: [],
      problems: [],
      noticesSent: [],
      at: deps.wallClock.now().toISOString(),
    });
  }
  const fragments: Uint8Array[] = [];
  for (let number = 1; number <= total; number += 1) {
    const stored = number === fragment.number ? raw : await deps.fragments.getFragment(group, number);
    if (!stored) throw new Error(`Fragment ${number} of a kept group could not be read back`);
    fragments.push(stored);
  }
  return { reassembled: reassembleFragments(fragments) };
}
