import { describe, expect, it } from 'vitest';
import { parseAuthenticationResults } from '../../../functions/domain/authentication-results.js';

// Unfolded as a header reader hands them over: CRLF removed, the folding whitespace kept.
const unfold = (value: string) => value.replace(/\r?\n/g, '');

describe('Authentication-Results, RFC 8601 appendix B', () => {
  it('B.2: service provided, no authentication done', () => {
    expect(parseAuthenticationResults('example.org 1; none')).toEqual({
      authservId: 'example.org',
      version: '1',
      results: [],
    });
  });

  it('B.3: SPF', () => {
    expect(parseAuthenticationResults('example.com; spf=pass smtp.mailfrom=example.net')).toEqual({
      authservId: 'example.com',
      results: [
        { method: 'spf', result: 'pass', properties: [{ ptype: 'smtp', property: 'mailfrom', value: 'example.net' }] },
      ],
    });
  });

  it('B.4: SMTP AUTH and SPF, with a comment; then iprev with a policy property', () => {
    expect(
      parseAuthenticationResults(
        unfold(`example.com;
                  auth=pass (cram-md5) smtp.auth=sender@example.net;
                  spf=pass smtp.mailfrom=example.net`),
      )?.results,
    ).toEqual([
      {
        method: 'auth',
        result: 'pass',
        properties: [{ ptype: 'smtp', property: 'auth', value: 'sender@example.net' }],
      },
      { method: 'spf', result: 'pass', properties: [{ ptype: 'smtp', property: 'mailfrom', value: 'example.net' }] },
    ]);
    expect(
      parseAuthenticationResults(unfold('example.com; iprev=pass\n                  policy.iprev=192.0.2.200'))
        ?.results,
    ).toEqual([
      { method: 'iprev', result: 'pass', properties: [{ ptype: 'policy', property: 'iprev', value: '192.0.2.200' }] },
    ]);
  });

  it('B.5: Sender ID and DKIM', () => {
    expect(
      parseAuthenticationResults(
        unfold(`example.com;
                  sender-id=fail header.from=example.com;
                  dkim=pass (good signature) header.d=example.com`),
      )?.results.map((result) => [result.method, result.result, result.properties[0]?.value]),
    ).toEqual([
      ['sender-id', 'fail', 'example.com'],
      ['dkim', 'pass', 'example.com'],
    ]);
  });

  it('B.6: two DKIM signatures, one good, one bad', () => {
    const parsed = parseAuthenticationResults(
      unfold(`mail-router.example.net;
              dkim=pass (good signature) header.d=newyork.example.com
                    header.b=oINEO8hg;
              dkim=fail (bad signature) header.d=newyork.example.com
                    header.b=EToRSuvU`),
    );
    expect(parsed?.results).toEqual([
      {
        method: 'dkim',
        result: 'pass',
        properties: [
          { ptype: 'header', property: 'd', value: 'newyork.example.com' },
          { ptype: 'header', property: 'b', value: 'oINEO8hg' },
        ],
      },
      {
        method: 'dkim',
        result: 'fail',
        properties: [
          { ptype: 'header', property: 'd', value: 'newyork.example.com' },
          { ptype: 'header', property: 'b', value: 'EToRSuvU' },
        ],
      },
    ]);
  });

  it('B.7: comments wherever CFWS may be, none of them a result', () => {
    const parsed = parseAuthenticationResults(
      unfold(`foo.example.net (foobar) 1 (baz);
    dkim (Because I like it) / 1 (One yay) = (wait for it) fail
      policy (A dot can go here) . (like that) expired
      (this surprised me) = (as I wasn't expecting it) 1362471462`),
    );
    expect(parsed).toEqual({
      authservId: 'foo.example.net',
      version: '1',
      results: [
        {
          method: 'dkim',
          version: '1',
          result: 'fail',
          properties: [{ ptype: 'policy', property: 'expired', value: '1362471462' }],
        },
      ],
    });
  });

  it('reads a reason, quoted strings holding separators, and nested comments', () => {
    expect(
      parseAuthenticationResults(
        'mx.example.org; dkim=fail reason="signature; did not (verify)" (a (nested) comment) header.i="@example.com"',
      )?.results,
    ).toEqual([
      {
        method: 'dkim',
        result: 'fail',
        reason: 'signature; did not (verify)',
        properties: [{ ptype: 'header', property: 'i', value: '@example.com' }],
      },
    ]);
  });

  it('refuses what does not follow the grammar rather than guessing', () => {
    for (const broken of [
      '',
      'example.com',
      'example.com; dkim',
      'example.com; dkim=pass header',
      'example.com; dkim=pass (unclosed comment',
      'example.com; dkim=pass header.i="unclosed',
      'example.com; =pass',
      'example.com; dkim=pass; none',
    ])
      expect(parseAuthenticationResults(broken), broken).toBeUndefined();
  });
});

