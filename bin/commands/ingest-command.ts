import { basename } from 'node:path';
import type { MessageOutcome } from '../../functions/domain/case-record.js';
import type { LocalPipeline } from '../local-stack/local-pipeline.js';
import { localStackOptionsFromEnvironment } from '../local-stack/local-stack-options.js';
import { useLocalPipeline } from '../local-stack/use-local-pipeline.js';
import { CliError } from './cli-error.js';
import { readUserFile } from './cli-files.js';
import { describeOutcome } from './describe-outcome.js';
import { messageHeaderProblem } from './message-header-problem.js';

interface IngestResult {
  /** The file ingested; absent for a stored message replayed by its key. */
  readonly file?: string;
  readonly messageKey?: string;
  readonly outcome?: MessageOutcome;
  readonly error?: { readonly code: string; readonly message: string };
}

/** Reads a file given to ingest; what cannot be read, or is not a message, is refused with its reason. */
async function readMessageFile(file: string): Promise<{ raw: Buffer } | { error: IngestResult['error'] }> {
  try {
    const raw = await readUserFile(file);
    const problem = messageHeaderProblem(raw);
    return problem
      ? { error: { code: 'NOT_A_MESSAGE', message: `${file}: not an email message: ${problem}` } }
      : { raw };
  } catch (error) {
    if (error instanceof CliError) return { error: { code: error.code, message: error.message } };
    throw error;
  }
}

/**
 * `jas ingest FILE.eml…`: each raw message through the real handler. A file exported from the
 * bucket keeps the verdict block SES wrote on top; any other file has none, so its sender is
 * unverified and it cannot act on a case. Files that cannot be read or are not messages are
 * refused first and never reach the pipeline.
 */
export async function ingestCommand(files: string[], flags: { json?: boolean; key?: string[] }): Promise<boolean> {
  const keys = flags.key ?? [];
  if (files.length === 0 && keys.length === 0)
    throw new CliError('NOTHING_TO_INGEST', 'give message files, or --key raw/… for messages already stored', 2);
  const read = await Promise.all(files.map(async (file) => ({ file, ...(await readMessageFile(file)) })));
  // In the order given, refusals in place; the messages' outcomes fill the rest.
  const results: (IngestResult | undefined)[] = read.map((entry) => ('error' in entry ? entry : undefined));
  const messages = read.flatMap((entry, index) => ('raw' in entry ? [{ ...entry, index }] : []));
  if (messages.length > 0 || keys.length > 0) {
    await useLocalPipeline(localStackOptionsFromEnvironment(), async (pipeline) => {
      for (const messageKey of keys) results.push(await replayStored(pipeline, messageKey));
      for (const { file, raw, index } of messages) {
        const received = await pipeline.ingest(raw);
        const outcome = await received.processed;
        results[index] = outcome
          ? { file, messageKey: received.messageKey, outcome }
          : {
              file,
              messageKey: received.messageKey,
              error: {
                code: 'PROCESSING_FAILED',
                message: 'processing failed after retries; the message stays in S3',
              },
            };
      }
    });
  }
  const ordered = results.filter((result): result is IngestResult => result !== undefined);
  if (flags.json) console.log(JSON.stringify(ordered, null, 2));
  else
    for (const result of ordered)
      if (result.outcome)
        console.log(`${result.file ? basename(result.file) : result.messageKey} → ${describeOutcome(result.outcome)}`);
      else console.error(`jas: ${result.error?.message}`);
  return ordered.every((result) => result.outcome !== undefined);
}

/** A message already under `raw/` (kept by SES, or by a stack that stopped), run again under its own key. */
async function replayStored(pipeline: LocalPipeline, messageKey: string): Promise<IngestResult> {
  if (!messageKey.startsWith('raw/'))
    return {
      messageKey,
      error: { code: 'NOT_A_STORED_MESSAGE', message: `${messageKey}: stored messages are under raw/` },
    };
  const received = await pipeline.replay(messageKey).catch(() => undefined);
  if (!received)
    return {
      messageKey,
      error: { code: 'NO_SUCH_MESSAGE', message: `${messageKey}: no message is stored under this key` },
    };
  const outcome = await received.processed;
  return outcome
    ? { messageKey, outcome }
    : {
        messageKey,
        error: { code: 'PROCESSING_FAILED', message: 'processing failed after retries; the message stays in S3' },
      };
}
