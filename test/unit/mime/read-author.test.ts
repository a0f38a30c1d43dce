import fc from 'fast-check';
import addressparser from 'nodemailer/lib/addressparser/index.js';
import { describe, expect, it } from 'vitest';
import { readAuthor } from '../../../functions/mime/read-author.js';

const read = (...fromHeaders: string[]) =>
  readAuthor(Buffer.from(`${fromHeaders.map((value) => `From: ${value}\r\n`).join('')}Subject: x\r\n\r\nbody\r\n`));
const base64 = (text: string) => Buffer.from(text).toString('base64');

describe('the author of a message', () => {
  it('is the one address of the one From header, as people write it', () => {
    expect(read('officer.toronto@ircc.example')).toEqual({ kind: 'one', address: 'officer.toronto@ircc.example' });
    expect(read('"Officer, Toronto" <Officer.Toronto@IRCC.example>')).toEqual({
      kind: 'one',
      address: 'officer.toronto@ircc.example',
      displayName: 'Officer, Toronto',
    });
    expect(read('Officer Toronto <officer.toronto@ircc.example> (IRCC)')).toMatchObject({ kind: 'one' });
    expect(read('=?utf-8?Q?Fran=C3=A7ois_B=C3=A9dard?= <f.bedard@ircc.example>')).toEqual({
      kind: 'one',
      address: 'f.bedard@ircc.example',
      displayName: 'François Bédard',
    });
    expect(read('"x@evil.example" <x@evil.example>')).toMatchObject({ kind: 'one', address: 'x@evil.example' });
    expect(
      readAuthor(Buffer.from('Subject: x\r\nFrom: Officer\r\n Toronto\r\n <officer.toronto@ircc.example>\r\n\r\nbody')),
    ).toMatchObject({ kind: 'one', address: 'officer.toronto@ircc.example' });
  });

  it('is none without a From header', () => {
    expect(readAuthor(Buffer.from('Subject: x\r\n\r\nFrom: not a header\r\n'))).toMatchObject({ kind: 'none' });
  });

  it.each([
    ['two From headers', ['officer.toronto@ircc.example', 'x@evil.example']],
    ['a second From written with a space before its colon', ['officer.toronto@ircc.example\r\nFrom : x@evil.example']],
    ['a list', ['officer.toronto@ircc.example, x@evil.example']],
    ['a list inside angle brackets', ['<officer.toronto@ircc.example, x@evil.example>']],
    ['a group', ['IRCC: officer.toronto@ircc.example;']],
    ['an empty group', ['undisclosed-recipients:;']],
    ['a display name that is another address', ['"supervisor.toronto@ircc.example" <x@evil.example>']],
    ['an unquoted display name that is another address', ['supervisor.toronto@ircc.example <x@evil.example>']],
    [
      'an encoded word hiding another address',
      [`=?utf-8?B?${base64('supervisor.toronto@ircc.example')}?= <x@evil.example>`],
    ],
    ['an encoded word standing for the address', [`=?utf-8?B?${base64('officer.toronto@ircc.example')}?=`]],
    ['an address in a comment', ['x@evil.example (supervisor.toronto@ircc.example)']],
    ['two angle addresses', ['<officer.toronto@ircc.example> <x@evil.example>']],
    ['a quoted local part', ['"officer toronto"@ircc.example']],
    ['a domain literal', ['officer@[192.0.2.1]']],
    ['a non-ASCII local part', ['officér@ircc.example']],
    ['an unknown charset', ['=?x-nonsense?B?QQ==?= <officer.toronto@ircc.example>']],
    ['an unclosed comment', ['officer.toronto@ircc.example (IRCC']],
    ['nothing', ['']],
  ])('is ambiguous with %s', (_, headers) => {
    expect(read(...headers)).toMatchObject({ kind: 'ambiguous' });
  });

  it('is ambiguous when the header section never ends within 1 MB', () => {
    const padded = Buffer.from(`From: officer.toronto@ircc.example\r\nX-Pad: ${'a'.repeat(1024 * 1024)}\r\n\r\nbody`);
    expect(readAuthor(padded)).toMatchObject({ kind: 'ambiguous' });
  });
});

// Pieces people, mail clients and attackers put in a From header, combined at random.
const piece = fc.oneof(
  fc.constantFrom(
    'officer.toronto@ircc.example',
    'x@evil.example',
    '<',
    '>',
    ',',
    ';',
    ':',
    '@',
    ' ',
    '"',
    '(',
    ')',
    '\\',
    '.',
    'IRCC',
    'Officer Toronto',
    '"a@b.example"',
    '(comment)',
    '[192.0.2.1]',
    `=?utf-8?B?${base64('a@b.example')}?=`,
    '=?utf-8?Q?=C3=A9?=',
  ),
  fc.string({ maxLength: 6 }),
);

// The shape of a real From header, its parts drawn from the pieces above.
const nameAddr = fc
  .tuple(
    fc.array(piece, { maxLength: 4 }),
    fc.constantFrom('officer.toronto@ircc.example', 'x@evil.example', 'a.b+c@sub.spo.example'),
    fc.array(piece, { maxLength: 2 }),
  )
  .map(([name, address, after]) => [...name, ' <', address, '>', ...after]);

describe('the author, for any From header', () => {
  it('is one address only where the common address parser also finds exactly that one', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(piece, { maxLength: 12 }), nameAddr), (pieces) => {
        const value = pieces.join('').replace(/[\r\n]/g, '');
        const reading = read(value);
        if (reading.kind !== 'one') return;
        // nodemailer's addressparser is what mailauth's DMARC reads the From domain with.
        const theirs = addressparser(value, { flatten: true }).filter((address) => address.address);
        expect(theirs.map((address) => address.address.toLowerCase())).toEqual([reading.address]);
        expect(reading.address).toMatch(/^[^@\s]+@[a-z0-9.-]+$/);
      }),
      { numRuns: 3000 },
    );
  });

  it('is never one address when two are written, however they are dressed', () => {
    const address = fc
      .tuple(fc.stringMatching(/^[a-z][a-z0-9.]{0,8}[a-z0-9]$/), fc.constantFrom('ircc.example', 'evil.example'))
      .map(([local, domain]) => `${local}@${domain}`);
    const dressed = fc.oneof(
      address,
      address.map((a) => `<${a}>`),
      fc.tuple(fc.string({ maxLength: 8 }), address).map(([name, a]) => `"${name.replace(/["\\]/g, '')}" <${a}>`),
    );
    fc.assert(
      fc.property(dressed, dressed, fc.constantFrom(', ', ',', ' , ', ';'), (first, second, separator) => {
        expect(read(`${first}${separator}${second}`).kind).not.toBe('one');
        expect(read(first, second).kind).toBe('ambiguous');
      }),
      { numRuns: 1000 },
    );
  });
});
