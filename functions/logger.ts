import { Logger } from '@aws-lambda-powertools/logger';
import { RedactingLogFormatter } from './redacting-log-formatter.js';

/** The one logger: structured, and personal information redacted before anything is written. */
export const logger = new Logger({ serviceName: 'jas-intake', logFormatter: new RedactingLogFormatter() });
