import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { LocalMailZone } from '../../bin/local-stack/local-mail-zone.js';

export const SENDER = 'intake@spo.example';
export const RECIPIENT = 'jas@intake.example';

/** A raw message as an SPO's mail server sends it (DKIM-signed): a short bilingual note and the PDFs attached. */
export async function composeMessage(
  pdfs: readonly { fileName: string; content: Uint8Array }[],
  sequence: number,
): Promise<Buffer> {
  const composer = new MailComposer({
    from: `Example Settlement Services <${SENDER}>`,
    to: RECIPIENT,
    subject: `JAS In-Canada Recommendation Form (${pdfs.length})`,
    // Fixed ids, boundary and date: the same seed gives the same bytes.
    baseBoundary: `bench${sequence}`,
    messageId: `<bench-${sequence}@spo.example>`,
    date: new Date(Date.UTC(2026, 10, 23, 12, 0, 0)),
    text: 'Please find attached our JAS In-Canada Recommendation Form(s).\n\nVeuillez trouver ci-joint notre ou nos formulaires de recommandation PAC.',
    attachments: pdfs.map((pdf) => ({
      filename: pdf.fileName,
      content: Buffer.from(pdf.content),
      contentType: 'application/pdf',
    })),
  });
  return new LocalMailZone().signedAs(SENDER, await composer.compile().build());
}

/** The local office's officer of the sample recommendation (`TORONTO` in config/directory.json). */
export const OFFICER = 'officer.toronto@ircc.example';

/** An officer's reply asking the SPO for information (DKIM-signed): the most common action on a case (OB 646 step 2). */
export async function composeOfficerAction(caseId: string, sequence: number): Promise<Buffer> {
  const composer = new MailComposer({
    from: `Toronto JAS Officer <${OFFICER}>`,
    to: RECIPIENT,
    subject: `[${caseId}] REQUEST INFO`,
    messageId: `<bench-action-${sequence}@ircc.example>`,
    // Written now: an action dated more than 7 days before it arrives is refused as stale.
    date: new Date(),
    text: 'Please send the specialist’s assessment of the youngest child.',
  });
  return new LocalMailZone().signedAs(OFFICER, await composer.compile().build());
}
