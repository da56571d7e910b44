import { describe, expect, it } from 'vitest';
import { entityColumns, entityRow } from './entityColumns';
import { readCell } from './cellValues';
import { proposeMapping } from './headerProfiles';
import { ENTITY_FIELDS, IMPORT_ENTITIES } from './importEntities';

describe('entityColumns', () => {
  it('heads every column with a name the import maps to its field with no help', () => {
    for (const entity of IMPORT_ENTITIES) {
      const columns = entityColumns(entity);
      const proposed = proposeMapping(
        columns.map((c) => c.header),
        entity,
      );
      expect(proposed.source, entity).toBe('outpost');
      expect(proposed.fields, entity).toEqual(columns.map((c) => c.field));
    }
  });

  it('writes every stored field the import reads, and the links to the account', () => {
    for (const entity of IMPORT_ENTITIES) {
      const fields = entityColumns(entity).map((c) => c.field);
      const stored = ENTITY_FIELDS[entity].filter((f) => !f.virtual).map((f) => f.field);
      expect(fields, entity).toEqual(expect.arrayContaining([...stored, 'externalId']));
      if (entity !== 'accounts') expect(fields).toContain('accountName');
    }
  });

  it('gives cells of their kind, and nothing for empty values', () => {
    const columns = entityColumns('contracts');
    const row = entityRow(
      columns,
      {
        externalId: '',
        startDate: '2026-01-01',
        endDate: '2026-12-31',
        arrMinor: 1_234_550,
        currency: 'EUR',
        seats: 0,
        modules: ['SSO', 'API'],
        status: 'active',
        paymentTerms: '',
        discountPct: 12.5,
      },
      { name: 'Fabrikam, Inc.', externalId: 'salesforce:001' },
    );
    expect(Object.fromEntries(columns.map((c, i) => [c.header, row[i]]))).toEqual({
      'External id': null,
      'Account external id': 'salesforce:001',
      'Account name': 'Fabrikam, Inc.',
      'Start date': { date: '2026-01-01' },
      'End date': { date: '2026-12-31' },
      ARR: { minor: 1_234_550, currency: 'EUR' },
      Currency: 'EUR',
      Seats: 0,
      Modules: 'SSO;API',
      Status: 'active',
      'Payment terms': null,
      'Discount pct': 12.5,
    });
  });
});

describe('text marked with an apostrophe', () => {
  const text = ENTITY_FIELDS.touchpoints.find((f) => f.field === 'nextSteps')!;
  const ctx = { lang: 'en' as const, currency: 'USD', dateOrder: null };

  it('is read as the text after the mark, as a spreadsheet shows it', () => {
    expect(readCell(text, "'- Draft the renewal plan", ctx)).toEqual({
      ok: true,
      value: '- Draft the renewal plan',
    });
    expect(readCell(text, "'+86 138 0013 8000", ctx)).toEqual({
      ok: true,
      value: '+86 138 0013 8000',
    });
  });

  it('keeps other apostrophes, and still refuses an unmarked formula', () => {
    expect(readCell(text, "'tis the season", ctx)).toEqual({ ok: true, value: "'tis the season" });
    expect(readCell(text, '- Draft the renewal plan', ctx)).toEqual({
      ok: false,
      problem: 'formula',
    });
  });
});
