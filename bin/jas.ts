#!/usr/bin/env -S npx tsx
import { Command } from 'commander';
import { logger } from '../functions/logger.js';
import { isJasError } from '../kernel/jas-error.js';

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
};

// A command that finds a problem with its input exits 1 with the reason already printed.
const failUnless = (ok: boolean) => {
  if (!ok) process.exitCode = 1;
};

const program = new Command('jas')
  .description('jas-intake: Joint Assistance Sponsorship in-Canada conversions by email')
  .showHelpAfterError();

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
  .argument('<files...>', 'raw RFC 5322 messages')
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

program.parseAsync().catch((error: unknown) => {
  const reason = isJasError(error)
    ? `${error.code}: ${error.message}`
    : error instanceof Error
      ? error.message
      : String(error);
  console.error(`jas: ${reason}`);
  process.exit(1);
});
