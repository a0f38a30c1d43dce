import { describe, expect, it } from 'vitest';
import type { Mailer } from '../../../functions/notices/mailer.js';

/** What a mailer under test sent, as the receiving side sees it. */
export interface DeliveredMail {
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly attachmentNames: readonly string[];
  /** The Message-ID the mail arrived with. */
  readonly messageId: string;
}

export interface MailerUnderTest {
  mailer(): Mailer;
  /** Everything delivered so far, oldest first. */
  delivered(): Promise<DeliveredMail[]>;
}

/** The contract of the Mailer port: the SESv2 adapter (against aws-ses-v2-local) and the in-memory one. */
export function mailerContract(name: string, subject: MailerUnderTest): void {
  describe(`${name}: the mailer contract`, () => {
    it('delivers text and attachments, and returns the Message-ID the mail arrives with, one per send', async () => {
      const notice = {
        to: ['office@ircc.example'],
        subject: '[JAS-2026-7K3Q9M] Recommandation PAC reçue',
        text: 'Bonjour — texte',
        html: '<p>Bonjour — HTML</p>',
        attachments: [
          { fileName: 'form.pdf', contentType: 'application/pdf', content: Buffer.from('%PDF-1.7 attachment') },
        ],
      };
      const first = await subject.mailer().send(notice);
      const second = await subject.mailer().send({ ...notice, attachments: [] });
      const [deliveredFirst, deliveredSecond] = (await subject.delivered()).slice(-2);
      expect(deliveredFirst).toMatchObject({
        to: ['office@ircc.example'],
        subject: notice.subject,
        attachmentNames: ['form.pdf'],
        messageId: first.messageId,
      });
      expect(deliveredFirst!.text).toContain('Bonjour — texte');
      expect(deliveredSecond).toMatchObject({ attachmentNames: [], messageId: second.messageId });
      expect(first.messageId).toMatch(/^<[^<>@\s]+@[^<>@\s]+>$/);
      expect(second.messageId).not.toBe(first.messageId);
    });
  });
}
