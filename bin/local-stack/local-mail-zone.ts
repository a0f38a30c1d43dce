import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import DKIM from 'nodemailer/lib/dkim/index.js';
import * as z from 'zod';
import { projectPath } from '../../lib/project-root.js';

/** Where the local zone and its sample signing keys live (see its README). */
export const LOCAL_MAIL_AUTH_DIR = projectPath('config', 'local-mail-auth');
/** The DKIM selector every sample domain publishes its key under. */
export const LOCAL_DKIM_SELECTOR = 'jas-local';

const zoneSchema = z.object({
  records: z.array(z.object({ name: z.string().min(1), type: z.literal('TXT'), value: z.string().min(1) })),
});

/** What nodemailer's `dkim` option takes to sign as a domain. */
export interface DkimSigningKey {
  readonly domainName: string;
  readonly keySelector: string;
  readonly privateKey: string;
}

/** A DNS error as Node's resolver raises it, which mailauth reads by its code. */
class DnsError extends Error {
  constructor(
    readonly code: 'ENOTFOUND' | 'ENODATA',
    name: string,
  ) {
    super(`${code} ${name}`);
  }
}

/**
 * The local stack's DNS for mail authentication: the SPF, DKIM and DMARC records of the sample
 * domains (`zone.json`), answered to mailauth as its `resolver`, and the sample private keys that
 * sign those domains' mail. Nothing here ever asks the real DNS: a domain not in the zone does not
 * exist, so its mail verifies as none (no SPF, no key, no DMARC policy), as a stranger's does.
 */
export class LocalMailZone {
  private readonly txt = new Map<string, string[]>();

  constructor(private readonly directory: string = LOCAL_MAIL_AUTH_DIR) {
    const zone = zoneSchema.parse(JSON.parse(readFileSync(join(directory, 'zone.json'), 'utf8')));
    for (const record of zone.records) {
      const name = record.name.toLowerCase();
      this.txt.set(name, [...(this.txt.get(name) ?? []), record.value]);
    }
  }

  /** mailauth's resolver: TXT records from the zone; every other name and type does not exist. */
  readonly resolver = async (name: string, type: string): Promise<string[][]> => {
    const wanted = name.toLowerCase().replace(/\.$/, '');
    const values = this.txt.get(wanted);
    if (!values) {
      const known = [...this.txt.keys()].some((domain) => domain === wanted || domain.endsWith(`.${wanted}`));
      throw new DnsError(known ? 'ENODATA' : 'ENOTFOUND', name);
    }
    if (type !== 'TXT') throw new DnsError('ENODATA', name);
    return values.map((value) => [value]);
  };

  /** The key that signs `address`'s domain, when the zone publishes one. */
  signingKeyFor(address: string): DkimSigningKey | undefined {
    const domainName = address.slice(address.lastIndexOf('@') + 1).toLowerCase();
    if (!this.txt.has(`${LOCAL_DKIM_SELECTOR}._domainkey.${domainName}`)) return undefined;
    const file = join(this.directory, `${domainName}.dkim-private-key.pem`);
    if (!existsSync(file)) return undefined;
    return { domainName, keySelector: LOCAL_DKIM_SELECTOR, privateKey: readFileSync(file, 'utf8') };
  }

  /** `raw` DKIM-signed by nodemailer as `address`'s domain, or unchanged when the zone has no key for it. */
  async signedAs(address: string, raw: Buffer): Promise<Buffer> {
    const key = this.signingKeyFor(address);
    return key ? buffer(new DKIM(key).sign(raw)) : raw;
  }
}
