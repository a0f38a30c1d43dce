import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import { closeHttpServer } from './close-http-server.js';

const require = createRequire(import.meta.url);

/** A mail aws-ses-v2-local keeps: the shape its `/store` page returns. */
export interface OutboxEmail {
  readonly messageId: string;
  readonly from: string;
  readonly destination: {
    readonly to: readonly string[];
    readonly cc: readonly string[];
    readonly bcc: readonly string[];
  };
  readonly subject: string;
  readonly body: { readonly text?: string; readonly html?: string };
  readonly attachments: readonly {
    readonly filename?: string;
    readonly contentType: string;
    readonly size: number;
    readonly content: string;
  }[];
  readonly at: number;
}

interface SesLocalStore {
  saveEmail(email: OutboxEmail): void;
}

let persistedTo: string | undefined;

/**
 * A SESv2-compatible outbox (aws-ses-v2-local): the SDK sends to it as to SES, and its page lists
 * every notice. It keeps mail in memory only, so each sent mail is also appended to `file` and
 * replayed at start: the outbox survives restarts like the rest of the local data.
 */
export async function startOutboxServer(options: { port: number; file: string }) {
  const store = require('aws-ses-v2-local/dist/store.js') as SesLocalStore;
  const { default: startSesLocal } = require('aws-ses-v2-local') as {
    default: (config: { host: string; port: number }) => Promise<Server>;
  };
  if (persistedTo !== undefined && persistedTo !== options.file) {
    throw new Error('aws-ses-v2-local keeps one outbox per process; stop the other local stack first');
  }
  if (persistedTo === undefined) {
    mkdirSync(dirname(options.file), { recursive: true });
    const save = store.saveEmail;
    if (existsSync(options.file)) {
      for (const line of readFileSync(options.file, 'utf8').split('\n')) {
        const email = parsedLine(line);
        if (email) save(email);
      }
    }
    // aws-ses-v2-local's handlers call `store.saveEmail` through the module's exports at send time.
    store.saveEmail = (email) => {
      appendFileSync(options.file, `${JSON.stringify(email)}\n`);
      save(email);
    };
    persistedTo = options.file;
  }
  const server = await startSesLocal({ host: '127.0.0.1', port: options.port });
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { endpoint, stop: () => closeHttpServer(server) };
}

/**
 * One saved mail, or nothing for a blank line or for the last line of a stack killed while it
 * wrote it: a mail whose record was cut was never answered as sent, so the sender sends it again.
 */
function parsedLine(line: string): OutboxEmail | undefined {
  if (!line.trim()) return undefined;
  try {
    return JSON.parse(line) as OutboxEmail;
  } catch {
    return undefined;
  }
}

/** Every mail in the outbox, oldest first. */
export async function readOutbox(outboxEndpoint: string): Promise<OutboxEmail[]> {
  const response = await fetch(`${outboxEndpoint}/store`);
  if (!response.ok) throw new Error(`Outbox answered ${response.status}`);
  const { emails } = (await response.json()) as { emails: OutboxEmail[] };
  // For raw sends aws-ses-v2-local keeps each recipient header as one "a, b" string: one address per entry here.
  const split = (addresses: readonly string[]) =>
    addresses.flatMap((entry) =>
      entry
        .split(',')
        .map((address) => address.trim())
        .filter(Boolean),
    );
  return emails.map((email) => ({
    ...email,
    destination: {
      to: split(email.destination.to),
      cc: split(email.destination.cc),
      bcc: split(email.destination.bcc),
    },
  }));
}
