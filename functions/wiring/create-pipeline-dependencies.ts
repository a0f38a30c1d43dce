import directoryFile from '../../config/directory.json' with { type: 'json' };
import { LOCAL_OFFICES } from '../../forms/local-offices.js';
import { type AwsClients, createAwsClients } from '../adapters/aws-clients.js';
import { DynamoDbCaseRepository } from '../adapters/dynamodb-case-repository.js';
import { S3MailStore } from '../adapters/s3-mail-store.js';
import { Sesv2Mailer } from '../adapters/sesv2-mailer.js';
import { SfnPolicyClocks } from '../adapters/sfn-policy-clocks.js';
import type { PipelineConfig } from '../config.js';
import { newCaseId } from '../domain/case-tag.js';
import { parseDirectory } from '../domain/directory.js';
import type { PipelineDependencies } from '../domain/pipeline-dependencies.js';

/**
 * The real adapters behind the domain's ports, the same in Lambda, in the local stack and in
 * tests; only the configuration (endpoints, names) differs.
 */
export function createPipelineDependencies(
  config: PipelineConfig,
  clients: AwsClients = createAwsClients(config),
): PipelineDependencies {
  return {
    mailStore: new S3MailStore(clients.s3, config.bucketName),
    cases: new DynamoDbCaseRepository(clients.dynamodb, config.tableName),
    mailer: new Sesv2Mailer(clients.sesv2, config.noticeFrom, config.configurationSet),
    wallClock: { now: () => new Date() },
    policyClocks: new SfnPolicyClocks(clients.sfn, config.clocksStateMachineArn),
    deadlineReminderDays: config.deadlineReminderDays,
    directory: parseDirectory(
      directoryFile,
      LOCAL_OFFICES.map((office) => office.code),
    ),
    replyAddress: config.noticeFrom,
    newCaseId,
    limits: { maxMessageBytes: config.maxMessageBytes, maxPdfBytes: config.maxPdfBytes },
    timeZone: config.timeZone,
  };
}
