import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { describe, expect, it } from 'vitest';
import { readInboundMessage } from '../../../functions/mime/read-inbound-message.js';
import { UnreadableMessageError } from '../../../functions/mime/unreadable-message-error.js';

const PDF_BYTES = Buffer.from('%PDF-1.7\n% a PDF for the test\n');

function compose(options: ConstructorParameters<typeof MailComposer>[0]): Promise<Buffer> {
  return new MailComposer(options).compile().build();
}

describe('reading an inbound message', () => {
  it('collects PDFs, sender, subject and message id', async () => {
    const raw = await compose({
      from: 'Intake <Intake@SPO.example>',
      to: 'jas@intake.example',
      subject: 'Formulaire PAC — Amal',
      text: 'attached',
      attachments: [
        { filename: 'form.pdf', content: PDF_BYTES, contentType: 'application/pdf' },
        { filename: 'photo.jpg', content: Buffer.from([0xff, 0xd8, 0xff]), contentType: 'image/jpeg' },
      ],
    });
    const message = await readInboundMessage(raw);
    expect(message.from).toBe('intake@spo.example');
    expect(message.subject).toBe('Formulaire PAC — Amal');
    expect(message.messageId).toMatch(/^<.+@spo\.example>$/);
    expect(message.pdfs).toHaveLength(1);
    expect(Buffer.from(message.pdfs[0]!.content)).toEqual(PDF_BYTES);
    expect(message.otherAttachments).toEqual(['photo.jpg']);
  });

  it('finds PDFs by their bytes or name when the mail client labelled them loosely', async () => {
    const raw = await compose({
      from: 'a@b.example',
      attachments: [
        { filename: 'scan', content: PDF_BYTES, contentType: 'application/octet-stream' },
        { filename: 'FORM.PDF', content: Buffer.from('not really'), contentType: 'application/octet-stream' },
      ],
    });
    const message = await readInboundMessage(raw);
    expect(message.pdfs.map((pdf) => pdf.fileName)).toEqual(['scan', 'FORM.PDF']);
  });

  it('opens forwarded messages, forwards of forwards included', async () => {
    const original = await compose({
      from: 'spo@spo.example',
      subject: 'JAS',
      attachments: [{ filename: 'inner.pdf', content: PDF_BYTES, contentType: 'application/pdf' }],
    });
    const forwarded = await compose({
      from: 'office@ircc.example',
      subject: 'TR: JAS',
      attachments: [{ filename: 'fwd.eml', content: original, contentType: 'message/rfc822' }],
    });
    const twice = await compose({
      from: 'in@ircc.example',
      subject: 'Fwd: TR: JAS',
      attachments: [{ filename: 'fwd2.eml', content: forwarded, contentType: 'message/rfc822' }],
    });
    const message = await readInboundMessage(twice);
    expect(message.from).toBe('in@ircc.example');
    expect(message.pdfs.map((pdf) => pdf.fileName)).toEqual(['inner.pdf']);
  });

  it('refuses what is not mail with a specific code', async () => {
    await expect(readInboundMessage(new Uint8Array())).rejects.toMatchObject({ code: 'MESSAGE_EMPTY' });
    await expect(readInboundMessage(Buffer.from('just some words, no headers at all'))).rejects.toBeInstanceOf(
      UnreadableMessageError,
    );
    const big = await compose({ from: 'a@b.example', text: 'x'.repeat(2048) });
    await expect(readInboundMessage(big, 1024)).rejects.toMatchObject({ code: 'MESSAGE_TOO_LARGE' });
  });
});
