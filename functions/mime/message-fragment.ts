/** One fragment of a message split by the sender's mail program (RFC 2046 §5.2.2, message/partial). */
export interface MessageFragment {
  /** The id shared by every fragment of one message, as the sender wrote it. */
  readonly id: string;
  /** 1-based position of this fragment. */
  readonly number: number;
  /** How many fragments there are; RFC 2046 requires it on the last one at least. */
  readonly total?: number;
}

// More fragments than this is not a form split for a mail server's size limit.
export const MAX_FRAGMENTS = 100;

/** The fragment parameters of a `message/partial` Content-Type, or undefined when they are unusable. */
export function fragmentOf(params: Readonly<Record<string, string>>): MessageFragment | undefined {
  const id = params.id?.trim();
  const number = Number(params.number);
  const total = params.total === undefined ? undefined : Number(params.total);
  if (!id || !Number.isInteger(number) || number < 1 || number > MAX_FRAGMENTS) return undefined;
  if (total !== undefined && (!Number.isInteger(total) || total < number || total > MAX_FRAGMENTS)) return undefined;
  return { id, number, ...(total === undefined ? {} : { total }) };
}

// RFC 2046 §5.2.2.1: these come from the enclosed message's header, every other field from the first fragment's.
const ENCLOSED_FIELDS = /^(content-[^:]*|subject|message-id|encrypted|mime-version):/i;

/**
 * Rebuilds the message that `fragments` (raw fragment messages, in order 1..n) carried, as RFC
 * 2046 §5.2.2.1 says: the first fragment's header fields except Content-*, Subject, Message-ID,
 * Encrypted and MIME-Version, then those fields from the enclosed message's header, then the
 * enclosed body followed by the bodies of the other fragments. The first fragment's header comes
 * first, so the receipt headers SES put on it stay on top of the rebuilt message.
 */
export function reassembleFragments(fragments: readonly Uint8Array[]): Buffer {
  const [first, ...rest] = fragments.map((raw) => splitHeader(Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength)));
  if (!first) throw new RangeError('No fragment to reassemble');
  const enclosed = splitHeader(first.body);
  const outerFields = fieldsOf(first.header).filter((field) => !ENCLOSED_FIELDS.test(field));
  const enclosedFields = fieldsOf(enclosed.header).filter((field) => ENCLOSED_FIELDS.test(field));
  return Buffer.concat([
    Buffer.from(`${[...outerFields, ...enclosedFields].join('\r\n')}\r\n\r\n`, 'latin1'),
    enclosed.body,
    ...rest.map((fragment) => fragment.body),
  ]);
}

function splitHeader(raw: Buffer): { header: string; body: Buffer } {
  const crlf = raw.indexOf('\r\n\r\n');
  const lf = raw.indexOf('\n\n');
  const [end, separator] = crlf >= 0 && (lf < 0 || crlf < lf) ? [crlf, 4] : lf >= 0 ? [lf, 2] : [raw.length, 0];
  return { header: raw.subarray(0, end).toString('latin1'), body: raw.subarray(end + separator) };
}

/** Header fields with their continuation lines kept, each as one string. */
function fieldsOf(header: string): string[] {
  const fields: string[] = [];
  for (const line of header.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && fields.length > 0) fields[fields.length - 1] += `\r\n${line}`;
    else if (line !== '') fields.push(line);
  }
  return fields;
}
