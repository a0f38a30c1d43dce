import { describe, expect, it } from 'vitest';
import { composeNoticeMime } from '../../../functions/adapters/compose-notice-mime.js';
import { sesMessageIdHeader } from '../../../functions/adapters/ses-message-id.js';
import { readInboundMessage } from '../../../functions/mime/read-inbound-message.js';

describe('notices are marked as machine-sent', () => {
  it('Auto-Submitted: auto-generated, so the pipeline (and any RFC 3834 autoresponder) never answers one', async () => {
    // Prepare
    const raw = await composeNoticeMime('JAS <jas@intake.example>', {
      to: ['spo@spo.example'],
      subject: '[JAS-2026-7K3Q9M] Received',
      text: 'Received.',
      html: '<p>Received.</p>',
      inReplyTo: '<original@spo.example>',
    });
    // Act
    const read = await readInboundMessage(raw);
    // Assess
    expect(read.automatic).toEqual({ signal: 'auto-submitted', header: 'auto-submitted', value: 'auto-generated' });
    expect(raw.toString('latin1')).toMatch(/^X-Auto-Response-Suppress: All\r$/m);
    expect(read.repliesTo).toEqual(['<original@spo.example>']);
  });
});

describe('the Message-ID SES gives what it sends', () => {
  it('is the MessageId at the region’s amazonses.com domain, email.amazonses.com in us-east-1', () => {
    expect(sesMessageIdHeader('0101abc-000000', 'ca-central-1')).toBe('<0101abc-000000@ca-central-1.amazonses.com>');
    expect(sesMessageIdHeader('0100def-000000', 'us-east-1')).toBe('<0100def-000000@email.amazonses.com>');
  });
});
