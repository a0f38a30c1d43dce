import { Logger } from '@aws-lambda-powertools/logger';
import { describe, expect, it, vi } from 'vitest';
import { RedactingLogFormatter, redact } from '../../../functions/redacting-log-formatter.js';

describe('log redaction', () => {
  it('removes personal attributes by name and personal data inside any text', () => {
    const redacted = redact({
      clientName: 'Haddad, Amal Zoé',
      nested: { uci: '1234-5678', note: 'UCI 12-3456-7890 born 1988-04-17 wrote from amal@example.org' },
      at: '2026-11-23T16:00:00.000Z',
      caseId: 'JAS-2026-7K3Q9M',
    });
    expect(redacted).toEqual({
      clientName: '[redacted]',
      nested: { uci: '[redacted]', note: 'UCI [number] born [date] wrote from [email]' },
      at: '2026-11-23T16:00:00.000Z',
      caseId: 'JAS-2026-7K3Q9M',
    });
  });

  it('is what the Powertools logger writes', () => {
    // Prepare
    const lines: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      lines.push(String(chunk));
      return true;
    });
    const logger = new Logger({
      serviceName: 'jas-intake',
      logFormatter: new RedactingLogFormatter(),
      logLevel: 'INFO',
    });
    // Act
    try {
      logger.info('processed message from amal@example.org', { subject: 'JAS for Amal', caseId: 'JAS-2026-7K3Q9M' });
    } finally {
      spy.mockRestore();
    }
    // Assess
    const entry = JSON.parse(lines.join('')) as Record<string, unknown>;
    expect(entry).toMatchObject({
      level: 'INFO',
      service: 'jas-intake',
      message: 'processed message from [email]',
      subject: '[redacted]',
      caseId: 'JAS-2026-7K3Q9M',
    });
  });
});
