import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { demoCommand } from '../../bin/commands/demo-command.js';
import { sendCommand } from '../../bin/commands/send-command.js';
import { writeRunningStack } from '../../bin/local-stack/running-stack-file.js';
import { fillForm } from '../../forms/fill-form.js';
import { sampleJasRecommendation } from '../../forms/jas-recommendation/sample.js';
import { startTestStack, type TestStack } from '../helpers/local-stack.js';
import { TODAY } from '../helpers/scenario.js';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
  // What `jas start` leaves for the other commands: they find this stack by its data folder.
  writeRunningStack(stack.dataDir, { pid: process.pid, endpoints: stack.endpoints });
  vi.stubEnv('JAS_DATA_DIR', stack.dataDir);
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await stack.stop();
});

/** Runs a command and returns what it printed as JSON. */
async function printed<T>(command: () => Promise<void>): Promise<T> {
  const lines: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((line: string) => lines.push(line));
  try {
    await command();
  } finally {
    log.mockRestore();
  }
  return JSON.parse(lines.join('\n')) as T;
}

type Sent = { signedAs: string | null; outcome: { outcome: string; caseIds: string[]; reasonCode?: string } };

describe('jas send and jas demo', () => {
  it('mail the running stack as the sample people do, signed, and a forgery with --unsigned', async () => {
    const demo = await printed<{ outcome: Sent['outcome'] }>(() => demoCommand({ json: true }));
    expect(demo.outcome.outcome).toBe('case_updated');
    const caseId = demo.outcome.caseIds[0]!;

    const forged = await printed<Sent>(() =>
      sendCommand({
        from: 'officer.toronto@ircc.example',
        to: 'jas@intake.example',
        subject: `[${caseId}] RECOMMEND`,
        unsigned: true,
        json: true,
      }),
    );
    expect(forged).toMatchObject({
      signedAs: null,
      outcome: { outcome: 'quarantined', reasonCode: 'SENDER_NOT_VERIFIED' },
    });

    const recommended = await printed<Sent>(() =>
      sendCommand({
        from: 'Officer Toronto <officer.toronto@ircc.example>',
        to: 'jas@intake.example',
        subject: `Re: [${caseId}] RECOMMEND`,
        body: 'Needs are well documented.',
        json: true,
      }),
    );
    expect(recommended).toMatchObject({ signedAs: 'ircc.example', outcome: { outcome: 'case_updated' } });
    expect((await stack.pipeline.dependencies.cases.getCase(caseId))?.concurrencePendingFrom).toBe(
      'officer.toronto@ircc.example',
    );
  });

  it('attaches files', async () => {
    const form = join(stack.dataDir, 'form.pdf');
    writeFileSync(
      form,
      await fillForm('jas-recommendation', { ...sampleJasRecommendation(TODAY), 'client.uci': '6100-0001' }),
    );
    const sent = await printed<Sent>(() =>
      sendCommand({ from: 'intake@spo.example', to: 'jas@intake.example', subject: 'JAS', attach: [form], json: true }),
    );
    expect(sent).toMatchObject({ signedAs: 'spo.example', outcome: { outcome: 'case_updated' } });
  });
});
