import { basename } from 'node:path';
import { localStackOptionsFromEnvironment } from '../local-stack/local-stack-options.js';
import { readUserFile } from './cli-files.js';
import { describeOutcome } from './describe-outcome.js';
import { mailRunningStack } from './mail-running-stack.js';

export interface SendFlags {
  readonly from: string;
  readonly subject: string;
  readonly to: string;
  readonly body?: string;
  readonly attach?: string[];
  readonly unsigned?: boolean;
  readonly json?: boolean;
}

/**
 * `jas send`: one email to the running stack, as the sender's own mail server would send it:
 * DKIM-signed when the local zone holds the From domain's sample key (the directory's staff, the
 * sample SPO and sponsor), so it passes DMARC as their real mail would; `--unsigned` sends it as
 * a forger would, to see what the pipeline does with that.
 */
export async function sendCommand(flags: SendFlags): Promise<void> {
  const attachments = await Promise.all(
    (flags.attach ?? []).map(async (file) => ({ filename: basename(file), content: await readUserFile(file) })),
  );
  const mailed = await mailRunningStack(
    localStackOptionsFromEnvironment(),
    { from: flags.from, to: flags.to, subject: flags.subject, text: flags.body ?? '', attachments },
    { sign: !flags.unsigned },
  );
  if (flags.json) {
    const { messageKey, signedAs, outcome } = mailed;
    console.log(JSON.stringify({ messageKey, signedAs: signedAs ?? null, outcome }));
    return;
  }
  const signature = mailed.signedAs
    ? `DKIM-signed as ${mailed.signedAs}`
    : 'unsigned (the local zone has no key for this domain, or --unsigned)';
  console.log(`Sent from ${flags.from}, ${signature}.
${mailed.messageKey} → ${describeOutcome(mailed.outcome)}`);
}
