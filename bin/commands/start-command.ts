import { isJasError } from '../../kernel/jas-error.js';
import { DEFAULT_HANDLER_THREADS } from '../local-stack/inbound-handler-threads.js';
import { localStackOptionsFromEnvironment } from '../local-stack/local-stack-options.js';
import { findRunningStack, removeRunningStack, writeRunningStack } from '../local-stack/running-stack-file.js';
import { startLocalStack } from '../local-stack/start-local-stack.js';
import { CliError } from './cli-error.js';
import { describeOutcome } from './describe-outcome.js';

/** `jas start`: the local stack, in the foreground until Ctrl-C. */
export async function startCommand(flags: { smtpPort?: string; dataDir?: string; json?: boolean }): Promise<void> {
  const options = localStackOptionsFromEnvironment({
    ...process.env,
    ...(flags.smtpPort !== undefined && { JAS_SMTP_PORT: flags.smtpPort }),
    ...(flags.dataDir !== undefined && { JAS_DATA_DIR: flags.dataDir }),
  });
  if (await findRunningStack(options.dataDir))
    throw new CliError(
      'STACK_ALREADY_RUNNING',
      `A local stack already runs for ${options.dataDir}; stop it first (Ctrl-C in its terminal)`,
    );
  // A stack that runs on takes mail from several senders at once: the handler gets every core.
  const stack = await startLocalStack({
    handlerThreads: DEFAULT_HANDLER_THREADS,
    ...options,
    rearmClocks: true,
    reportSchedules: true,
    sweepUnfinished: true,
  });
  writeRunningStack(options.dataDir, { pid: process.pid, endpoints: stack.endpoints });
  const { endpoints } = stack;
  if (flags.json) {
    console.log(JSON.stringify({ dataDir: options.dataDir, endpoints }));
  } else {
    console.log(`jas-intake local stack is running (data in ${options.dataDir})
  SMTP (SES receiving)   smtp://${endpoints.smtp.host}:${endpoints.smtp.port}   send mail to any address here
  Outbox (SESv2)         ${endpoints.outbox}/                   every notice sent, readable in a browser
  Cases                  ${endpoints.cases}/                   every case, its next deadline and timeline (read-only)
  S3                     ${endpoints.s3}   bucket jas-documents-local (raw/, cases/)
  DynamoDB               ${endpoints.dynamodb}   table jas-cases-local
  Step Functions         ${endpoints.stepfunctions}   state machine JasIntake-case-clocks (synthesized from lib/), clocks ×${stack.clocks.speedup}, ${stack.clocks.rearmed} re-armed
Try it: npm run jas -- demo    ·    Stop: Ctrl-C`);
  }
  stack.pipeline.events.on('outcome', (outcome) => {
    console.log(
      flags.json
        ? JSON.stringify({ event: 'outcome', ...outcome })
        : `${new Date().toISOString()} ${outcome.messageKey} → ${describeOutcome(outcome)}`,
    );
  });
  stack.reportSchedules?.events.on('delivered', (kind, at) => {
    console.log(
      flags.json
        ? JSON.stringify({ event: 'report', kind, at: at.toISOString() })
        : `${new Date().toISOString()} ${kind} reports mailed (schedule time ${at.toISOString()})`,
    );
  });
  stack.reportSchedules?.events.on('failed', (kind, error) => {
    console.error(
      `${new Date().toISOString()} ${kind} reports failed: ${error instanceof Error ? error.name : 'unknown error'}`,
    );
  });
  stack.pipeline.events.on('reportFailure', (kind, error) => {
    console.error(
      `${new Date().toISOString()} ${kind} reports failed: ${error instanceof Error ? error.name : 'unknown error'}`,
    );
  });
  stack.pipeline.events.on('failure', (messageKey, error) => {
    const reason = isJasError(error) ? error.code : error instanceof Error ? error.name : 'unknown error';
    console.error(
      `${new Date().toISOString()} ${messageKey} → failed after retries (${reason}); the message stays in S3 under ${messageKey}`,
    );
  });
  stack.pipeline.events.on('swept', (report) => {
    console.log(
      flags.json
        ? JSON.stringify({ event: 'swept', ...report, finished: report.finished.length })
        : `${new Date().toISOString()} swept ${report.found.length} stored message(s) that had no outcome; ${report.failed.length} still failing`,
    );
  });
  stack.pipeline.events.on('sweep-failed', (error) => {
    console.error(
      `${new Date().toISOString()} the sweep of stored messages failed (${error instanceof Error ? error.name : 'unknown error'}); the next one tries again`,
    );
  });
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  console.log('Stopping…');
  await stack.stop();
  removeRunningStack(options.dataDir);
  console.log('Stopped.');
}
