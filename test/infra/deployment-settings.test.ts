import { describe, expect, it } from 'vitest';
import { DeploymentSettingsError, readDeploymentSettings } from '../../lib/deployment-settings.js';

const fromContext = (values: Record<string, unknown>) => (key: string) => values[key];

describe('readDeploymentSettings', () => {
  it('defaults to ca-central-1 and one jas@ mailbox on the example domain', () => {
    expect(readDeploymentSettings(fromContext({}), {})).toEqual({
      region: 'ca-central-1',
      account: undefined,
      mailDomain: 'jas.example.ca',
      recipients: ['jas@jas.example.ca'],
      noticeFrom: 'jas@jas.example.ca',
      receiptRuleSetName: 'jas-intake',
      operatorEmail: undefined,
      rawMailRetentionDays: 2557,
      caseDocumentRetentionDays: 2557,
      accessLogRetentionDays: 730,
      reservedConcurrency: 20,
    });
  });

  it('reads retention days and reserved concurrency as numbers (cdk.json) or digits (-c)', () => {
    const settings = readDeploymentSettings(
      fromContext({
        rawMailRetentionDays: '400',
        caseDocumentRetentionDays: 3650,
        accessLogRetentionDays: ' 365 ',
        reservedConcurrency: '5',
      }),
      {},
    );
    expect(settings).toMatchObject({
      rawMailRetentionDays: 400,
      caseDocumentRetentionDays: 3650,
      accessLogRetentionDays: 365,
      reservedConcurrency: 5,
    });
  });

  it('takes one operator address for the alarms', () => {
    expect(readDeploymentSettings(fromContext({ operatorEmail: 'Ops@Example.GC.CA' }), {}).operatorEmail).toBe(
      'ops@example.gc.ca',
    );
  });

  it('ignores the CLI profile region: Canadian residency unless asked otherwise', () => {
    expect(readDeploymentSettings(fromContext({}), { CDK_DEFAULT_REGION: 'us-east-1' }).region).toBe('ca-central-1');
  });

  it('takes the region from JAS_REGION, and context over the environment', () => {
    expect(readDeploymentSettings(fromContext({}), { JAS_REGION: 'us-west-2' }).region).toBe('us-west-2');
    expect(readDeploymentSettings(fromContext({ region: 'eu-west-1' }), { JAS_REGION: 'us-west-2' }).region).toBe(
      'eu-west-1',
    );
  });

  it('derives the mailbox defaults from mailDomain and takes the account from the CDK CLI', () => {
    const settings = readDeploymentSettings(fromContext({ mailDomain: 'Intake.Example.GC.CA' }), {
      CDK_DEFAULT_ACCOUNT: '111122223333',
    });
    expect(settings).toMatchObject({
      account: '111122223333',
      mailDomain: 'intake.example.gc.ca',
      recipients: ['jas@intake.example.gc.ca'],
      noticeFrom: 'jas@intake.example.gc.ca',
    });
  });

  it('reads recipients as a comma-separated string (-c) or a list (cdk.json)', () => {
    const context = { mailDomain: 'jas.example.ca', noticeFrom: 'notices@jas.example.ca' };
    expect(
      readDeploymentSettings(
        fromContext({ ...context, recipients: 'a@jas.example.ca, b@jas.example.ca,,a@jas.example.ca' }),
        {},
      ).recipients,
    ).toEqual(['a@jas.example.ca', 'b@jas.example.ca']);
    expect(
      readDeploymentSettings(
        fromContext({ ...context, recipients: ['jas.example.ca', 'x@offices.jas.example.ca'] }),
        {},
      ).recipients,
    ).toEqual(['jas.example.ca', 'x@offices.jas.example.ca']);
  });

  it('accepts a display name on the notice sender, checking the address inside it', () => {
    const noticeFrom = 'JAS Intake / PPC IRCC <JAS@jas.example.ca>';
    expect(readDeploymentSettings(fromContext({ noticeFrom }), {}).noticeFrom).toBe(noticeFrom);
    expect(() => readDeploymentSettings(fromContext({ noticeFrom: 'JAS <jas@evil.example>' }), {})).toThrow(
      /noticeFrom/,
    );
  });

  it.each([
    [{ noticeFrom: 'notices@elsewhere.ca' }, /noticeFrom.*jas\.example\.ca/],
    [{ recipients: 'jas@elsewhere.ca' }, /recipients.*jas@elsewhere\.ca/],
    [{ recipients: [] }, /recipients.*at least one/],
    [{ recipients: 42 }, /recipients.*list of strings/],
    [{ mailDomain: 'not a domain' }, /mailDomain/],
    [{ region: 'canada' }, /region.*ca-central-1/],
    [{ receiptRuleSetName: 'bad name!' }, /receiptRuleSetName/],
    [{ mailDomain: 7 }, /mailDomain.*a string/],
    [{ operatorEmail: 'ops, oncall@example.ca' }, /operatorEmail.*one email address/],
    [{ rawMailRetentionDays: 0 }, /rawMailRetentionDays.*at least 1/],
    [{ caseDocumentRetentionDays: '7y' }, /caseDocumentRetentionDays.*whole number/],
    [{ accessLogRetentionDays: 1.5 }, /accessLogRetentionDays.*whole number/],
    [{ reservedConcurrency: -1 }, /reservedConcurrency.*whole number/],
  ])('rejects %j with a message naming the key', (context, message) => {
    expect(() => readDeploymentSettings(fromContext(context), {})).toThrow(DeploymentSettingsError);
    expect(() => readDeploymentSettings(fromContext(context), {})).toThrow(message);
  });
});
