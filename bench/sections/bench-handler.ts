import { LOCAL_CREDENTIALS } from '../../bin/local-stack/s3-server.js';
import { createAwsClients } from '../../functions/adapters/aws-clients.js';
import type { MessageOutcome } from '../../functions/domain/case-record.js';
import { createInboundEmailHandler } from '../../functions/handlers/on-inbound-email.js';
import {
  createPipelineAdapters,
  createPipelineDependencies,
  type PipelineAdapters,
} from '../../functions/wiring/create-pipeline-dependencies.js';
import { ServiceCallLedger } from '../measure/service-calls.js';
import { timedPort } from '../measure/timed-port.js';
import type { BenchStack } from '../stand-ins/start-bench-stack.js';
import type { S3Event } from '../stand-ins/store-as-ses.js';

export interface BenchHandler {
  readonly handle: (event: S3Event) => Promise<MessageOutcome[]>;
  /** Every request the handler sent to the stand-ins. */
  readonly ledger: ServiceCallLedger;
  close(): void;
}

/** The real adapters, each timed as its AWS service. */
function timedAdapters(adapters: PipelineAdapters): PipelineAdapters {
  return {
    mailStore: timedPort('s3', adapters.mailStore),
    cases: timedPort('dynamodb', adapters.cases),
    fragments: timedPort('s3', adapters.fragments),
    mailer: timedPort('sesv2', adapters.mailer),
    policyClocks: timedPort('stepfunctions', adapters.policyClocks),
    // No bench message asks for reports.
    reports: adapters.reports,
    // Reading runs in worker threads; its time shows in the handler's, not as a service's.
    reader: adapters.reader,
  };
}

/**
 * The inbound handler in this process, wired as in Lambda to SDK clients of its own that talk to
 * the stand-ins' process: the handler's CPU is the only CPU in this process that it waits for.
 */
export function createBenchHandler(bench: BenchStack): BenchHandler {
  const clients = createAwsClients(bench.config, LOCAL_CREDENTIALS);
  const ledger = new ServiceCallLedger();
  ledger.watch(clients);
  const adapters = timedAdapters(createPipelineAdapters(bench.config, clients));
  const dependencies = createPipelineDependencies(bench.config, adapters);
  return {
    handle: createInboundEmailHandler(() => dependencies),
    ledger,
    close() {
      for (const client of Object.values(clients)) client.destroy();
      void adapters.reader.close();
    },
  };
}

/** A message counts as handled when it opened or changed one case per form, as every bench message should. */
export function checkOutcome(outcome: MessageOutcome | undefined, casesPerMessage: number): void {
  if (outcome?.outcome !== 'case_updated' || outcome.caseIds.length !== casesPerMessage) {
    throw new Error(
      `expected ${casesPerMessage} case(s) opened or changed, got ${outcome ? `${outcome.outcome} ${outcome.reasonCode ?? ''} ${outcome.caseIds.length} case(s)` : 'no outcome'}`,
    );
  }
}
