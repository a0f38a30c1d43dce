import type { SESv2Client } from '@aws-sdk/client-sesv2';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import directoryFile from '../../config/directory.json' with { type: 'json' };
import { LOCAL_OFFICES } from '../../forms/local-offices.js';
import { DynamoDbCaseRepository } from '../adapters/dynamodb-case-repository.js';
import { Sesv2Mailer } from '../adapters/sesv2-mailer.js';
import type { ReportConfig } from '../config.js';
import { parseDirectory } from '../domain/directory.js';
import type { ReportDependencies } from './deliver-reports.js';

/**
 * The report function's adapters: the case table (read, and the records of the answers it sends)
 * and SESv2, as in Lambda, locally and in tests.
 */
export function createReportDependencies(
  config: ReportConfig,
  clients: { readonly dynamodb: DynamoDBDocumentClient; readonly sesv2: SESv2Client },
): ReportDependencies {
  const cases = new DynamoDbCaseRepository(clients.dynamodb, config.tableName);
  return {
    cases,
    notices: cases,
    noticeLeaseMs: config.noticeLeaseMs,
    mailer: new Sesv2Mailer(clients.sesv2, config.noticeFrom, config.configurationSet),
    clock: { now: () => new Date() },
    directory: parseDirectory(
      directoryFile,
      LOCAL_OFFICES.map((office) => office.code),
    ),
    replyAddress: config.noticeFrom,
    timeZone: config.timeZone,
  };
}
