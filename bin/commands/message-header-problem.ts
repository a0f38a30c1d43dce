// An RFC 5322 header field: a name of printable characters other than the colon, then a colon.
const FIELD = /^[\x21-\x39\x3b-\x7e]+:/;
const FOLDED = /^[ \t]/;
// A file exported from an mbox may start with its "From sender date" separator line.
const MBOX_SEPARATOR = /^From \S/;
const HEADER_SCAN_BYTES = 256 * 1024;

/**
 * Why a file is not an email message, or `undefined` when it is one: the pipeline reads whatever
 * arrives, but `jas ingest` is given files by hand, and a README or a PDF given by mistake must be
 * refused with its reason rather than sent to triage. A message starts with header fields
 * (`Name: value`, continued on indented lines) up to an empty line, and names its sender (`From:`).
 */
export function messageHeaderProblem(raw: Uint8Array): string | undefined {
  if (raw.byteLength === 0) return 'the file is empty';
  const head = Buffer.from(raw.subarray(0, HEADER_SCAN_BYTES)).toString('latin1');
  if (head.startsWith('%PDF-'))
    return 'it is a PDF, not an email message: attach it to a message, or use `jas forms read`';
  if (head.includes('\0')) return 'it is a binary file, not an email message';
  const lines = head.split(/\r?\n/);
  if (MBOX_SEPARATOR.test(lines[0] ?? '')) lines.shift();
  const end = lines.indexOf('');
  const header = end === -1 ? lines : lines.slice(0, end);
  if (!FIELD.test(header[0] ?? ''))
    return 'its first line is not a header field such as `From:` or `Subject:` (save the message with its headers, as .eml)';
  const stray = header.findIndex((line) => !FIELD.test(line) && !FOLDED.test(line));
  if (stray !== -1) return `line ${stray + 1} of its header is neither a header field nor a continuation of one`;
  if (!header.some((line) => /^from:/i.test(line))) return 'it has no `From:` header: no sender to reply to';
  return undefined;
}
