import { describe, expect, it } from 'vitest';
import officeDirectoryFile from '../../../config/office-directory.json' with { type: 'json' };
import { LOCAL_OFFICES } from '../../../forms/local-offices.js';
import { ConfigurationError } from '../../../functions/domain/errors.js';
import { parseOfficeDirectory } from '../../../functions/domain/office-directory.js';

describe('office directory', () => {
  it('the shipped directory has an address for every office on the form', () => {
    const directory = parseOfficeDirectory(officeDirectoryFile, LOCAL_OFFICES.map((office) => office.code));
    expect(Object.keys(directory.localOffices).sort()).toEqual(LOCAL_OFFICES.map((office) => office.code).sort());
  });

  it('names every office the forms offer that has no address', () => {
    expect(() => parseOfficeDirectory({ localOffices: { TORONTO: { email: 'to@ircc.example' } } }, ['TORONTO', 'OTTAWA', 'HALIFAX'])).toThrow(
      'Office directory has no address for: OTTAWA, HALIFAX',
    );
  });

  it('refuses an address that is not one, saying where', () => {
    const attempt = () => parseOfficeDirectory({ localOffices: { TORONTO: { email: 'not-an-address' } } }, ['TORONTO']);
    expect(attempt).toThrow(ConfigurationError);
    expect(attempt).toThrow(/localOffices\.TORONTO\.email/);
  });
});
