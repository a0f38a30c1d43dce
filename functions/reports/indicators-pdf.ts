import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from '@cantoo/pdf-lib';
import { printableText } from '../../forms/pdf/printable-text.js';
import { US_LETTER } from '../../forms/pdf/us-letter.js';
import { wrapText } from '../../forms/pdf/wrap-text.js';
import type { BilingualText } from '../../kernel/bilingual-text.js';
import type { IndicatorLine, IndicatorSection } from '../domain/reports/indicator-sections.js';
import type { ReportPeriod } from '../domain/reports/report-period.js';

const MARGIN = 30;
const GUTTER = 18;
const COLUMN_WIDTH = (US_LETTER.width - 2 * MARGIN - GUTTER) / 2;
const LABEL_SHARE = 0.45;
const VALUE_WIDTH = 52;
/** A breakdown longer than this shows its largest entries and one "other" line, so the page holds everything. */
const MAX_BARS = 12;
const INK = rgb(0.1, 0.1, 0.1);
const MUTED = rgb(0.38, 0.38, 0.38);
const BAR = rgb(0.2, 0.42, 0.65);
const RULE = rgb(0.8, 0.8, 0.8);

interface Fonts {
  readonly regular: PDFFont;
  readonly bold: PDFFont;
  readonly clean: (text: string) => string;
}

const bilingual = (text: BilingualText): string => (text.en === text.fr ? text.en : `${text.en} / ${text.fr}`);

/** The largest entries of a long breakdown, then the rest summed as one line. */
function shortened(lines: readonly IndicatorLine[]): readonly IndicatorLine[] {
  if (lines.length <= MAX_BARS) return lines;
  const rest = lines.slice(MAX_BARS - 1).reduce((sum, line) => sum + (line.value ?? 0), 0);
  return [...lines.slice(0, MAX_BARS - 1), { label: { en: 'Other', fr: 'Autres' }, value: rest, text: String(rest) }];
}

/** Lays the sections out at one scale; `draw` false only measures. Returns whether they fit on the page. */
function layOut(
  page: PDFPage,
  fonts: Fonts,
  sections: readonly IndicatorSection[],
  top: number,
  scale: number,
  draw: boolean,
) {
  const size = { title: 8.5 * scale, how: 6 * scale, line: 6.8 * scale };
  const lineGap = 1.35;
  let column = 0;
  let y = top;
  const x = () => MARGIN + column * (COLUMN_WIDTH + GUTTER);
  const text = (value: string, at: { x: number; y: number }, font: PDFFont, fontSize: number, color = INK) => {
    if (draw) page.drawText(fonts.clean(value), { x: at.x, y: at.y, size: fontSize, font, color });
  };
  for (const section of sections) {
    const lines = section.chart ? shortened(section.lines) : section.lines;
    const titleLines = wrapText(fonts.clean(bilingual(section.title)), fonts.bold, size.title, COLUMN_WIDTH);
    const howLines = [section.howComputed.en, section.howComputed.fr].flatMap((how) =>
      wrapText(fonts.clean(how), fonts.regular, size.how, COLUMN_WIDTH),
    );
    const labelWidth = COLUMN_WIDTH * LABEL_SHARE;
    // A label too long for one line is written English above French.
    const labels = lines.map((line) => {
      const both = fonts.clean(bilingual(line.label));
      return fonts.regular.widthOfTextAtSize(both, size.line) <= labelWidth - 4
        ? [both]
        : [line.label.en, line.label.fr].map((label) => fonts.clean(label));
    });
    const rowHeight = size.line * 1.55;
    const height =
      titleLines.length * size.title * lineGap +
      howLines.length * size.how * lineGap +
      labels.reduce((sum, label) => sum + rowHeight + (label.length - 1) * size.line * 1.15, 0) +
      10 * scale;
    if (y - height < MARGIN) {
      if (column === 1) return false;
      column = 1;
      y = top;
    }
    for (const line of titleLines) {
      y -= size.title * lineGap;
      text(line, { x: x(), y }, fonts.bold, size.title);
    }
    for (const line of howLines) {
      y -= size.how * lineGap;
      text(line, { x: x(), y }, fonts.regular, size.how, MUTED);
    }
    y -= 2 * scale;
    const largest = Math.max(0, ...lines.map((line) => line.value ?? 0));
    const barSpace = COLUMN_WIDTH - labelWidth - VALUE_WIDTH;
    lines.forEach((line, index) => {
      y -= rowHeight;
      const [first = '', ...more] = labels[index]!;
      text(first, { x: x(), y }, fonts.regular, size.line);
      if (section.chart && line.value !== undefined && line.value > 0 && draw) {
        page.drawRectangle({
          x: x() + labelWidth,
          y: y - 0.5,
          width: Math.max(0.5, (barSpace * line.value) / largest),
          height: size.line + 0.5,
          color: BAR,
        });
      }
      const valueX = section.chart ? x() + labelWidth + barSpace + 4 : x() + labelWidth;
      text(line.text, { x: valueX, y }, fonts.bold, size.line);
      for (const label of more) {
        y -= size.line * 1.15;
        text(label, { x: x(), y }, fonts.regular, size.line, MUTED);
      }
    });
    y -= 8 * scale;
    if (draw)
      page.drawLine({
        start: { x: x(), y: y + 4 * scale },
        end: { x: x() + COLUMN_WIDTH, y: y + 4 * scale },
        color: RULE,
        thickness: 0.5,
      });
  }
  return true;
}

/**
 * The program's indicators on one bilingual page: a title with the period, then each indicator
 * with how it is computed and, for counts and days, a bar chart drawn with pdf-lib. The text
 * shrinks until everything fits the page.
 */
export async function buildIndicatorsPdf(
  sections: readonly IndicatorSection[],
  period: ReportPeriod,
  createdAt: Date,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle('JAS in-Canada conversions: indicators / Conversions au PAC au Canada : indicateurs');
  doc.setProducer('jas-intake');
  doc.setCreationDate(createdAt);
  doc.setModificationDate(createdAt);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const fonts: Fonts = { regular, bold, clean: (value) => printableText(regular)(value.replaceAll('→', '–')) };
  const page = doc.addPage([US_LETTER.width, US_LETTER.height]);
  let y = US_LETTER.height - MARGIN - 13;
  page.drawText(fonts.clean('In-Canada JAS conversions: indicators'), {
    x: MARGIN,
    y,
    size: 13,
    font: bold,
    color: INK,
  });
  y -= 15;
  page.drawText(fonts.clean('Conversions au PAC au Canada : indicateurs'), {
    x: MARGIN,
    y,
    size: 13,
    font: bold,
    color: INK,
  });
  y -= 12;
  page.drawText(
    fonts.clean(
      `${period.from} – ${period.to} · Operational Bulletin 646 / Bulletin opérationnel 646 · case time zone / fuseau horaire des dossiers`,
    ),
    { x: MARGIN, y, size: 7.5, font: regular, color: MUTED },
  );
  const top = y - 6;
  let scale = 1;
  while (scale > 0.55 && !layOut(page, fonts, sections, top, scale, false)) scale -= 0.05;
  layOut(page, fonts, sections, top, scale, true);
  return doc.save();
}
