import { describe, expect, it } from 'vitest';
import { decodeS3EventKey, encodeS3EventKey } from '../../../functions/s3-event-key.js';

describe('S3 event keys', () => {
  it('decodes what AWS sends: spaces as +, the rest percent-encoded', () => {
    // Prepare: the key AWS puts in the event for "raw/Formulaire PAC é+1.eml"
    const fromAws = 'raw/Formulaire+PAC+%C3%A9%2B1.eml';
    // Act / Assess
    expect(decodeS3EventKey(fromAws)).toBe('raw/Formulaire PAC é+1.eml');
  });

  it('encodes as AWS does, and the two are inverse', () => {
    for (const key of ['raw/abc123', 'raw/with space', 'raw/plus+sign', 'raw/accent-é', 'raw/a%b']) {
      expect(decodeS3EventKey(encodeS3EventKey(key))).toBe(key);
    }
    expect(encodeS3EventKey('raw/with space+plus')).toBe('raw/with+space%2Bplus');
  });
});
