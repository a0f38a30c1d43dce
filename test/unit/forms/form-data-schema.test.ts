import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import { defineFields, formDataSchema } from '../../../forms/form-data-schema.js';

const FIELDS = defineFields([
  { name: 'client.uci', section: 's', kind: 'uci', required: true, label: { en: 'UCI', fr: 'IUC' } },
  { name: 'client.note', section: 's', kind: 'text', required: false, label: { en: 'Note', fr: 'Note' } },
  {
    name: 'caseType',
    section: 's',
    kind: 'radio',
    required: true,
    label: { en: 'Type', fr: 'Type' },
    options: [
      { code: 'GAR', label: { en: 'GAR', fr: 'RPG' } },
      { code: 'BVOR', label: { en: 'BVOR', fr: 'RDBV' } },
    ],
  },
  { name: 'consent', section: 's', kind: 'checkbox', required: true, label: { en: 'Consent', fr: 'Consentement' } },
  { name: 'urgent', section: 's', kind: 'checkbox', required: false, label: { en: 'Urgent', fr: 'Urgent' } },
  { name: 'members.1.name', section: 's', kind: 'name', required: true, label: { en: 'Name 1', fr: 'Nom 1' } },
  { name: 'members.1.age', section: 's', kind: 'number', required: true, label: { en: 'Age 1', fr: 'Âge 1' } },
  { name: 'members.2.name', section: 's', kind: 'name', required: false, label: { en: 'Name 2', fr: 'Nom 2' } },
  { name: 'members.2.age', section: 's', kind: 'number', required: false, label: { en: 'Age 2', fr: 'Âge 2' } },
]);
const SCHEMA = formDataSchema(FIELDS);

describe('form data typed from the field definitions', () => {
  it('nests dotted names, turns numbered rows into arrays, and types each kind', () => {
    expectTypeOf<z.infer<typeof SCHEMA>>().toEqualTypeOf<{
      client: { uci: string; note?: string | undefined };
      caseType: 'GAR' | 'BVOR';
      consent: true;
      urgent: boolean;
      members: ({ name: string; age: number } | { name?: string | undefined; age?: number | undefined })[];
    }>();
  });

  it('checks at run time what the type says', () => {
    const data = {
      client: { uci: '12345678' },
      caseType: 'GAR',
      consent: true,
      urgent: false,
      members: [{ name: 'Amal', age: 38 }, { name: 'Zoé' }],
    };
    expect(SCHEMA.parse(data)).toEqual(data);
    expect(SCHEMA.safeParse({ ...data, caseType: 'PSR' }).success).toBe(false);
    expect(SCHEMA.safeParse({ ...data, consent: false }).success).toBe(false);
    expect(SCHEMA.safeParse({ ...data, client: {} }).success).toBe(false);
    expect(SCHEMA.safeParse({ ...data, members: [{ name: 'Amal', age: '38' }] }).success).toBe(false);
  });
});
