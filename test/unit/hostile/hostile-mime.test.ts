import fc from 'fast-check';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { describe, expect, it } from 'vitest';
import { readInboundMessage } from '../../../functions/mime/read-inbound-message.js';
import { UnreadableMessageError } from '../../../functions/mime/unreadable-message-error.js';

const multipart = (parts: string[]) =>
  Buffer.from(
    `Subject: parts\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n${parts.map((part) => `--b\r\n${part}\r\n`).join('')}--b--\r\n`,
  );

async function outcomeOf(raw: Buffer): Promise<string> {
  try {
    const message = await readInboundMessage(raw);
    return `read: ${message.pdfs.length} pdf(s)`;
  } catch (error) {
    if (error instanceof UnreadableMessageError) return error.code;
    throw error;
  }
}

describe('hostile MIME ends in a clear outcome', () => {
  it.each([
    [
      '10,000 headers',
      Buffer.from(
        `${Array.from({ length: 10_000 }, (_, i) => `X-Header-${i}: v`).join('\r\n')}\r\nSubject: x\r\n\r\nbody`,
      ),
      'read: 0 pdf(s)',
    ],
    [
      'nesting 2,000 deep',
      Buffer.from(
        `Subject: deep\r\n${Array.from({ length: 2000 }).reduce<string>((inner, _, i) => `Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n${inner}\r\n--b${i}--`, 'body')}`,
      ),
      'MESSAGE_TOO_MANY_PARTS',
    ],
    [
      '1,000 attachments',
      multipart(
        Array.from(
          { length: 1000 },
          (_, i) =>
            `Content-Type: application/pdf\r\nContent-Disposition: attachment; filename="f${i}.pdf"\r\n\r\n%PDF-1.4 x`,
        ),
      ),
      'MESSAGE_TOO_MANY_PARTS',
    ],
    ['a 5 MB header', Buffer.from(`Subject: ${'a'.repeat(5_000_000)}\r\n\r\nx`), 'MESSAGE_HEADER_TOO_LARGE'],
    [
      'a broken boundary and bad base64',
      Buffer.from(
        'Subject: x\r\nContent-Type: multipart/mixed; boundary="zz"\r\n\r\n--zz\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0x!!!not base64',
      ),
      'read: 1 pdf(s)',
    ],
    [
      'a non-UTF-8 subject',
      Buffer.concat([Buffer.from('Subject: '), Buffer.from([0xff, 0xfe, 0xe9, 0x80]), Buffer.from('\r\n\r\nbody')]),
      'read: 0 pdf(s)',
    ],
    [
      'an unknown charset',
      Buffer.from('Subject: =?x-klingon?B?AAAA?=\r\nContent-Type: text/plain; charset=x-klingon\r\n\r\nbody'),
      'read: 0 pdf(s)',
    ],
  ])('%s', async (_name, raw, expected) => {
    expect(await outcomeOf(raw)).toBe(expected);
  });

  it('a 20 MB text part is read without blocking for minutes (mailparser#389)', async () => {
    expect(
      await outcomeOf(Buffer.from(`Subject: big\r\nContent-Type: text/plain\r\n\r\n${'word '.repeat(4_000_000)}`)),
    ).toBe('read: 0 pdf(s)');
  });
});

describe('fuzzing the MIME reader (fixed seed, bounded)', () => {
  it('any mutation of a real message is read or refused with an UnreadableMessageError, never anything else', async () => {
    const seed = await new MailComposer({
      from: 'Intake <intake@spo.example>',
      to: 'jas@intake.example',
      subject: 'Formulaire PAC — Zoé',
      text: 'Bonjour',
      attachments: [{ filename: 'form.pdf', content: Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF') }],
    })
      .compile()
      .build();
    const mutation = fc.record({
      cuts: fc.array(fc.tuple(fc.nat({ max: seed.length - 1 }), fc.nat({ max: 64 })), { maxLength: 4 }),
      inserts: fc.array(fc.tuple(fc.nat({ max: seed.length - 1 }), fc.uint8Array({ maxLength: 64 })), { maxLength: 4 }),
    });
    await fc.assert(
      fc.asyncProperty(mutation, async ({ cuts, inserts }) => {
        let bytes = Buffer.from(seed);
        for (const [at, length] of cuts) bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + length)]);
        for (const [at, insert] of inserts)
          bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(insert), bytes.subarray(at)]);
        await outcomeOf(bytes);
      }),
      { seed: 646, numRuns: 300 },
    );
  });
});
