#!/usr/bin/env -S npx tsx
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { logger } from '../functions/logger.js';
import { isJasError } from '../kernel/jas-error.js';
import { CliError } from './commands/cli-error.js';

// CloudWatch's embedded metrics mean nothing on a terminal.
process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
// The terminal shows what each command prints; the handler's JSON log is for CloudWatch unless asked for.
if (!process.env.POWERTOOLS_LOG_LEVEL) logger.setLogLevel('WARN');

// Each command loads only what it uses: the PDF library and the stand-ins take seconds to import.
const commands = {
  start: () => import('./commands/start-command.js'),
  ingest: () => import('./commands/ingest-command.js'),
  forms: () => import('./commands/forms-command.js'),
  cases: () => import('./commands/cases-command.js'),
  demo: () => import('./commands/demo-command.js'),
  send: () => import('./commands/send-command.js'),
  report: () => import('./commands/report-command.js'),
};

// A command that finds a problem with its input exits 1 with the reason already printed.
const failUnless = (ok: boolean) => {
  if (!ok) process.exitCode = 1;
};

const jsonWanted = process.argv.includes('--json');

// A reader that stopped reading (`jas forms read … | head`) got what it wanted: end quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

const program = new Command('jas')
  .description('jas-intake: Joint Assistance Sponsorship in-Canada conversions by email')
  .version(version, '-V, --version', 'the version of jas-intake')
  .showHelpAfterError(!jsonWanted)
  // Usage errors go through the one failure path below, so that --json gets them as JSON too.
  .exitOverride()
  .configureOutput({ writeErr: (text) => (jsonWanted ? undefined : process.stderr.write(text)) });

program
  .command('start')
  .description('run the whole pipeline locally: SMTP (as SES receiving), S3, DynamoDB, the SESv2 outbox')
  .option('--smtp-port <port>', 'SMTP port (default 2525, or JAS_SMTP_PORT)')
  .option('--data-dir <dir>', 'where the local data is kept (default .jas, or JAS_DATA_DIR)')
  .option('--json', 'machine-readable output')
  .action(async (flags) => (await commands.start()).startCommand(flags));

program
  .command('ingest')
  .description('run raw messages (.eml) through the real inbound handler against the local stack')
  .argument('[files...]', 'raw RFC 5322 messages')
  .option('--key <keys...>', 'messages already stored under raw/, run again under their own keys')
  .option('--json', 'machine-readable output')
  .action(async (files: string[], flags) => failUnless(await (await commands.ingest()).ingestCommand(files, flags)));

const forms = program.command('forms').description('the forms the pipeline reads');
forms
  .command('list')
  .description('every form, with its id and version')
  .option('--json')
  .action(async (flags) => (await commands.forms()).listFormsCommand(flags));
forms
  .command('fields')
  .description('the fields of a form')
  .argument('<type>', 'form id, e.g. jas-recommendation')
  .option('--json')
  .action(async (type: string, flags) => (await commands.forms()).formFieldsCommand(type, flags));
forms
  .command('blank')
  .description('write a blank fillable form (English and French labels)')
  .argument('<type>', 'form id')
  .argument('<out>', 'output PDF')
  .option('--json')
  .action(async (type: string, out: string, flags) => (await commands.forms()).blankFormCommand(type, out, flags));
forms
  .command('sample')
  .description('write valid sample values for a form as JSON, to edit and give to `jas forms fill`')
  .argument('<type>', 'form id')
  .argument('<out>', 'output JSON file')
  .option('--json')
  .action(async (type: string, out: string, flags) => (await commands.forms()).sampleFormCommand(type, out, flags));
forms
  .command('fill')
  .description('fill a form from a JSON object keyed by field name (see `jas forms fields TYPE`)')
  .argument('<type>', 'form id')
  .argument('<values>', 'a JSON file: {"field.name": "value", "a.checkbox": true, …}')
  .argument('<out>', 'output PDF')
  .option('--json')
  .action(async (type: string, values: string, out: string, flags) =>
    failUnless(await (await commands.forms()).fillFormCommand(type, values, out, flags)),
  );
forms
  .command('read')
  .description('read a filled PDF: form type, values, problems')
  .argument('<file>', 'a PDF')
  .option('--json')
  .action(async (file: string, flags) => failUnless(await (await commands.forms()).readFormCommand(file, flags)));

const cases = program.command('cases').description('the case files');
cases
  .command('list')
  .description('every case, and messages not filed to a case')
  .option('--json')
  .action(async (flags) => (await commands.cases()).listCasesCommand(flags));
cases
  .command('show')
  .description('one case: state, documents, audit trail')
  .argument('<id>', 'case id, e.g. JAS-2026-7K3Q9M')
  .option('--json')
  .action(async (id: string, flags) => (await commands.cases()).showCaseCommand(id, flags));

const report = program.command('report').description("ROC-O's tracking spreadsheet and the program's indicators");
report
  .command('tracking')
  .description('write the tracking spreadsheet (XLSX) of every case, as mailed to ROC-O every Monday')
  .argument('<out>', 'output .xlsx')
  .option('--json')
  .action(async (out: string, flags) => (await commands.report()).trackingReportCommand(out, flags));
report
  .command('indicators')
  .description('print the indicators (the last twelve months), and write the one-page PDF when a file is named')
  .argument('[out]', 'output .pdf')
  .option('--month <YYYY-MM>', 'one calendar month, as mailed to IN on the 1st')
  .option('--json')
  .action(async (out: string | undefined, flags) => (await commands.report()).indicatorsReportCommand(out, flags));

program
  .command('demo')
  .description('mail a filled sample form to the running local stack')
  .option('--json')
  .action(async (flags) => (await commands.demo()).demoCommand(flags));

program
  .command('send')
  .description('mail the running local stack as someone: DKIM-signed when the local zone has the domain’s sample key')
  .requiredOption('--from <address>', 'From: address, e.g. officer.toronto@ircc.example or "Name <address>"')
  .requiredOption('--subject <text>', 'subject, e.g. "Re: [JAS-2026-7K3Q9M] RECOMMEND"')
  .option('--to <address>', 'recipient', 'jas@intake.example')
  .option('--body <text>', 'plain-text body')
  .option('--attach <file...>', 'files to attach (PDF forms)')
  .option('--unsigned', 'do not sign: what a forger who writes someone else’s address sends')
  .option('--json', 'machine-readable output')
  .action(async (flags) => (await commands.send()).sendCommand(flags));

/** One failure, as scripts and people read it: a stable code, a one-line message, an exit code. */
function failure(error: unknown): { code: string; message: string; exitCode: number } {
  if (error instanceof CliError) return { code: error.code, message: error.message, exitCode: error.exitCode };
  if (error instanceof CommanderError)
    return { code: 'USAGE', message: error.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' '), exitCode: 2 };
  if (isJasError(error)) return { code: error.code, message: error.message, exitCode: 1 };
  return { code: 'UNEXPECTED', message: error instanceof Error ? error.message : String(error), exitCode: 1 };
}

program.parseAsync().catch((error: unknown) => {
  // --help and --version end the same way, without failing.
  if (error instanceof CommanderError && error.exitCode === 0) process.exit(0);
  const { code, message, exitCode } = failure(error);
  if (jsonWanted) console.log(JSON.stringify({ error: { code, message } }));
  // Commander has already printed its own usage errors in text mode.
  else if (!(error instanceof CommanderError)) console.error(`jas: ${message}`);
  process.exit(exitCode);
});
