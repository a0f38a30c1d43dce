import { createAwsClients } from '../adapters/aws-clients.js';
import { readReportConfig } from '../config.js';
import { ReportRequestSchema } from '../domain/report-request.js';
import { logger } from '../logger.js';
import { createReportDependencies } from '../reports/create-report-dependencies.js';
import { deliverReports, type ReportDependencies } from '../reports/deliver-reports.js';

/** A schedule's or the inbound function's report request → the reports built and mailed. */
export function createReportHandler(dependencies: () => ReportDependencies) {
  return async (event: unknown): Promise<{ sent: number }> => {
    const request = ReportRequestSchema.parse(event);
    const { sent } = await deliverReports(request, dependencies());
    logger.info('reports delivered', { kind: request.kind, purposes: sent.map((mail) => mail.purpose) });
    return { sent: sent.length };
  };
}

let lambdaDependencies: ReportDependencies | undefined;

/** The Lambda entry point: configuration from the environment, read once per container. */
export const handler = createReportHandler(() => {
  if (!lambdaDependencies) {
    const config = readReportConfig();
    lambdaDependencies = createReportDependencies(config, createAwsClients({ ...config, endpoints: config.endpoints }));
  }
  return lambdaDependencies;
});
