import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { paginateListObjectsV2 } from '@aws-sdk/client-s3';
import type Mail from 'nodemailer/lib/mailer/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../bench/inputs/seeded-random.js';
import { LocalMailSender } from '../../bin/local-stack/local-mail-sender.js';
import { type OutboxEmail, readOutbox } from '../../bin/local-stack/outbox-server.js';
import { bundledReadingWorker } from '../../bin/local-stack/reading-worker-bundle.js';
import { LOCAL_CREDENTIALS } from '../../bin/local-stack/s3-server.js';
import {
  LOCAL_BUCKET_NAME,
  LOCAL_REGION,
  LOCAL_TABLE_NAME,
  type LocalEndpoints,
} from '../../bin/local-stack/start-local-stack.js';
import { fillForm } from '../../forms/fill-form.js';
import { sampleJasRecommendation } from '../../forms/jas-recommendation/sample.js';
import { createAwsClients } from '../../functions/adapters/aws-clients.js';
import { DynamoDbCaseRepository } from '../../functions/adapters/dynamodb-case-repository.js';
import type { MessageOutcome } from '../../functions/domain/case-record.js';
import { TODAY } from '../helpers/scenario.js';

/**
 * The local stack, killed (SIGKILL) again and again at seeded points of its work while mail
 * arrives over SMTP, then started again on the same data: every message SMTP accepted must end
 * with exactly one outcome, and every notice an outcome names must be in the outbox. A notice sent
 * twice is counted; it may only come from a kill in the window the sender names (SES accepted,
 * record not yet written).
 */

const SEED = 646;
const MESSAGES = 100;
/** The kills are drawn until the batch is sent; at least this many must have happened. */
const KILLS = 20;
/** SMTP clients sending at once, as several senders' servers would. */
const SENDERS = 3;
/** Messages sent to one start of the stack: few, so that the batch spreads over many kills. */
const PER_START = 4;
const POINTS = ['read', 'case-written', 'claimed', 'sent', 'marked', 'outcome'] as const;
const CHILD = fileURLToPath(new URL('./children/crash-prone-stack.ts', import.meta.url));
/**
 * Short, so that a restarted stack takes over a dead one's notices and messages within seconds;
 * the lease still longer than any send on a busy machine, as the deployed one (90 s) is longer
 * than the function's timeout: an attempt still alive must never be overtaken.
 */
const CHILD_LIMITS = {
  JAS_NOTICE_LEASE_SECONDS: '10',
  JAS_SWEEP_MIN_AGE_SECONDS: '3',
  JAS_SWEEP_INTERVAL_SECONDS: '1',
};

interface RunningChild {
  readonly process: ChildProcess;
  readonly endpoints: LocalEndpoints;
  readonly exited: Promise<unknown>;
}

let dataDir: string;
let readingWorker: string;
const random = seededRandom(SEED);

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'jas-crash-'));
  readingWorker = fileURLToPath((await bundledReadingWorker()).entry);
});

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

async function startChild(crashAt?: string): Promise<RunningChild> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    env: {
      ...process.env,
      ...CHILD_LIMITS,
      JAS_DATA_DIR: dataDir,
      JAS_READING_WORKER: readingWorker,
      JAS_CRASH_LOG: join(dataDir, 'crashes.jsonl'),
      ...(crashAt ? { JAS_CRASH_AT: crashAt } : {}),
    },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = once(child, 'exit');
  const lines = createInterface({ input: child.stdout! });
  const first = await Promise.race([once(lines, 'line'), exited.then(() => undefined)]);
  if (!first) throw new Error(`the stack ended before it was ready (crash point ${crashAt})`);
  const { endpoints } = JSON.parse(String(first[0])) as { endpoints: LocalEndpoints };
  return { process: child, endpoints, exited };
}