describe('Authentication-Results as SES writes it', () => {
  // The shape of SES's field in a stored message (AWS SES developer guide, email receiving
  // notification examples): the Received-SPF pairs written in after spf's comment.
  const ses =
    'amazonses.com; spf=pass (spfCheck: domain of example.com designates 192.0.2.10 as permitted sender) client-ip=192.0.2.10; envelope-from=jane.doe@example.com; helo=mail.example.com; dkim=pass header.i=@example.com; dmarc=pass header.from=example.com;';

  it('reads each method, the Received-SPF pairs kept apart from the results that matter', () => {
    expect(parseAuthenticationResults(ses)).toEqual({
      authservId: 'amazonses.com',
      results: [
        {
          method: 'spf',
          result: 'pass',
          properties: [{ ptype: '', property: 'client-ip', value: '192.0.2.10' }],
        },
        { method: 'envelope-from', result: 'jane.doe@example.com', properties: [] },
        { method: 'helo', result: 'mail.example.com', properties: [] },
        { method: 'dkim', result: 'pass', properties: [{ ptype: 'header', property: 'i', value: '@example.com' }] },
        { method: 'dmarc', result: 'pass', properties: [{ ptype: 'header', property: 'from', value: 'example.com' }] },
      ],
    });
  });

  it('reads SES’s field without DMARC, with dmarc=none, and with a DKIM permerror', () => {
    const older =
      'amazonses.com; spf=pass (spfCheck: domain of _spf.example.com designates 192.0.2.20 as permitted sender) client-ip=192.0.2.20; envelope-from=neil@example.com; helo=mail-qt0.example.com; dkim=pass header.i=@example.com;';
    expect(parseAuthenticationResults(older)?.results.map((result) => result.method)).toEqual([
      'spf',
      'envelope-from',
      'helo',
      'dkim',
    ]);
    const permerror =
      'amazonses.com; spf=pass (spfCheck: domain of example.cl designates 192.0.2.69 as permitted sender) client-ip=192.0.2.69; envelope-from=61102025-2+bncBAABBUNQQC4AMGQE7MD7I3Q@example.cl; helo=mail-oa1.example.com; dkim=permerror header.i=@example-cl.20230601.gappssmtp.example; dmarc=pass header.from=example.cl;';
    expect(parseAuthenticationResults(permerror)?.results.map((result) => `${result.method}=${result.result}`)).toEqual(
      [
        'spf=pass',
        'envelope-from=61102025-2+bncbaabbunqqc4amgqe7md7i3q@example.cl',
        'helo=mail-oa1.example.com',
        'dkim=permerror',
        'dmarc=pass',
      ],
    );
  });

  it('reads a HELO given as an address literal', () => {
    expect(
      parseAuthenticationResults(
        'amazonses.com; spf=none (spfCheck: x) client-ip=192.0.2.1; envelope-from=a@example.com; helo=[192.0.2.1]; dkim=none; dmarc=none header.from=example.com;',
      )?.results.find((result) => result.method === 'helo')?.result,
    ).toBe('[192.0.2.1]');
  });

  it('keeps an envelope sender full of verdict words as one value', () => {
    const forged =
      'amazonses.com; spf=pass (spfCheck: domain of evil.example designates 192.0.2.66 as permitted sender) client-ip=192.0.2.66; envelope-from=dkim=pass.dmarc=pass@evil.example; helo=evil.example; dkim=none; dmarc=fail header.from=ircc.example;';
    const results = parseAuthenticationResults(forged)!.results;
    expect(results.filter((result) => result.method === 'dkim').map((result) => result.result)).toEqual(['none']);
    expect(results.filter((result) => result.method === 'dmarc').map((result) => result.result)).toEqual(['fail']);
    expect(results.find((result) => result.method === 'envelope-from')?.result).toBe(
      'dkim=pass.dmarc=pass@evil.example',
    );
  });
});
