import { LOCAL_CREDENTIALS } from '../../bin/local-stack/s3-server.js';
import { type LocalEndpoints, localPipelineConfig } from '../../bin/local-stack/start-local-stack.js';
import { type AwsClients, createAwsClients } from '../../functions/adapters/aws-clients.js';
import type { PipelineConfig } from '../../functions/config.js';
import { benchStackOptions } from './bench-stack-options.js';
import { startStackProcess } from './stack-process.js';

export interface BenchStack {
  readonly endpoints: LocalEndpoints;
  /** The pipeline's configuration against the stand-ins: what a handler of the bench's own is given. */
  readonly config: PipelineConfig;
  /** The bench's own clients, for storing messages as SES would: not the handler's, so not counted. */
  readonly clients: AwsClients;
  /** CPU the stand-ins' process has used so far, in milliseconds. */
  standInCpuMs(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * The stand-ins in a process of their own: their CPU does not count against a handler the bench
 * runs in this process, as AWS's services' CPU does not count against a Lambda's.
 */
export async function startBenchStack(): Promise<BenchStack> {
  const stack = await startStackProcess();
  const config = localPipelineConfig(stack.endpoints, benchStackOptions(stack.dataDir));
  const clients = createAwsClients(config, LOCAL_CREDENTIALS);
  return {
    endpoints: stack.endpoints,
    config,
    clients,
    standInCpuMs: () => stack.cpuMs(),
    async stop() {
      for (const client of Object.values(clients)) client.destroy();
      await stack.stop();
    },
  };
}
