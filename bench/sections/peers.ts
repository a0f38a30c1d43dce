import { simpleParser } from 'mailparser';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import PostalMime from 'postal-mime';
import { fillForm } from '../../forms/fill-form.js';
import { sampleValues } from '../../forms/form-samples.js';
import { readPdfFields } from '../../forms/read-pdf-fields.js';
import { listForms } from '../../forms/registry.js';
import { readInboundMessage } from '../../functions/mime/read-inbound-message.js';
import { BENCH_PLAN, MB } from '../bench-plan.js';
import { median } from '../measure/latency-summary.js';
import { timeRepeatedly } from '../measure/time-repeatedly.js';

export interface PeerPair {
  readonly subject: string;
  readonly projectMs: number;
  readonly peerMs: number;
  /** project ÷ peer: below 1 the project is faster. */
  readonly ratio: number;
}

/** The options the pipeline passes mailparser: the floor and the peer comparison use them too. */
const MAILPARSER_OPTIONS = { skipHtmlToText: true, skipTextToHtml: true, skipImageLinks: true } as const;

async function pdfjsFields(pdf: Uint8Array): Promise<number> {
  // pdf.js takes ownership of the buffer it is given: hand it a copy, as a caller keeping the bytes must.
  const doc = await getDocument({
    data: pdf.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  try {
    return Object.keys((await doc.getFieldObjects()) ?? {}).length;
  } finally {
    await doc.destroy();
  }
}

/**
 * The project's form reader (`readPdfFields`: load, every AcroForm field, XFA, identity) against
 * pdf.js's `getFieldObjects` on the same filled PDF of each form the pipeline knows.
 */
export async function benchFormReaders(
  today: string,
): Promise<{ pairs: PeerPair[]; fieldCounts: Record<string, { project: number; pdfjs: number }> }> {
  const pairs: PeerPair[] = [];
  const fieldCounts: Record<string, { project: number; pdfjs: number }> = {};
  for (const form of listForms()) {
    const values = sampleValues(form.id, today);
    if (!values) continue;
    const pdf = await fillForm(form.id, values);
    fieldCounts[form.id] = { project: (await readPdfFields(pdf)).fields.length, pdfjs: await pdfjsFields(pdf) };
    const projectMs = await timeRepeatedly(() => readPdfFields(pdf), BENCH_PLAN.peers);
    const peerMs = await timeRepeatedly(() => pdfjsFields(pdf), BENCH_PLAN.peers);
    pairs.push({
      subject: `${form.id} (${Math.round(pdf.length / 1024)} KB)`,
      projectMs,
      peerMs,
      ratio: projectMs / peerMs,
    });
  }
  return { pairs, fieldCounts };
}

/** mailparser (the pipeline's) against postal-mime on the same raw messages. */
export async function benchMimeParsers(messages: readonly { label: string; raw: Buffer }[]): Promise<PeerPair[]> {
  const pairs: PeerPair[] = [];
  for (const { label, raw } of messages) {
    // A 10 MB message takes half a second a parse: a few runs give its median within the run's budget.
    const runs = raw.length > MB ? { warmUp: 1, runs: 5 } : BENCH_PLAN.peers;
    const projectMs = await timeRepeatedly(() => simpleParser(raw, MAILPARSER_OPTIONS), runs);
    const peerMs = await timeRepeatedly(() => PostalMime.parse(raw), runs);
    pairs.push({
      subject: `${label} (${(raw.length / 1024 / 1024).toFixed(2)} MB)`,
      projectMs,
      peerMs,
      ratio: projectMs / peerMs,
    });
  }
  return pairs;
}

/**
 * The floor under the handler: the pipeline's own MIME reader and PDF field reader on the message,
 * nothing else, no I/O. Timed once per message on the same messages the handler ran one at a
 * time, after the warm-up ones.
 */
export async function benchFloor(warmUp: readonly Buffer[], messages: readonly Buffer[]): Promise<number> {
  const floor = async (raw: Buffer) => {
    const message = await readInboundMessage(raw);
    for (const pdf of message.pdfs) await readPdfFields(pdf.content);
  };
  for (const raw of warmUp) await floor(raw);
  const samples: number[] = [];
  for (const raw of messages) {
    const started = performance.now();
    await floor(raw);
    samples.push(performance.now() - started);
  }
  return median(samples);
}
