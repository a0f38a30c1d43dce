import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleJasRecommendation } from '../../forms/jas-recommendation/sample.js';
import { logger } from '../../functions/logger.js';
import { failNextCalls } from '../helpers/fault-injection.js';
import { startTestStack, type TestStack } from '../helpers/local-stack.js';
import { IN_OFFICER, OFFICER, recommendationPdf, Scenario, SPO, SUPERVISOR, TODAY } from '../helpers/scenario.js';

let stack: TestStack;
let scenario: Scenario;
const written: string[] = [];
const originalWrites = {
  stdout: process.stdout.write.bind(process.stdout),
  stderr: process.stderr.write.bind(process.stderr),
};

beforeAll(async () => {
  stack = await startTestStack();
  scenario = new Scenario(stack);
  // Everything the process writes, at the most talkative log level.
  logger.setLogLevel('DEBUG');
  for (const stream of ['stdout', 'stderr'] as const) {
    process[stream].write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return (originalWrites[stream] as (...args: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof process.stdout.write;
  }
});

afterAll(async () => {
  process.stdout.write = originalWrites.stdout;
  process.stderr.write = originalWrites.stderr;
  await stack.stop();
});

describe('privacy', () => {
  it('an end-to-end run writes none of the clients’ names, UCIs, birth dates or health details to the logs', async () => {
    const sample = sampleJasRecommendation(TODAY);
    const clients = [
      { uci: '6000-0001', familyName: 'Nakamura-Ferreira', givenNames: 'Océane Yusra', dateOfBirth: '1979-03-14' },
      { uci: '60-0000-0002', familyName: 'Bélanger', givenNames: 'Théo', dateOfBirth: '2001-12-02' },
    ];
    const health = 'Type 1 diabetes with retinopathy; weekly dialysis at the Montfort hospital.';
    for (const client of clients) {
      const pdf = await recommendationPdf(client.uci, {
        'client.familyName': client.familyName,
        'client.givenNames': client.givenNames,
        'client.dateOfBirth': client.dateOfBirth,
        'criteria.needsDescription': health,
      });
      const opened = await scenario.send(
        SPO,
        `JAS for ${client.givenNames} ${client.familyName}`,
        `Born ${client.dateOfBirth}, UCI ${client.uci}. ${health}`,
        [pdf],
      );
      const caseId = opened.caseIds[0]!;
      await scenario.send(OFFICER, `[${caseId}] RECOMMEND`, `Recommending ${client.givenNames}: ${health}`);
      const fault = failNextCalls(stack.pipeline.adapters.mailer, 'send', 1);
      await scenario.send(SUPERVISOR, `[${caseId}] CONCUR`);
      fault.restore();
      await scenario.send(IN_OFFICER, `[${caseId}] DESIGNATE`);
      await scenario.send(
        'stranger@elsewhere.example',
        `[${caseId}] ${client.familyName}`,
        `About ${client.givenNames} ${client.familyName}`,
      );
    }
    await scenario.send(SPO, 'JAS', '', [
      await recommendationPdf('6000-0003', { 'client.uci': 'not-a-uci', 'client.familyName': 'Nakamura-Ferreira' }),
    ]);

    const logs = written.join('');
    expect(logs).toContain('message processed');
    const personal = clients.flatMap((client) => [
      client.uci,
      client.uci.replace(/-/g, ''),
      client.familyName,
      ...client.givenNames.split(' '),
      client.dateOfBirth,
    ]);
    for (const value of [...personal, 'diabetes', 'dialysis', sample['client.familyName'] as string])
      expect(logs, `“${value}” reached the logs`).not.toContain(value);
  });
});
