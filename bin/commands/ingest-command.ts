import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { MessageOutcome } from '../../functions/domain/case-record.js';
import { localStackOptionsFromEnvironment } from '../local-stack/local-stack-options.js';
import { useLocalPipeline } from '../local-stack/use-local-pipeline.js';
import { describeOutcome } from './describe-outcome.js';

/**
 * `jas ingest FILE.eml…`: each raw message through the real handler. A file exported from the
 * bucket keeps the verdict block SES wrote on top; any other file has none, so its sender is
 * unverified and it cannot act on a case.
 */
export async function ingestCommand(files: string[], flags: { json?: boolean }): Promise<boolean> {
  const options = localStackOptionsFromEnvironment();
  const results: { file: string; messageKey?: string; outcome?: MessageOutcome; error?: string }[] = [];
  await useLocalPipeline(options, async (pipeline) => {
    for (const file of files) {
      const raw = await readFile(file).catch(() => undefined);
      if (!raw) {
        results.push({ file, error: `cannot read ${file}` });
        continue;
      }
      const received = await pipeline.ingest(raw);
      const outcome = await received.processed;
      results.push(
        outcome
          ? { file, messageKey: received.messageKey, outcome }
          : {
              file,
              messageKey: received.messageKey,
              error: 'processing failed after retries; the message stays in S3',
            },
      );
    }
  });
  if (flags.json) console.log(JSON.stringify(results, null, 2));
  else
    for (const result of results)
      console.log(
        `${basename(result.file)} → ${result.outcome ? describeOutcome(result.outcome) : `error: ${result.error}`}`,
      );
  return results.every((result) => result.outcome !== undefined);
}
