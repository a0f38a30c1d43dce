/** What a deployment chooses, read from CDK context (`-c key=value` or cdk.json) and the environment. */
export interface DeploymentSettings {
  /** Context `region`, else env `JAS_REGION`, else ca-central-1 (Canadian data residency). */
  readonly region: string;
  /** Env `CDK_DEFAULT_ACCOUNT` (set by the CDK CLI from the credentials); unset means account-agnostic. */
  readonly account?: string;
  /** Context `mailDomain`: the domain that receives mail (MX) and sends notices (DKIM). */
  readonly mailDomain: string;
  /** Context `recipients` (list, or comma-separated): addresses or domains the receipt rule accepts. */
  readonly recipients: string[];
  /** Context `noticeFrom`: the From of every notice, an address in `mailDomain`, optionally `Name <address>`. */
  readonly noticeFrom: string;
  /** Context `receiptRuleSetName`: the rule set the deployer activates. */
  readonly receiptRuleSetName: string;
  /** Context `operatorEmail`: subscribed to the alarm topic; unset leaves the topic for the deployer to subscribe to. */
  readonly operatorEmail?: string;
  /** Context `rawMailRetentionDays`: days a message stays under `raw/` before S3 expires it. */
  readonly rawMailRetentionDays: number;
  /** Context `caseDocumentRetentionDays`: days a filed document stays under `cases/` before S3 expires it. */
  readonly caseDocumentRetentionDays: number;
  /** Context `accessLogRetentionDays`: days the documents bucket's server access logs are kept. */
  readonly accessLogRetentionDays: number;
  /** Context `reservedConcurrency`: the most inbound handlers that run at once (and the least the account keeps for them). */
  readonly reservedConcurrency: number;
}

export const DEFAULT_REGION = 'ca-central-1';
export const DEFAULT_MAIL_DOMAIN = 'jas.example.ca';
export const DEFAULT_RECEIPT_RULE_SET_NAME = 'jas-intake';
/** The local part of the default recipient and sender: replies to a notice come back into the pipeline. */
export const DEFAULT_MAILBOX = 'jas';
/** Seven years (2,557 days): a placeholder until the deploying organization applies its records schedule. */
export const DEFAULT_RETENTION_DAYS = 2557;
export const DEFAULT_ACCESS_LOG_RETENTION_DAYS = 730;
export const DEFAULT_RESERVED_CONCURRENCY = 20;

const DOMAIN = /^(?=.{1,253}$)(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+$/;
const ADDRESS = /^[^\s@<>]+@([^\s@<>]+)$/;
/** `Display Name <address>`: the address in angle brackets is what SES authorizes. */
const NAMED_ADDRESS = /^[^<>@]*<([^<>]+)>$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
const RULE_SET_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,62}[A-Za-z0-9])?$/;

export class DeploymentSettingsError extends Error {
  override readonly name = 'DeploymentSettingsError';
}

/**
 * Reads and validates the deployment settings; throws a DeploymentSettingsError naming the
 * context key and the expected form when a value is wrong.
 */
export function readDeploymentSettings(
  context: (key: string) => unknown,
  env: Readonly<Record<string, string | undefined>>,
): DeploymentSettings {
  const region = text(context('region'), 'region') ?? nonEmpty(env.JAS_REGION) ?? DEFAULT_REGION;
  if (!REGION.test(region)) fail('region', region, 'an AWS region such as ca-central-1');

  const mailDomain = (text(context('mailDomain'), 'mailDomain') ?? DEFAULT_MAIL_DOMAIN).toLowerCase();
  if (!DOMAIN.test(mailDomain)) fail('mailDomain', mailDomain, 'a domain name such as jas.example.ca');

  const recipients = list(context('recipients'), 'recipients') ?? [`${DEFAULT_MAILBOX}@${mailDomain}`];
  for (const recipient of recipients) {
    if (!inDomain(recipient, mailDomain)) {
      fail('recipients', recipient, `an address or subdomain in ${mailDomain} (the domain whose MX points to SES)`);
    }
  }

  const noticeFrom = text(context('noticeFrom'), 'noticeFrom') ?? `${DEFAULT_MAILBOX}@${mailDomain}`;
  const senderAddress = NAMED_ADDRESS.exec(noticeFrom)?.[1] ?? noticeFrom;
  if (ADDRESS.exec(senderAddress)?.[1]?.toLowerCase() !== mailDomain) {
    fail(
      'noticeFrom',
      noticeFrom,
      `an address in ${mailDomain} (the verified sending identity), optionally as "Name <address>"`,
    );
  }

  const receiptRuleSetName = text(context('receiptRuleSetName'), 'receiptRuleSetName') ?? DEFAULT_RECEIPT_RULE_SET_NAME;
  if (!RULE_SET_NAME.test(receiptRuleSetName)) {
    fail(
      'receiptRuleSetName',
      receiptRuleSetName,
      'letters, digits, ".", "_" or "-", at most 64, starting and ending with a letter or digit',
    );
  }

  const operatorEmail = text(context('operatorEmail'), 'operatorEmail')?.toLowerCase();
  if (operatorEmail !== undefined && !ADDRESS.test(operatorEmail)) {
    fail('operatorEmail', operatorEmail, 'one email address, e.g. a team mailbox');
  }

  return {
    region,
    account: nonEmpty(env.CDK_DEFAULT_ACCOUNT),
    mailDomain,
    recipients,
    noticeFrom,
    receiptRuleSetName,
    operatorEmail,
    rawMailRetentionDays:
      positiveInteger(context('rawMailRetentionDays'), 'rawMailRetentionDays') ?? DEFAULT_RETENTION_DAYS,
    caseDocumentRetentionDays:
      positiveInteger(context('caseDocumentRetentionDays'), 'caseDocumentRetentionDays') ?? DEFAULT_RETENTION_DAYS,
    accessLogRetentionDays:
      positiveInteger(context('accessLogRetentionDays'), 'accessLogRetentionDays') ?? DEFAULT_ACCESS_LOG_RETENTION_DAYS,
    reservedConcurrency:
      positiveInteger(context('reservedConcurrency'), 'reservedConcurrency') ?? DEFAULT_RESERVED_CONCURRENCY,
  };
}

function inDomain(recipient: string, mailDomain: string): boolean {
  const domain = ADDRESS.exec(recipient)?.[1] ?? recipient;
  return domain === mailDomain || (DOMAIN.test(domain) && domain.endsWith(`.${mailDomain}`));
}

function text(value: unknown, key: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') fail(key, JSON.stringify(value), 'a string');
  return nonEmpty(value);
}

function list(value: unknown, key: string): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  const items = typeof value === 'string' ? value.split(',') : value;
  if (!Array.isArray(items) || !items.every((item) => typeof item === 'string')) {
    fail(key, JSON.stringify(value), 'a list of strings or a comma-separated string');
  }
  const cleaned = items.map((item) => item.trim().toLowerCase()).filter((item) => item !== '');
  if (cleaned.length === 0) fail(key, JSON.stringify(value), 'at least one address or domain');
  return [...new Set(cleaned)];
}

/** A number from cdk.json, or its decimal text from `-c key=value`. */
function positiveInteger(value: unknown, key: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  const number = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1) {
    fail(key, JSON.stringify(value), 'a whole number of at least 1');
  }
  return number;
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function fail(key: string, value: string, expected: string): never {
  throw new DeploymentSettingsError(`Context "${key}" is ${value}; expected ${expected}.`);
}
