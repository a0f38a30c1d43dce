#!/usr/bin/env -S npx tsx
import { Command } from 'commander';
import { isJasError } from '../functions/domain/errors.js';
import { listCasesCommand, showCaseCommand } from './commands/cases-command.js';
import { demoCommand } from './commands/demo-command.js';
import { blankFormCommand, formFieldsCommand, listFormsCommand, readFormCommand } from './commands/forms-command.js';
import { ingestCommand } from './commands/ingest-command.js';
import { startCommand } from './commands/start-command.js';

// The Lambda runs on a current Node.js; the SDK's notice about older local Node versions is not for the user.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const program = new Command('jas')
  .description('jas-intake: Joint Assistance Sponsorship in-Canada conversions by email')
  .showHelpAfterError();

// A command that finds a problem with its input exits 1 with the reason already printed.
const failUnless = (ok: boolean) => {
  if (!ok) process.exitCode = 1;
};

program
  .command('start')
  .description('run the whole pipeline locally: SMTP (as SES receiving), S3, DynamoDB, the SESv2 outbox')
  .option('--smtp-port <port>', 'SMTP port (default 2525, or JAS_SMTP_PORT)')
  .option('--data-dir <dir>', 'where the local data is kept (default .jas, or JAS_DATA_DIR)')
  .option('--json', 'machine-readable output')
  .action(startCommand);

program
  .command('ingest')
  .description('run raw messages (.eml) through the real inbound handler against the local stack')
  .argument('<files...>', 'raw RFC 5322 messages')
  .option('--json', 'machine-readable output')
  .action(async (files: string[], flags) => failUnless(await ingestCommand(files, flags)));

const forms = program.command('forms').description('the forms the pipeline reads');
forms.command('list').description('every form, with its id and version').option('--json').action(listFormsCommand);
forms.command('fields').description('the fields of a form').argument('<type>', 'form id, e.g. jas-recommendation').option('--json').action(formFieldsCommand);
forms
  .command('blank')
  .description('write a blank fillable form (English and French labels)')
  .argument('<type>', 'form id')
  .argument('<out>', 'output PDF')
  .option('--json')
  .action(blankFormCommand);
forms
  .command('read')
  .description('read a filled PDF: form type, values, problems')
  .argument('<file>', 'a PDF')
  .option('--json')
  .action(async (file: string, flags) => failUnless(await readFormCommand(file, flags)));

const cases = program.command('cases').description('the case files');
cases.command('list').description('every case, and messages not filed to a case').option('--json').action(listCasesCommand);
cases.command('show').description('one case: state, documents, audit trail').argument('<id>', 'case id, e.g. JAS-2026-7K3Q9M').option('--json').action(showCaseCommand);

program.command('demo').description('mail a filled sample form to the running local stack').option('--json').action(demoCommand);

program.parseAsync().catch((error: unknown) => {
  const reason = isJasError(error) ? `${error.code}: ${error.message}` : error instanceof Error ? error.message : String(error);
  console.error(`jas: ${reason}`);
  process.exit(1);
});
