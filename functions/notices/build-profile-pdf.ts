import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from '@cantoo/pdf-lib';
import { printableText } from '../../forms/pdf/printable-text.js';
import { US_LETTER } from '../../forms/pdf/us-letter.js';
import { wrapText } from '../../forms/pdf/wrap-text.js';
import type { BilingualText } from '../../kernel/bilingual-text.js';
import type { CaseRecord } from '../domain/case-record.js';
import { oneTextForBoth } from '../domain/deidentify/scrub-personal-data.js';
import { releasedProfile } from './deidentified-profile.js';

const PAGE_WIDTH = US_LETTER.width;
const PAGE_HEIGHT = US_LETTER.height;
const MARGIN = 48;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
const TEXT_SIZE = 9.5;
const LABEL_SIZE = 9;
const LINE_HEIGHT = 12.5;
/** Fixed dates: the same case gives the same bytes, so the PDF can be compared and deduplicated. */
const FIXED_DATE = new Date('2026-01-01T00:00:00Z');
const INK = rgb(0.1, 0.1, 0.1);
const MUTED = rgb(0.35, 0.35, 0.35);

const TITLE: BilingualText = {
  en: 'Case profile for promotion to sponsors',
  fr: 'Profil de cas pour la promotion auprès des répondants',
};
const INTRO: BilingualText = {
  en: 'Joint Assistance Sponsorship (JAS), in-Canada conversion (Operational Bulletin 646). De-identified: no name, UCI, date of birth or contact details.',
  fr: 'Parrainage d’aide conjointe (PAC), conversion au Canada (Bulletin opérationnel 646). Dépersonnalisé\u202f: aucun nom, IUC, date de naissance ni coordonnées.',
};

/** Writes lines top to bottom, starting a new page when the current one is full. */
class ProfileWriter {
  private page!: PDFPage;
  private y = 0;

  constructor(
    private readonly doc: PDFDocument,
    private readonly regular: PDFFont,
    private readonly clean: (text: string) => string,
  ) {
    this.newPage();
  }

  private newPage(): void {
    this.page = this.doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    this.y = PAGE_HEIGHT - MARGIN;
  }

  write(
    text: string,
    options: { size?: number; font?: PDFFont; color?: ReturnType<typeof rgb>; gapAfter?: number } = {},
  ): void {
    const { size = TEXT_SIZE, font = this.regular, color = INK, gapAfter = 0 } = options;
    for (const paragraph of text.split(/\r?\n/)) {
      for (const line of wrapText(this.clean(paragraph), font, size, CONTENT_WIDTH)) {
        const height = Math.max(LINE_HEIGHT, size * 1.3);
        if (this.y - height < MARGIN) this.newPage();
        this.page.drawText(line, { x: MARGIN, y: this.y - size, size, font, color });
        this.y -= height;
      }
    }
    this.y -= gapAfter;
  }
}

/**
 * The case profile RSTP shares (see `releasedProfile`) as a bilingual PDF, attached to the
 * promotion notice to RSTP: each fact with its English and French label, values in both languages
 * where they differ. Deterministic: the same case gives the same bytes.
 */
export async function buildProfilePdf(caseRecord: CaseRecord): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const regular = doc.embedStandardFont(StandardFonts.Helvetica);
  const bold = doc.embedStandardFont(StandardFonts.HelveticaBold);
  const writer = new ProfileWriter(doc, regular, printableText(regular));

  writer.write(TITLE.en, { size: 14, font: bold, gapAfter: 2 });
  writer.write(TITLE.fr, { size: 12, font: bold, gapAfter: 4 });
  writer.write(INTRO.en, { size: 8, color: MUTED });
  writer.write(INTRO.fr, { size: 8, color: MUTED, gapAfter: 8 });
  for (const [label, value] of (await releasedProfile(caseRecord)).facts) {
    writer.write(label.en === label.fr ? label.en : `${label.en} / ${label.fr}`, { size: LABEL_SIZE, font: bold });
    if (typeof value === 'string') writer.write(value, { gapAfter: 6 });
    else if (value.en === value.fr) writer.write(value.en, { gapAfter: 6 });
    else {
      const once = oneTextForBoth(value);
      if (once !== undefined) writer.write(once, { gapAfter: 6 });
      else {
        writer.write(value.en);
        writer.write(value.fr, { color: MUTED, gapAfter: 6 });
      }
    }
  }

  const pages = doc.getPages();
  pages.forEach((page, index) => {
    page.drawText(`${caseRecord.caseId} · ${index + 1}/${pages.length}`, {
      x: MARGIN,
      y: MARGIN - 20,
      size: 7,
      font: regular,
      color: MUTED,
    });
  });
  doc.setTitle(`${TITLE.en} / ${TITLE.fr}: ${caseRecord.caseId}`);
  doc.setLanguage('en-CA');
  doc.setCreator('jas-intake');
  doc.setProducer('jas-intake (@cantoo/pdf-lib)');
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  return doc.save({ objectsPerTick: Number.POSITIVE_INFINITY });
}
