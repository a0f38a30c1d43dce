// The local stack in a process of its own, as `npm start` runs it, so that the bench's senders do
// not share its event loop. It reports each message's outcome to the bench over IPC the moment
// the handler returns: polling the outbox or the table would load the stack it measures.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalStack } from '../../bin/local-stack/start-local-stack.js';
import { benchStackOptions } from '../stand-ins/bench-stack-options.js';
import type { BenchMessageToStack, StackMessage } from './stack-messages.js';

const send = (message: StackMessage) => process.send!(message);
const dataDir = mkdtempSync(join(tmpdir(), 'jas-bench-stack-'));
const stack = await startLocalStack({ ...benchStackOptions(dataDir), retryDelaysMs: [20, 50] });

stack.pipeline.events.on('outcome', (outcome) => send({ type: 'outcome', messageKey: outcome.messageKey, outcome }));
stack.pipeline.events.on('failure', (messageKey, error) =>
  send({ type: 'failure', messageKey, reason: error instanceof Error ? error.message : String(error) }),
);
process.on('message', (message: BenchMessageToStack) => {
  if (message.type === 'cpu') send({ type: 'cpu', usage: process.cpuUsage() });
  if (message.type === 'stop') {
    void stack.stop().finally(() => {
      rmSync(dataDir, { recursive: true, force: true });
      process.exit(0);
    });
  }
});
send({ type: 'ready', endpoints: stack.endpoints, dataDir });
