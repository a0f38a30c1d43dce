import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { simpleParser } from 'mailparser';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { describe, expect, it } from 'vitest';
import { reassembleFragments } from '../../../functions/mime/message-fragment.js';
import { readInboundMessage } from '../../../functions/mime/read-inbound-message.js';
import { readTnefAttachments } from '../../../functions/mime/read-tnef.js';

// Made by scripts/fixtures/make-container-fixtures.sh with openssl, zip, mpack and tnef.
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/containers/${name}`, import.meta.url));
const FORM = readFileSync(new URL('../../fixtures/forms/jas-recommendation.pdftk.pdf', import.meta.url));

function compose(options: ConstructorParameters<typeof MailComposer>[0]): Promise<Buffer> {
  return new MailComposer({ from: 'intake@spo.example', to: 'jas@intake.example', ...options }).compile().build();
}

describe('containers people send open to the PDF inside', () => {
  it.each([
    ['Outlook winmail.dat (TNEF)', 'tnef-winmail.eml', 'JAS recommendation form.pdf'],
    ['opaque S/MIME signed data', 'smime-signed-opaque.eml', 'recommendation.pdf'],
    ['a deflated zip archive', 'zip-deflated.eml', 'recommendation.pdf'],
  ])('%s', async (_name, file, pdfName) => {
    const message = await readInboundMessage(fixture(file));
    expect(message.from).toBe('intake@spo.example');
    expect(message.unopened).toEqual([]);
    expect(message.pdfs.map((pdf) => pdf.fileName)).toEqual([pdfName]);
    expect(Buffer.from(message.pdfs[0]!.content).equals(FORM)).toBe(true);
  });

  it('the body of an opaque S/MIME message is read from inside the signature', async () => {
    const message = await readInboundMessage(fixture('smime-signed-opaque.eml'));
    expect(message.textBody).toContain('Recommendation attached.');
  });

  it('a real Outlook winmail.dat (node-tnef’s test suite) gives its files and their long names', async () => {
    const raw = await compose({
      subject: 'Outlook',
      attachments: [
        { filename: 'winmail.dat', content: fixture('outlook-winmail.dat'), contentType: 'application/ms-tnef' },
      ],
    });
    const message = await readInboundMessage(raw);
    expect(message.otherAttachments).toEqual(['zappa_av1.jpg', 'bookmark.htm']);
    expect(message.unopened).toEqual([]);
  });

  it('containers inside containers: a zip inside a forwarded message', async () => {
    const forwarded = await compose({
      subject: 'JAS',
      attachments: [{ filename: 'forms.zip', content: await attachmentOf('zip-deflated.eml') }],
    });
    const raw = await compose({
      subject: 'TR: JAS',
      attachments: [{ filename: 'fwd.eml', content: forwarded, contentType: 'message/rfc822' }],
    });
    expect((await readInboundMessage(raw)).pdfs.map((pdf) => pdf.fileName)).toEqual(['recommendation.pdf']);
  });
});

describe('what cannot be opened says why and what to send instead', () => {
  it.each([
    ['S/MIME encrypted', fixture('smime-encrypted.eml'), 'SMIME_ENCRYPTED', /without encryption/],
    ['a zip with a password', fixture('zip-encrypted.eml'), 'ZIP_ENCRYPTED', /without a password/],
    ['a zip that expands to 100 MB', fixture('zip-bomb.eml'), 'ZIP_TOO_LARGE', /expands to more than 64 MB/],
  ])('%s', async (_name, raw, code, explanation) => {
    const message = await readInboundMessage(raw);
    expect(message.pdfs).toEqual([]);
    expect(message.unopened).toHaveLength(1);
    expect(message.unopened[0]).toMatchObject({ code });
    expect(message.unopened[0]!.explanation.en).toMatch(explanation);
    expect(message.unopened[0]!.explanation.fr).not.toBe('');
  });

  it('an Outlook item (.msg) and a damaged winmail.dat', async () => {
    const raw = await compose({
      attachments: [
        {
          filename: 'Fw: JAS.msg',
          content: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
          contentType: 'application/vnd.ms-outlook',
        },
        {
          filename: 'winmail.dat',
          content: fixture('outlook-winmail.dat').subarray(0, 5000),
          contentType: 'application/ms-tnef',
        },
      ],
    });
    const message = await readInboundMessage(raw);
    expect(message.unopened.map((entry) => [entry.fileName, entry.code])).toEqual([
      ['Fw: JAS.msg', 'OUTLOOK_ITEM'],
      ['winmail.dat', 'TNEF_UNREADABLE'],
    ]);
  });

  it('an Outlook item is refused for what it is, with what to send instead, in both languages', async () => {
    const raw = await compose({
      attachments: [
        {
          filename: 'JAS recommendation.msg',
          content: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
          contentType: 'application/octet-stream',
        },
      ],
    });
    const [refused] = (await readInboundMessage(raw)).unopened;
    expect(refused).toMatchObject({ fileName: 'JAS recommendation.msg', code: 'OUTLOOK_ITEM' });
    // What it is, that nothing in it was read, and the two ways to send the form that work.
    expect(refused!.explanation.en).toMatch(/Outlook item \(\.msg file\)/);
    expect(refused!.explanation.en).toMatch(/no form inside it was read/);
    expect(refused!.explanation.en).toMatch(/forward it with Forward \(not “Forward as Attachment”\)/);
    expect(refused!.explanation.en).toMatch(/save the PDF form it carries and attach that PDF to a new email/);
    expect(refused!.explanation.fr).toMatch(/élément Outlook \(fichier \.msg\)/);
    expect(refused!.explanation.fr).toMatch(/aucun formulaire qu’il contient n’a donc été lu/);
    expect(refused!.explanation.fr).toMatch(/Transférer \(et non « Transférer en tant que pièce jointe »\)/);
    expect(refused!.explanation.fr).toMatch(/enregistrez le formulaire PDF qu’il contient et joignez ce PDF/);
  });

  it('any cut or change of a winmail.dat reads or ends in TNEF_UNREADABLE, never anything else', async () => {
    const tnef = await attachmentOf('tnef-winmail.eml');
    fc.assert(
      fc.property(
        fc.nat({ max: tnef.length }),
        fc.nat({ max: tnef.length - 1 }),
        fc.integer({ min: 0, max: 255 }),
        (cut, at, byte) => {
          const bytes = Buffer.from(tnef.subarray(0, cut));
          if (at < bytes.length) bytes[at] = byte;
          try {
            readTnefAttachments(bytes);
          } catch (error) {
            expect(error).toMatchObject({ code: 'TNEF_UNREADABLE' });
          }
        },
      ),
      { seed: 646, numRuns: 300 },
    );
  });
});

describe('message/partial (RFC 2046)', () => {
  const fragments = ['partial-01.eml', 'partial-02.eml', 'partial-03.eml'].map(fixture);

  it('each fragment says which one it is and of how many', async () => {
    const read = await Promise.all(fragments.map((raw) => readInboundMessage(raw)));
    const ids = new Set(read.map((message) => message.fragment?.id));
    expect(ids.size).toBe(1);
    expect(read.map((message) => [message.fragment?.number, message.fragment?.total])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect(read.every((message) => message.pdfs.length === 0)).toBe(true);
  });

  it('the fragments reassembled are the message: the first fragment’s sender, the enclosed subject, the PDF', async () => {
    const message = await readInboundMessage(reassembleFragments(fragments));
    expect(message.fragment).toBeUndefined();
    expect(message.from).toBe('intake@spo.example');
    expect(message.subject).toBe('JAS recommendation');
    expect(Buffer.from(message.pdfs[0]!.content).equals(FORM)).toBe(true);
  });
});

describe('mail sent by machines is recognised', () => {
  const withHeaders = (
    headers: Record<string, string>,
    extra: Partial<ConstructorParameters<typeof MailComposer>[0]> = {},
  ) => compose({ subject: 'Automatic reply: JAS', text: 'I am away', headers, ...extra });

  it.each([
    [{ 'Auto-Submitted': 'auto-replied' }, 'auto-submitted'],
    [{ 'Auto-Submitted': 'auto-generated; owner-email="x@y.example"' }, 'auto-submitted'],
    [{ Precedence: 'bulk' }, 'precedence'],
    [{ Precedence: 'junk' }, 'precedence'],
    [{ Precedence: 'list' }, 'precedence'],
    [{ 'Return-Path': '<>' }, 'null-reverse-path'],
    [{ 'X-Autoreply': 'yes' }, 'autoreply-header'],
    [{ 'X-Autorespond': 'Out of office' }, 'autoreply-header'],
  ])('%o', async (headers, signal) => {
    expect((await readInboundMessage(await withHeaders(headers))).automatic?.signal).toBe(signal);
  });

  it('a delivery report (multipart/report)', async () => {
    const raw = Buffer.from(
      'From: MAILER-DAEMON@mx.example\r\nTo: jas@intake.example\r\nSubject: Undelivered Mail\r\nContent-Type: multipart/report; report-type=delivery-status; boundary="r"\r\n\r\n--r\r\nContent-Type: text/plain\r\n\r\nCould not deliver.\r\n--r\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example\r\n\r\nFinal-Recipient: rfc822; sponsor@group.example\r\nAction: failed\r\nStatus: 5.1.1\r\n--r--\r\n',
    );
    expect((await readInboundMessage(raw)).automatic).toEqual({
      signal: 'delivery-report',
      header: 'content-type',
      value: 'multipart/report',
    });
  });

  it.each([
    [{ 'Auto-Submitted': 'no' }],
    [{ Precedence: 'first-class' }],
    [{ 'X-Auto-Response-Suppress': 'All' }],
    [{ 'X-Auto-Response-Suppress': 'OOF, DR, RN, NRN, AutoReply' }],
    [{ 'Return-Path': '<intake@spo.example>' }],
  ])('people’s mail is not taken for automatic: %o', async (headers) => {
    expect((await readInboundMessage(await withHeaders(headers))).automatic).toBeUndefined();
  });
});

describe('the messages a reply answers', () => {
  it('In-Reply-To first, then References newest first, each once', async () => {
    const raw = await compose({
      subject: 'Re: case',
      inReplyTo: '<c@ses.example>',
      references: ['<a@ses.example>', '<b@ses.example>', '<c@ses.example>'],
    });
    expect((await readInboundMessage(raw)).repliesTo).toEqual([
      '<c@ses.example>',
      '<b@ses.example>',
      '<a@ses.example>',
    ]);
  });

  it('a message that answers nothing', async () => {
    expect((await readInboundMessage(await compose({ subject: 'new' }))).repliesTo).toEqual([]);
  });
});

/** The one attachment a fixture carries, as the mail program attached it. */
async function attachmentOf(file: string): Promise<Buffer> {
  return (await simpleParser(fixture(file))).attachments[0]!.content;
}
