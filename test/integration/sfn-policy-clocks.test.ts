import { DescribeExecutionCommand, paginateListExecutions } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll } from 'vitest';
import { LOCAL_CLOCKS_STATE_MACHINE_ARN } from '../../bin/local-stack/start-local-stack.js';
import { SfnPolicyClocks } from '../../functions/adapters/sfn-policy-clocks.js';
import type { ClockDue } from '../../functions/domain/clock-request.js';
import { policyClocksContract } from '../helpers/contracts/policy-clocks-contract.js';
import { startTestStack, type TestStack } from '../helpers/local-stack.js';

// The Step Functions adapter held to the contract the in-memory clocks of the use-case tests keep
// (test/unit/adapters/in-memory-ports.test.ts), against the local stack's Step Functions, which
// refuses a name it has seen, as Step Functions does.

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack.stop();
});

policyClocksContract(
  'Step Functions (local stack)',
  {
    clocks: () => new SfnPolicyClocks(stack.pipeline.clients.sfn, LOCAL_CLOCKS_STATE_MACHINE_ARN),
    async running(caseId) {
      const running: Pick<ClockDue, 'purpose' | 'dueOn'>[] = [];
      const pages = paginateListExecutions(
        { client: stack.pipeline.clients.sfn },
        { stateMachineArn: LOCAL_CLOCKS_STATE_MACHINE_ARN, statusFilter: 'RUNNING' },
      );
      for await (const page of pages)
        for (const execution of page.executions ?? []) {
          if (!execution.name?.startsWith(`${caseId}-`)) continue;
          const { input } = await stack.pipeline.clients.sfn.send(
            new DescribeExecutionCommand({ executionArn: execution.executionArn }),
          );
          const { purpose, dueOn } = JSON.parse(input ?? '{}') as ClockDue;
          running.push({ purpose, dueOn });
        }
      return running;
    },
  },
  'JAS-2031-',
);
