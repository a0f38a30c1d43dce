import { BENCH_PLAN, MB } from '../bench-plan.js';
import { composeMessage } from './compose-message.js';
import { recommendationPdfs } from './recommendation-pdfs.js';
import { scanPdf } from './scan-pdf.js';
import { seededBytes, seededRandom } from './seeded-random.js';
import { uniqueUcis } from './unique-ucis.js';

/** Messages of one shape, split by use: warm-up, then one at a time, then eight at a time. */
export interface MessageSet {
  readonly pdfsPerMessage: number;
  readonly warmUp: readonly Buffer[];
  readonly concurrency1: readonly Buffer[];
  readonly concurrency8: readonly Buffer[];
}

export interface BenchMessages {
  readonly onePdf: MessageSet;
  readonly fivePdf: MessageSet;
  /** One 1-PDF message per cold start, with and without source maps. */
  readonly coldStart: readonly Buffer[];
  /** Recommendations that open the cases an officer then acts on. */
  readonly officerActionCases: readonly Buffer[];
  /** A form plus scanned supporting documents, to the size asked (SES stores at most 40 MB). */
  readonly bySize: readonly { readonly mb: number; readonly raw: Buffer }[];
}

/** Every message of the run, from the seed: each form names a client no other form names. */
export async function createBenchMessages(today: string): Promise<BenchMessages> {
  const random = seededRandom(BENCH_PLAN.seed);
  const nextUci = uniqueUcis(random);
  let sequence = 0;
  const messages = async (count: number, pdfsPerMessage: number): Promise<Buffer[]> => {
    const pdfs = await recommendationPdfs(Array.from({ length: count * pdfsPerMessage }, nextUci), today);
    const raws: Buffer[] = [];
    for (let index = 0; index < count; index += 1) {
      const attached = pdfs
        .slice(index * pdfsPerMessage, (index + 1) * pdfsPerMessage)
        .map((content, position) => ({ fileName: `recommendation-${position + 1}.pdf`, content }));
      sequence += 1;
      raws.push(await composeMessage(attached, sequence));
    }
    return raws;
  };
  const set = async (
    plan: { warmUp: number; concurrency1: number; concurrency8: number },
    pdfsPerMessage: number,
  ): Promise<MessageSet> => ({
    pdfsPerMessage,
    warmUp: await messages(plan.warmUp, pdfsPerMessage),
    concurrency1: await messages(plan.concurrency1, pdfsPerMessage),
    concurrency8: await messages(plan.concurrency8, pdfsPerMessage),
  });
  const onePdf = await set(BENCH_PLAN.onePdf, 1);
  const fivePdf = await set(BENCH_PLAN.fivePdf, 5);
  const coldStart = await messages(BENCH_PLAN.coldStartRuns * 2, 1);
  const officerActionCases = await messages(BENCH_PLAN.officerActions.warmUp + BENCH_PLAN.officerActions.runs, 1);
  const bySize: { mb: number; raw: Buffer }[] = [];
  for (const mb of BENCH_PLAN.messageSizesMb) {
    const [form] = await recommendationPdfs([nextUci()], today);
    sequence += 1;
    bySize.push({ mb, raw: await messageOfSize(mb * MB, form!, random, sequence) });
  }
  return { onePdf, fivePdf, coldStart, officerActionCases, bySize };
}

/** The JAS limit on one PDF is 20 MB: larger messages carry several scans, each under it. */
const MAX_SCAN_BYTES = 15 * MB;

async function messageOfSize(
  targetBytes: number,
  form: Uint8Array,
  random: () => number,
  sequence: number,
): Promise<Buffer> {
  const build = (scanBytes: number) => {
    const scanCount = Math.max(1, Math.ceil(scanBytes / MAX_SCAN_BYTES));
    const scans = Array.from({ length: scanCount }, (_, index) => ({
      fileName: `supporting-scan-${index + 1}.pdf`,
      content: scanPdf(seededBytes(random, Math.max(1, Math.floor(scanBytes / scanCount)))),
    }));
    return composeMessage([{ fileName: 'recommendation.pdf', content: form }, ...scans], sequence);
  };
  // Base64 with line breaks makes 1 byte of PDF about 1.37 bytes of mail; one correction lands within a few KB.
  const first = await build(Math.max(1, (targetBytes - 80_000) / 1.37));
  const scanBytes = Math.max(1, (targetBytes - 80_000) / 1.37 + (targetBytes - first.length) / 1.37);
  return build(scanBytes);
}
