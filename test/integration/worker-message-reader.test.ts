import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledReadingWorker } from '../../bin/local-stack/reading-worker-bundle.js';
import { fillForm } from '../../forms/fill-form.js';
import { FormReadError } from '../../forms/form-read-error.js';
import { sampleJasRecommendation } from '../../forms/jas-recommendation/sample.js';
import { readForm } from '../../forms/read-form.js';
import { type ReadingLimits, WorkerMessageReader } from '../../functions/adapters/worker-message-reader.js';
import { readInboundMessage } from '../../functions/mime/read-inbound-message.js';
import { UnreadableMessageError } from '../../functions/mime/unreadable-message-error.js';
import { BoundedWorkerPool } from '../../functions/reading/bounded-worker-pool.js';
import { hugeXrefStream, manyEmptyDictionaries, objectStreamBomb, unclosedStreams } from '../helpers/hostile-pdfs.js';
import { SPO } from '../helpers/scenario.js';

const RECEIVED_ON = '2026-11-23';
const MB = 1024 * 1024;
const LIMITS: ReadingLimits = {
  maxMessageBytes: 40 * MB,
  maxPdfBytes: 20 * MB,
  maxDecodedBytes: 8 * MB,
  maxPdfObjects: 250_000,
  messageReadMs: 10_000,
  formsReadMs: 10_000,
  // Small, so that a heap-filling PDF reaches it in a second or two.
  heapMb: 64,
};

let pool: BoundedWorkerPool;
/** Room enough that a runaway PDF meets its deadline before the heap limit. */
let roomyPool: BoundedWorkerPool;
let form: Uint8Array;
let warm: WorkerMessageReader;

/** A reader on the one warm pool, with its own time limits. */
const reader = (limits: Partial<ReadingLimits> = {}, on = () => pool) =>
  new WorkerMessageReader(on, { ...LIMITS, ...limits });

beforeAll(async () => {
  // The worker as the local stack runs it, bundled: it boots in a fraction of a second.
  const worker = await bundledReadingWorker();
  pool = new BoundedWorkerPool({ ...worker, size: 1, heapMb: LIMITS.heapMb });
  roomyPool = new BoundedWorkerPool({ ...worker, size: 1, heapMb: 1024 });
  form = await fillForm('jas-recommendation', sampleJasRecommendation(RECEIVED_ON));
  warm = reader();
});

afterAll(async () => {
  await Promise.all([pool.close(), roomyPool.close()]);
});

const outcomeOf = (reading: Awaited<ReturnType<WorkerMessageReader['readForms']>>[number]) =>
  reading instanceof FormReadError ? reading.code : reading.ok ? 'valid' : 'invalid';

describe('reading in a worker thread', () => {
  it('parses a message as the pipeline’s MIME reader does, PDFs of forwards included', async () => {
    // Prepare
    const forwarded = await new MailComposer({
      from: SPO,
      subject: 'inner',
      attachments: [{ filename: 'form.pdf', content: Buffer.from(form) }],
    })
      .compile()
      .build();
    const raw = await new MailComposer({
      from: SPO,
      to: 'jas@intake.example',
      subject: 'Fwd: inner',
      text: 'see below',
      attachments: [{ filename: 'forward.eml', content: forwarded, contentType: 'message/rfc822' }],
    })
      .compile()
      .build();

    // Act
    const message = await warm.readMessage(raw);

    // Assess
    expect(message).toEqual(await readInboundMessage(raw));
    expect(message.pdfs.map((pdf) => pdf.content.byteLength)).toEqual([form.byteLength]);
  });

  it('refuses what is not mail with the MIME reader’s own reason', async () => {
    await expect(warm.readMessage(new Uint8Array())).rejects.toSatisfy(
      (error) => error instanceof UnreadableMessageError && error.code === 'MESSAGE_EMPTY',
    );
  });

  it('reads each PDF as the form reader does, a decode bomb refused with the budget it passed', async () => {
    // Act
    const readings = await warm.readForms([form, objectStreamBomb(64 * MB)], { receivedOn: RECEIVED_ON });

    // Assess
    expect(readings[0]).toEqual(await readForm(form, { receivedOn: RECEIVED_ON }));
    expect(readings[1]).toBeInstanceOf(FormReadError);
    expect(readings[1]).toMatchObject({ code: 'PDF_TOO_LARGE', explanation: { en: expect.stringContaining('8 MB') } });
  });

  it('a PDF that reads past the time for a message’s forms is stopped; the PDFs after it are not read, and say why', async () => {
    // Prepare
    const hurried = reader({ formsReadMs: 1500 }, () => roomyPool);

    // Act
    const readings = await hurried.readForms([unclosedStreams(20_000), form], { receivedOn: RECEIVED_ON });
    const later = await hurried.readForms([form], { receivedOn: RECEIVED_ON });

    // Assess
    expect(readings.map(outcomeOf)).toEqual(['PDF_TOO_COMPLEX', 'PDF_NOT_READ']);
    expect((readings[0] as FormReadError).explanation.en).toContain('more than 1.5 seconds');
    expect(later.map(outcomeOf)).toEqual(['valid']);
  });

  it('a PDF that declares more objects than one may hold is refused before they are built', async () => {
    // Act
    const readings = await warm.readForms([hugeXrefStream(), form], { receivedOn: RECEIVED_ON });

    // Assess
    expect(readings.map(outcomeOf)).toEqual(['PDF_TOO_COMPLEX', 'valid']);
    expect((readings[0] as FormReadError).explanation.en).toContain('more than 250,000 objects');
  });

  it('a PDF that fills the worker’s heap is stopped; the next PDF is read by a fresh worker', async () => {
    // Prepare: an object budget too large for the heap, so that the heap limit is what stops the read
    const unbudgeted = reader({ maxPdfObjects: 100_000_000 });

    // Act
    const readings = await unbudgeted.readForms([manyEmptyDictionaries(2_000_000), form], { receivedOn: RECEIVED_ON });

    // Assess
    expect(readings.map(outcomeOf)).toEqual(['PDF_TOO_COMPLEX', 'valid']);
    expect((readings[0] as FormReadError).explanation.en).toContain('more than 64 MB of memory');
  });

  it('a message whose parse runs past its deadline is refused as too costly to read', async () => {
    // Prepare: 8 MB of text in one part, against a deadline of a few milliseconds
    const hurried = reader({ messageReadMs: 5 });
    const raw = await new MailComposer({ from: SPO, subject: 'long', text: 'word '.repeat(1_600_000) })
      .compile()
      .build();

    // Act
    const error = await hurried.readMessage(raw).catch((caught: unknown) => caught);

    // Assess
    expect(error).toBeInstanceOf(UnreadableMessageError);
    expect(error).toMatchObject({ code: 'MESSAGE_READ_TIMED_OUT' });
  });
});