/** Message `index` of the batch: mostly recommendations (BVOR: no clock), some with no form (triage), some invalid (rejection). */
async function message(index: number): Promise<Mail.Options> {
  const sender = `intake+${index}@spo.example`;
  const base = { from: sender, to: 'jas-intake@jas.example', subject: `crash proof ${index}` };
  if (index % 5 === 3) return { ...base, text: 'No form attached.' };
  const values = {
    ...sampleJasRecommendation(TODAY),
    caseType: 'BVOR',
    'sponsor.bvorSponsorContinues': 'no',
    'client.uci': `7${String(index).padStart(7, '0')}`,
    'submitter.email': sender,
    // An invalid form: the sender is told, nothing is filed.
    ...(index % 5 === 4 && { 'client.dateOfBirth': 'not a date' }),
  };
  const content = Buffer.from(await fillForm('jas-recommendation', values));
  return { ...base, attachments: [{ filename: 'jas-recommendation.pdf', content }] };
}

const CASE_ID = /JAS-\d{4}-[0-9A-Z]{6}/;
const STORED_KEY = /raw\/[0-9a-f]{40}/;

/**
 * What tells a notice apart from every other message's: its case (acknowledgement, notice to the
 * office), the stored message it is about (triage), or, for a rejection, its recipient alone
 * (each message of the batch has its own sender).
 */
function noticeIdentity(to: string, about: { caseId?: string; messageKey?: string }): string {
  return `${to} ${about.caseId ?? about.messageKey ?? 'rejection'}`;
}

function expectedIdentities(outcome: MessageOutcome): string[] {
  return outcome.noticesSent.map(({ to }) =>
    noticeIdentity(
      to,
      outcome.caseIds[0]
        ? { caseId: outcome.caseIds[0] }
        : outcome.outcome === 'quarantined'
          ? { messageKey: outcome.messageKey }
          : {},
    ),
  );
}

function sentIdentities(email: OutboxEmail): string[] {
  const caseId = CASE_ID.exec(email.subject)?.[0];
  const messageKey = caseId ? undefined : STORED_KEY.exec(email.body.text ?? '')?.[0];
  return email.destination.to.map((to) => noticeIdentity(to, { caseId, messageKey }));
}

function counted(identities: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const identity of identities) counts.set(identity, (counts.get(identity) ?? 0) + 1);
  return counts;
}

