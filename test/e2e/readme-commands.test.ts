import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeRunningStack } from '../../bin/local-stack/running-stack-file.js';
import { startTestStack, type TestStack } from '../helpers/local-stack.js';

// The README's shell blocks, run as a newcomer would copy them, one after the other in one shell,
// against a stack this test starts. Only what cannot run inside a test is left out, each with why.

const README = readFileSync('README.md', 'utf8');

/** Commands the test does not run, and why: each is run another way, or not at all on this machine. */
const NOT_RUN_HERE: readonly [pattern: RegExp, why: string][] = [
  [/^npm install && npm start/, 'installs and then serves until Ctrl-C: the test starts the same stack itself'],
  [/^npm test/, 'this is npm test'],
  [/npm run jas -- start/, 'serves until Ctrl-C (the sped-up clocks have their own tests)'],
];

/** Every line of every ```sh block, continuations joined, comments dropped. */
function readmeCommands(): string[] {
  const blocks = [...README.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);
  return blocks.flatMap((block) =>
    block
      .replace(/\\\n\s*/g, ' ')
      .split('\n')
      .map((line) => line.replace(/\s+#\s.*$/, '').trim())
      .filter(Boolean),
  );
}

let stack: TestStack;
let workDir: string;

beforeAll(async () => {
  stack = await startTestStack();
  // As `jas start` does, so that the commands find the running stack in the data folder.
  writeRunningStack(stack.dataDir, { pid: process.pid, endpoints: stack.endpoints });
  // A folder of its own for the files the commands write, with the project beside them.
  workDir = mkdtempSync(join(tmpdir(), 'jas-readme-'));
  for (const entry of [
    'package.json',
    'node_modules',
    'bin',
    'forms',
    'functions',
    'kernel',
    'lib',
    'config',
    'cdk.json',
    'tsconfig.json',
  ])
    symlinkSync(resolve(entry), join(workDir, entry));
}, 120_000);

afterAll(async () => {
  await stack?.stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('the README, as written', () => {
  it('leaves out only what cannot run in a test', () => {
    const skipped = readmeCommands().filter((command) => NOT_RUN_HERE.some(([pattern]) => pattern.test(command)));
    expect(skipped.length).toBe(3);
    expect(readmeCommands().length).toBeGreaterThan(skipped.length + 8);
  });

  it('every other command runs and succeeds, in order, in one shell', async () => {
    const commands = readmeCommands().filter((command) => !NOT_RUN_HERE.some(([pattern]) => pattern.test(command)));
    // Each command's exit status is reported, so a failure names its command.
    const script = commands.map((command, index) => `${command}\necho "__status ${index} $?"`).join('\n');
    const result = await new Promise<{ stdout: string; stderr: string }>((done) => {
      const child = spawn('bash', ['-c', script], {
        cwd: workDir,
        env: { ...process.env, JAS_DATA_DIR: stack.dataDir },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => {
        stdout += chunk;
      });
      child.stderr.on('data', (chunk) => {
        stderr += chunk;
      });
      child.on('close', () => done({ stdout, stderr }));
    });
    const statuses = [...result.stdout.matchAll(/__status (\d+) (\d+)/g)].map(([, index, status]) => ({
      command: commands[Number(index)],
      status: Number(status),
    }));
    expect(statuses.map((entry) => entry.command)).toEqual(commands);
    expect(
      statuses.filter((entry) => entry.status !== 0),
      result.stderr,
    ).toEqual([]);
    // The case the demo opened is the one the officer's example acted on, and the forged concurrence was refused.
    const demoCaseId = /JAS-\d{4}-[0-9A-Z]{6}(?= {2}received)/.exec(result.stdout)?.[0];
    expect(demoCaseId).toBeDefined();
    const events = (await stack.pipeline.dependencies.cases.listEvents(demoCaseId!)).map((event) => event.type);
    expect(events).toEqual(['recommendation_received', 'recommended_pending_concurrence', 'message_refused']);
  }, 300_000);
});
