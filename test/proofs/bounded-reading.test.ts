import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChildFigures, runHandlerChild } from '../../bench/children/run-handler-child.js';
import { composeMessage, RECIPIENT, SENDER } from '../../bench/inputs/compose-message.js';
import { seededBytes, seededRandom } from '../../bench/inputs/seeded-random.js';
import { functionEnvironment } from '../../bench/stand-ins/function-environment.js';
import { type BenchStack, startBenchStack } from '../../bench/stand-ins/start-bench-stack.js';
import { storeAsSes } from '../../bench/stand-ins/store-as-ses.js';
import { LocalMailZone } from '../../bin/local-stack/local-mail-zone.js';
import {
  chainedFlateBomb,
  escapedNameBomb,
  followedXrefStream,
  hugeArray,
  hugeObjectCount,
  hugeXrefStream,
  hugeXrefTable,
  junkPdf,
  lzwBomb,
  manyObjectStreamsBomb,
  paddedDecodeParmsBomb,
  xfaDatasetsBomb,
} from '../helpers/hostile-pdfs.js';
import { bundleInboundFunction } from '../helpers/lambda-bundle.js';

/**
 * Inputs built to exhaust the reader, each handled by the inbound function as Lambda runs it (the
 * bundle, with its reading worker, in a fresh process with the deployed NODE_OPTIONS) against the
 * stand-ins: every one must end in a recorded rejection or triage, within 15 s of handling and
 * 512 MB of peak RSS (the process's high-water mark, import included), under the default limits.
 */

const MB = 1024 * 1024;
const BUDGET = { handleMs: 15_000, peakRssBytes: 512 * MB };

let bench: BenchStack;
let bundleDir: string;
let handler: string;

beforeAll(async () => {
  bundleDir = mkdtempSync(join(tmpdir(), 'jas-bounded-'));
  [bench, handler] = await Promise.all([startBenchStack(), bundleInboundFunction(bundleDir)]);
}, 120_000);

afterAll(async () => {
  await bench?.stop();
  rmSync(bundleDir, { recursive: true, force: true });
});

let sequence = 0;
function withPdf(pdf: Buffer): Promise<Buffer> {
  sequence += 1;
  return composeMessage([{ fileName: 'form.pdf', content: pdf }], sequence);
}

/** A signed message from the SPO whose attachments are `attachments`, of any type. */
async function signedMessage(subject: string, options: Partial<ConstructorParameters<typeof MailComposer>[0]>) {
  const raw = await new MailComposer({ from: SENDER, to: RECIPIENT, subject, ...options }).compile().build();
  return new LocalMailZone().signedAs(SENDER, raw);
}

/** Incompressible bytes, as scans are, in 5 MB files: about `messageBytes` of message once base64 adds its third. */
function scans(messageBytes: number) {
  const random = seededRandom(646);
  const files: { filename: string; contentType: string; content: Buffer }[] = [];
  for (let left = Math.floor(messageBytes * 0.74); left > 0; left -= 5 * MB)
    files.push({
      filename: `scan-${files.length + 1}.jpg`,
      contentType: 'image/jpeg',
      content: Buffer.from(seededBytes(random, Math.min(left, 5 * MB))),
    });
  return files;
}

const HOSTILE: readonly [name: string, raw: () => Promise<Buffer>][] = [
  ['[/FlateDecode /FlateDecode] to 128 MB', () => withPdf(chainedFlateBomb(128 * MB))],
  ['/Fl#61te#44ecode to 128 MB', () => withPdf(escapedNameBomb(128 * MB))],
  ['/DecodeParms hiding /Filter, 128 MB', () => withPdf(paddedDecodeParmsBomb(128 * MB))],
  ['LZW /EarlyChange 0 to 1 GB', () => withPdf(lzwBomb(1024 * MB))],
  ['64 object streams to 128 MB', () => withPdf(manyObjectStreamsBomb(128 * MB, 64))],
  ['XFA datasets to 128 MB', () => withPdf(xfaDatasetsBomb(128 * MB))],
  ['xref stream of 2^31 entries', () => withPdf(hugeXrefStream())],
  [
    'xref stream /W [0 0 0], from startxref',
    () => withPdf(followedXrefStream('/W [0 0 0] /Size 2147483647', Buffer.alloc(48, 1))),
  ],
  ['xref table of 50 million entries', () => withPdf(hugeXrefTable())],
  ['object stream of 10^8 objects', () => withPdf(hugeObjectCount())],
  ['array of 9 million numbers (18 MB)', () => withPdf(hugeArray(9_000_000))],
  ['19 MB of junk after %PDF-', () => withPdf(junkPdf(19 * MB))],
  ['36 MB in one text part', () => signedMessage('Long', { text: 'word '.repeat((36 * MB) / 5) })],
  ['35 MB message of scans', () => signedMessage('Scans', { text: 'Scans attached.', attachments: scans(35 * MB) })],
  ['45 MB message of scans', () => signedMessage('More scans', { text: 'Scans.', attachments: scans(45 * MB) })],
];

describe('every input under 40 MB ends within a bounded time and memory', () => {
  const figures: (ChildFigures & { name: string })[] = [];

  afterAll(() => {
    const rows = figures.map(
      (row) =>
        `  ${row.name.padEnd(38)} ${String(Math.round(row.handleMs ?? Number.NaN)).padStart(6)} ms ${String(Math.round(row.peakRssBytes / MB)).padStart(5)} MB  ${row.outcome?.outcome} ${row.outcome?.reasonCode ?? row.outcome?.problems[0]?.code ?? ''}`,
    );
    const worstMs = Math.max(...figures.map((row) => row.handleMs ?? 0));
    const worstRss = Math.max(...figures.map((row) => row.peakRssBytes));
    console.log(
      `bounded reading, the deployed bundle in a fresh process per input (budget ${BUDGET.handleMs / 1000} s, ${BUDGET.peakRssBytes / MB} MB):\n${rows.join('\n')}\n  worst: ${Math.round(worstMs)} ms, ${Math.round(worstRss / MB)} MB peak RSS`,
    );
  });

  it.each(HOSTILE)('%s', async (name, build) => {
    // Prepare: stored as SES stores it; the message is dropped before the handler runs
    const event = await storeAsSes(bench, await build());

    // Act
    const run = await runHandlerChild({
      modulePath: handler,
      event,
      env: functionEnvironment(bench, '--enable-source-maps'),
    });
    figures.push({ ...run, name });

    // Assess: an outcome recorded, of the kinds a person or the sender sees, within the budget
    expect(['rejected', 'quarantined']).toContain(run.outcome?.outcome);
    expect(run.handleMs).toBeLessThanOrEqual(BUDGET.handleMs);
    expect(run.peakRssBytes).toBeLessThanOrEqual(BUDGET.peakRssBytes);
  });
});
