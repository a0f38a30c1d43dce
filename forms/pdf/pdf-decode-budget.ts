import { AsyncLocalStorage } from 'node:async_hooks';
import { decodePDFRawStream, PDFContext, PDFRawStream } from '@cantoo/pdf-lib';
import type { DecodeBudget } from '../../kernel/decode-budget.js';

interface GrowableDecodeStream {
  ensureBuffer(requested: number): Uint8Array;
}

const budgets = new AsyncLocalStorage<DecodeBudget>();
/** How many decoded bytes each stream has asked room for so far: its buffer doubles, its output does not. */
const charged = new WeakMap<GrowableDecodeStream, number>();
let installed = false;

/**
 * pdf-lib decodes every stream (Flate, LZW, ASCII85, ASCIIHex, RunLength, decryption; each link of
 * a filter chain; object and cross-reference streams while it loads) through one class,
 * DecodeStream, whose `ensureBuffer` grows the output before each block is written. That is the
 * one place where what the decoder really produces can be counted before it is allocated, whatever
 * the filter names, their `#` escapes or `/DecodeParms` say. The buffer doubles as it grows, so the
 * memory a stream holds is at most twice what is charged. The class is not exported, so it is
 * found from a stream pdf-lib builds itself; a pdf-lib that no longer has it fails here, loudly.
 */
function installBudgetHook(): void {
  if (installed) return;
  const probe = decodePDFRawStream(
    PDFRawStream.of(PDFContext.create().obj({ Filter: 'ASCIIHexDecode' }), new Uint8Array()),
  );
  let prototype: GrowableDecodeStream | null = Object.getPrototypeOf(probe);
  while (prototype && !Object.hasOwn(prototype, 'ensureBuffer')) prototype = Object.getPrototypeOf(prototype);
  if (!prototype)
    throw new Error(
      'pdf-lib no longer decodes through DecodeStream.ensureBuffer: the decode budget cannot be enforced',
    );
  const ensureBuffer = prototype.ensureBuffer;
  prototype.ensureBuffer = function ensureBufferWithinBudget(this: GrowableDecodeStream, requested: number) {
    const budget = budgets.getStore();
    const before = charged.get(this) ?? 0;
    if (budget && requested > before) {
      budget.charge(requested - before);
      charged.set(this, requested);
    }
    return ensureBuffer.call(this, requested);
  };
  installed = true;
}

/**
 * Runs `work` (loading and reading a PDF with pdf-lib) with every byte pdf-lib decodes charged to
 * `budget`, including decoding that happens after an `await`. pdf-lib skips objects that fail to
 * parse, so the budget's error may be swallowed inside it: check `budget.exceeded` afterwards.
 */
export function withinPdfDecodeBudget<T>(budget: DecodeBudget, work: () => Promise<T>): Promise<T> {
  installBudgetHook();
  return budgets.run(budget, work);
}
