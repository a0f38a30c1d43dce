import { deflateSync } from 'node:zlib';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalMailZone } from '../../bin/local-stack/local-mail-zone.js';
import { startTestStack, type TestStack } from '../helpers/local-stack.js';
import { SPO } from '../helpers/scenario.js';

let stack: TestStack;
const zone = new LocalMailZone();

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack.stop();
});

function pdfBomb(): Buffer {
  const compressed = deflateSync(Buffer.alloc(200 * 1024 * 1024, 0x20), { level: 9 });
  return Buffer.concat([
    Buffer.from(
      `%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n3 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${compressed.length} >>\nstream\n`,
    ),
    compressed,
    Buffer.from('\nendstream\nendobj\ntrailer\n<< /Root 1 0 R /Size 4 >>\n%%EOF\n'),
  ]);
}

/** A page tree whose kid is its own parent, and an object nested 50,000 arrays deep. */
function cyclicPdf(): Buffer {
  return Buffer.from(
    `%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [4 0 R] >> >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [2 0 R] /Count 1 >>\nendobj\n4 0 obj\n<< /T (x) /V ${'['.repeat(50_000)}${']'.repeat(50_000)} >>\nendobj\ntrailer\n<< /Root 1 0 R /Size 5 >>\n%%EOF\n`,
  );
}

/** A message from the sample SPO, signed by its domain as its mail server would: the hostility is in the content. */
async function compose(options: ConstructorParameters<typeof MailComposer>[0]): Promise<Buffer> {
  return zone.signedAs(
    SPO,
    await new MailComposer({ from: SPO, to: 'jas@intake.example', ...options }).compile().build(),
  );
}

describe('hostile input through the pipeline', () => {
  it('each message ends in a clear outcome, and the process is still up', async () => {
    const hostile: [string, Buffer][] = [
      [
        '10,000 headers',
        Buffer.from(
          `From: ${SPO}\r\n${Array.from({ length: 10_000 }, (_, i) => `X-Header-${i}: v`).join('\r\n')}\r\nSubject: x\r\n\r\nbody`,
        ),
      ],
      [
        'nesting 2,000 deep',
        Buffer.from(
          `From: ${SPO}\r\nSubject: deep\r\n${Array.from({ length: 2000 }).reduce<string>((inner, _, i) => `Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n${inner}\r\n--b${i}--`, 'body')}`,
        ),
      ],
      [
        '1,000 attachments',
        await compose({
          subject: 'many',
          attachments: Array.from({ length: 1000 }, (_, i) => ({
            filename: `f${i}.pdf`,
            content: Buffer.from('%PDF-1.4 x'),
          })),
        }),
      ],
      ['a PDF bomb', await compose({ subject: 'bomb', attachments: [{ filename: 'bomb.pdf', content: pdfBomb() }] })],
      [
        'a cyclic, deeply nested PDF',
        await compose({ subject: 'cycle', attachments: [{ filename: 'cycle.pdf', content: cyclicPdf() }] }),
      ],
      ['a 200,000-character subject', await compose({ subject: 'é'.repeat(200_000), text: 'x' })],
      [
        'a non-UTF-8 subject',
        Buffer.concat([
          Buffer.from(`From: ${SPO}\r\nSubject: `),
          Buffer.from([0xff, 0xfe, 0xe9, 0x80]),
          Buffer.from('\r\n\r\nbody'),
        ]),
      ],
      ['not mail at all', Buffer.from([0, 1, 2, 3, 0xff, 0xfe])],
    ];
    const outcomes: Record<string, string> = {};
    for (const [name, raw] of hostile) {
      const received = await stack.pipeline.receive(raw, {
        mailFrom: SPO,
        recipients: ['jas@intake.example'],
        clientAddress: '127.0.0.1',
        helo: 'localhost',
      });
      const outcome = await received.processed;
      outcomes[name] = `${outcome?.outcome} ${outcome?.reasonCode ?? ''}`.trim();
    }
    expect(outcomes).toEqual({
      '10,000 headers': 'quarantined NO_PDF_ATTACHED',
      'nesting 2,000 deep': 'quarantined MESSAGE_TOO_MANY_PARTS',
      '1,000 attachments': 'quarantined MESSAGE_TOO_MANY_PARTS',
      'a PDF bomb': 'rejected PDF_TOO_LARGE',
      'a cyclic, deeply nested PDF': expect.stringMatching(/^rejected (PDF_CORRUPT|PDF_NO_FIELDS|FORM_UNKNOWN)$/),
      'a 200,000-character subject': expect.stringMatching(/^quarantined (NO_PDF_ATTACHED|MESSAGE_HEADER_TOO_LARGE)$/),
      'a non-UTF-8 subject': 'quarantined NO_PDF_ATTACHED',
      // SES stores even garbage with its header block on top: it reads as mail with no form.
      'not mail at all': 'quarantined NO_PDF_ATTACHED',
    });
    expect(process.memoryUsage().rss).toBeLessThan(1.5 * 1024 * 1024 * 1024);
  }, 120_000);
});
