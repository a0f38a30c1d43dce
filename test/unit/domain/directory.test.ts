import { describe, expect, it } from 'vitest';
import directoryFile from '../../../config/directory.json' with { type: 'json' };
import { LOCAL_OFFICES } from '../../../forms/local-offices.js';
import { ConfigurationError } from '../../../functions/domain/configuration-error.js';
import { appointmentsOf, isInDirectory, parseDirectory } from '../../../functions/domain/directory.js';

const codes = LOCAL_OFFICES.map((office) => office.code);

describe('directory', () => {
  it('the shipped directory has every office on the form, and says who holds which role', () => {
    const directory = parseDirectory(directoryFile, codes);
    expect(Object.keys(directory.localOffices).sort()).toEqual([...codes].sort());
    expect(appointmentsOf(directory, 'Supervisor.Toronto@ircc.example')).toEqual([
      { unit: 'TORONTO', roles: ['officer', 'supervisor'] },
    ]);
    expect(appointmentsOf(directory, 'officer.in@ircc.example')).toEqual([
      { unit: 'resettlementOperations', roles: ['officer'] },
    ]);
    expect(appointmentsOf(directory, 'someone@spo.example')).toEqual([]);
    expect(isInDirectory(directory, 'roc-o.jas@ircc.example')).toBe(true);
    expect(isInDirectory(directory, 'someone@spo.example')).toBe(false);
  });

  it('names every office the forms offer that is missing', () => {
    const partial = { ...directoryFile, localOffices: { TORONTO: directoryFile.localOffices.TORONTO } };
    expect(() => parseDirectory(partial, ['TORONTO', 'OTTAWA', 'HALIFAX'])).toThrow(
      'Directory has no local office for: OTTAWA, HALIFAX',
    );
  });

  it('refuses an invalid entry, saying where', () => {
    const broken = {
      ...directoryFile,
      rocO: { email: 'not-an-address', staff: [{ email: 'x@y.example', roles: ['chief'] }] },
    };
    const attempt = () => parseDirectory(broken, codes);
    expect(attempt).toThrow(ConfigurationError);
    expect(attempt).toThrow(/rocO\.email.*rocO\.staff\.0\.roles\.0/s);
  });
});