describe('a stack killed at any point, and started again on the same data', () => {
  it(`loses no message and no notice over ${MESSAGES} messages and at least ${KILLS} kills`, async () => {
    // Prepare: kills drawn from the seed, the claim-to-send gap and the duplicate window among the first
    const nextKill = (index: number) => {
      const point =
        index < 8 ? (['claimed', 'sent'] as const)[index % 2]! : POINTS[Math.floor(random() * POINTS.length)]!;
      return { point, at: `${point}:${1 + Math.floor(random() * 3)}` };
    };
    const accepted = new Map<number, string>();
    const killedAt: string[] = [];
    const unsent = Array.from({ length: MESSAGES }, (_, index) => index);

    // Act: send the batch over SMTP, a few at a time; each time the stack dies, start it again on the same data
    for (let start = 0; unsent.length > 0; start += 1) {
      const kill = nextKill(start);
      const child = await startChild(kill.at);
      const sender = new LocalMailSender(child.endpoints.smtp);
      let dead = false;
      void child.exited.then(() => (dead = true));
      let quota = PER_START;
      const sendWhileAlive = async () => {
        for (
          let index = quota-- > 0 ? unsent.shift() : undefined;
          index !== undefined;
          index = quota-- > 0 ? unsent.shift() : undefined
        ) {
          try {
            accepted.set(index, (await sender.send(await message(index))).messageKey);
          } catch {
            // The stack died before it answered 250: SMTP did not accept this message; it is sent again.
            unsent.unshift(index);
            return;
          }
          if (dead) return;
        }
      };
      await Promise.all(Array.from({ length: SENDERS }, sendWhileAlive));
      sender.close();
      // The batch is sent and the kill not reached: the work in flight (and the sweeps) may still reach it.
      if (!dead) await Promise.race([child.exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
      if (child.process.exitCode === null && child.process.signalCode === null) child.process.stdin?.end();
      await child.exited;
      if (child.process.signalCode === 'SIGKILL') killedAt.push(kill.point);
      else if (child.process.exitCode !== 0)
        throw new Error(`the stack failed by itself (exit ${child.process.exitCode})`);
    }

    // The last start, not killed: it finishes what the killed ones left
    const last = await startChild();
    const clients = createAwsClients(
      { region: LOCAL_REGION, endpoints: { s3: last.endpoints.s3, dynamodb: last.endpoints.dynamodb } },
      LOCAL_CREDENTIALS,
    );
    const cases = new DynamoDbCaseRepository(clients.dynamodb, LOCAL_TABLE_NAME);
    const stored: string[] = [];
    for await (const page of paginateListObjectsV2(
      { client: clients.s3 },
      { Bucket: LOCAL_BUCKET_NAME, Prefix: 'raw/' },
    ))
      for (const object of page.Contents ?? []) stored.push(object.Key!);
    const outcomes = new Map<string, MessageOutcome>();
    const deadline = Date.now() + 60_000;
    while (outcomes.size < stored.length && Date.now() < deadline) {
      for (const key of stored) {
        if (outcomes.has(key)) continue;
        const outcome = await cases.findMessageOutcome(key);
        if (outcome) outcomes.set(key, outcome);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const outbox = await readOutbox(last.endpoints.outbox);
    last.process.stdin?.end();
    await last.exited;
    clients.s3.destroy();
    clients.dynamodb.destroy();

    // Assess: one outcome for every message accepted, and for every object SES receiving stored
    expect(killedAt.length).toBeGreaterThanOrEqual(KILLS);
    expect(killedAt.filter((point) => point === 'claimed').length).toBeGreaterThan(0);
    expect(new Set(accepted.values()).size).toBe(MESSAGES);
    expect([...accepted.values()].filter((key) => !outcomes.has(key))).toEqual([]);
    expect(stored.filter((key) => !outcomes.has(key))).toEqual([]);

    // Every notice an outcome names is in the outbox; one sent more often than named is a duplicate
    const expected = counted([...outcomes.values()].flatMap(expectedIdentities));
    const sent = counted(outbox.flatMap(sentIdentities));
    const missing = [...expected].filter(([identity, count]) => (sent.get(identity) ?? 0) < count);
    const duplicated = [...sent].flatMap(([identity, count]) =>
      Array.from({ length: Math.max(0, count - (expected.get(identity) ?? 0)) }, () => identity),
    );
    // Each kill logged the notices it caught in the window (handed to SES, record not written).
    const inWindow = existsSync(join(dataDir, 'crashes.jsonl'))
      ? readFileSync(join(dataDir, 'crashes.jsonl'), 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as { to: string[]; subject: string; text: string })
      : [];
    // Told apart as the outbox's are: a triage notice by the stored key its text names.
    const windowIdentities = inWindow.flatMap((notice) =>
      sentIdentities({
        destination: { to: notice.to, cc: [], bcc: [] },
        subject: notice.subject,
        body: { text: notice.text },
      } as unknown as OutboxEmail),
    );
    const outsideWindow = duplicated.filter((identity) => !windowIdentities.includes(identity));
    console.log(
      `crash proof: ${MESSAGES} messages accepted, ${stored.length} stored, ${killedAt.length} kills ` +
        `(${POINTS.map((point) => `${point} ${killedAt.filter((at) => at === point).length}`).join(', ')}); ` +
        `${outbox.length} notices sent; ${inWindow.length} notice(s) in the window named in send-notice-once.ts ` +
        `(caught by a kill between SES and their record, or sent with no answer from SES), ` +
        `${duplicated.length} sent twice, ${outsideWindow.length} of them outside it`,
    );
    expect(missing).toEqual([]);
    expect(outsideWindow).toEqual([]);
    expect(duplicated.length).toBeLessThanOrEqual(inWindow.length);
  }, 600_000);
});
