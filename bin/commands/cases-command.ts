import { localStackOptionsFromEnvironment } from '../local-stack/local-stack-options.js';
import { useLocalPipeline } from '../local-stack/use-local-pipeline.js';
import { CliError } from './cli-error.js';

/** `jas cases list`: every case, then every message that was rejected or waits for a person. */
export async function listCasesCommand(flags: { json?: boolean }): Promise<void> {
  const { cases, messages } = await useLocalPipeline(localStackOptionsFromEnvironment(), async ({ dependencies }) => ({
    cases: await dependencies.cases.listCases(),
    messages: (await dependencies.cases.listMessageOutcomes()).filter((message) => message.outcome !== 'case_updated'),
  }));
  if (flags.json) {
    console.log(JSON.stringify({ cases, messages }, null, 2));
    return;
  }
  console.log(cases.length === 0 ? 'No cases yet.' : `${cases.length} case(s):`);
  for (const record of cases) {
    const flagText = record.flags.length > 0 ? `  [${record.flags.join(', ')}]` : '';
    console.log(
      `  ${record.caseId}  ${record.state.padEnd(22)} ${record.recommendation.caseType.padEnd(5)} ${record.recommendation.localOffice.padEnd(14)} opened ${record.createdAt}${flagText}`,
    );
  }
  if (messages.length > 0) {
    console.log(`${messages.length} message(s) not filed to a case:`);
    for (const message of messages) {
      const due = message.respondBy ? ` (respond by ${message.respondBy})` : '';
      console.log(
        `  ${message.at}  ${message.outcome.padEnd(11)} ${message.messageKey}  ${message.reasonCode ?? ''}: ${message.reason ?? ''}${due}`,
      );
    }
  }
}

/** `jas cases show ID`: the case, its documents and its audit trail. */
export async function showCaseCommand(caseId: string, flags: { json?: boolean }): Promise<void> {
  const found = await useLocalPipeline(localStackOptionsFromEnvironment(), async ({ dependencies }) => {
    const record = await dependencies.cases.getCase(caseId.toUpperCase());
    if (!record) return undefined;
    return {
      case: record,
      documents: await dependencies.cases.listDocuments(record.caseId),
      events: await dependencies.cases.listEvents(record.caseId),
    };
  });
  if (!found) throw new CliError('CASE_NOT_FOUND', `No case ${caseId}`);
  if (flags.json) {
    console.log(JSON.stringify(found, null, 2));
    return;
  }
  const { case: record, documents, events } = found;
  const { client, submitter, sponsor } = record.recommendation;
  const sponsorText = record.sponsor
    ? `${record.sponsor.name} <${record.sponsor.email}>`
    : sponsor.identified
      ? `identified: ${sponsor.name ?? ''}`
      : 'not identified';
  console.log(`${record.caseId}  ${record.state}  (${record.recommendation.caseType}, ${record.recommendation.localOffice})
  Client:            ${client.familyName}, ${client.givenNames}  UCI ${client.uci}
  Arrived:           ${client.arrivalDate}
  Special program:   ${record.recommendation.specialProgram ?? '—'}
  Sponsor:           ${sponsorText}
  Submitted by:      ${submitter.organization} <${submitter.email}>
  Flags:             ${record.flags.join(', ') || '—'}${
    record.promotion
      ? `
  Promotion:         ${record.promotion.startedOn} until ${record.promotion.endsBy} at the latest`
      : ''
  }${
    record.jasPeriod
      ? `
  JAS period:        ${record.jasPeriod.startsOn} – ${record.jasPeriod.endsOn} (check-in ${record.jasPeriod.midpointOn})`
      : ''
  }${
    record.ended
      ? `
  Ended:             ${record.ended.on} (${record.ended.reason.replace('_', ' ')})`
      : ''
  }
  Opened / updated:  ${record.createdAt} / ${record.updatedAt}
Documents:`);
  for (const document of documents)
    console.log(
      `  ${document.receivedAt}  ${document.formId} ${document.formVersion}  ${document.fileName}  s3://…/${document.objectKey}`,
    );
  console.log('Audit trail:');
  for (const event of events)
    console.log(
      `  ${event.at}  ${event.type.padEnd(28)} by ${event.actor.address} (${event.actor.role})  ${event.summary}`,
    );
}
