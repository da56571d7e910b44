import { afterEach, describe, expect, it } from 'vitest';
import { generateDemoAccount } from '../../src/core/demo/demoPortfolio';
import { DEFAULT_GROUPS } from '../../src/core/health/defaultScorecard';
import { changesForRow, listChanges } from '../../src/db/changeCapture/changeLog';
import { tableColumns } from '../../src/db/changeCapture/tableColumns';
import { SYNCED_TABLES } from '../../src/db/schema/syncedTables';
import {
  createRecord,
  deleteRecord,
  restoreRecord,
  updateRecord,
} from '../../src/services/recordService';
import {
  RECORD_TYPES,
  recordFieldNames,
  type RecordType,
} from '../../src/shared/records/recordTypes';
import { tempWorkspace } from './testWorkspace';

let cleanup = () => {};
afterEach(() => cleanup());

/** A field of each type to edit, with a value different from the demo one. */
const EDITS: Record<RecordType, [string, unknown]> = {
  accounts: ['region', 'Outer Space'],
  contracts: ['paymentTerms', 'Net 90'],
  renewals: ['callReason', 'Budget confirmed'],
  stakeholders: ['title', 'Chief Everything'],
  touchpoints: ['summary', 'Edited summary'],
  action_items: ['owner', 'Someone Else'],
  objectives: ['metric', 'Edited metric'],
  milestones: ['title', 'Edited milestone'],
  handovers: ['historyNote', 'Edited note'],
  usage_snapshots: ['usageMinutes', 12345],
  survey_responses: ['comment', 'Edited comment'],
  support_tickets: ['externalRef', 'T-EDITED'],
  expansion_opportunities: ['notes', 'Edited notes'],
  product_feedback: ['area', 'Edited area'],
  csm_pulses: ['note', 'Edited note'],
  alert_actions: ['note', 'Edited note'],
  scorecards: ['note', 'Edited note'],
  renewal_changes: ['note', 'Edited note'],
  exchange_rates: ['note', 'Edited note'],
  branding: ['companyName', 'Edited Co'],
};

/** Types the demo does not generate (decisions people make later), with a valid record each. */
const SAMPLES: Partial<Record<RecordType, Record<string, unknown>>> = {
  alert_actions: { alertType: 'turned_red', action: 'resolve', date: '2026-11-20', note: 'Called' },
  scorecards: {
    version: 2,
    definition: JSON.stringify(DEFAULT_GROUPS),
    note: 'First edit',
  },
  exchange_rates: {
    fromCurrency: 'EUR',
    toCurrency: 'USD',
    rate: 1.08,
    effectiveDate: '2026-01-01',
  },
  branding: { companyName: 'Outpost Co', accentColor: '#0B7285' },
};

describe('change capture', () => {
  it('covers every synced table: the API record types are exactly the synced tables', () => {
    expect(Object.keys(SYNCED_TABLES).sort()).toEqual([...RECORD_TYPES].sort());
    for (const type of RECORD_TYPES) {
      const columns = tableColumns(type)
        .map((c) => c.field)
        .filter((f) => !['id', 'createdAt', 'updatedAt', 'deleted'].includes(f));
      expect(columns.sort(), type).toEqual(recordFieldNames(type).sort());
    }
  });

  it('logs one change per field for create, update, delete and undelete of every synced table', () => {
    const ws = tempWorkspace();
    cleanup = ws.cleanup;
    // The first demo account that has at least one record of every type.
    let index = 0;
    while (
      RECORD_TYPES.some(
        (t) => !SAMPLES[t] && generateDemoAccount(7, index, '2026-11-22')[t].length === 0,
      )
    )
      index++;
    const bundle = generateDemoAccount(7, index, '2026-11-22');
    const account = createRecord(ws, 'accounts', bundle.accounts[0]!.fields);
    for (const type of RECORD_TYPES) {
      const sample = SAMPLES[type] ? { fields: { ...SAMPLES[type] } } : bundle[type][0];
      expect(sample, `demo data has a ${type}`).toBeDefined();
      const fields =
        type === 'accounts' ||
        type === 'scorecards' ||
        type === 'exchange_rates' ||
        type === 'branding'
          ? sample!.fields
          : { ...sample!.fields, accountId: account.id };
      for (const key of [
        'contractId',
        'renewalOf',
        'reportsTo',
        'touchpointId',
        'milestoneId',
        'stakeholderId',
        'objectiveId',
      ]) {
        if (key in fields) fields[key] = '';
      }
      if (type === 'touchpoints') fields.attendeeIds = [];
      if (type === 'renewals' || type === 'renewal_changes') fields.contractId = account.id;
      if (type === 'renewal_changes') fields.renewalId = account.id;
      const record = type === 'accounts' ? account : createRecord(ws, type, fields);

      const created = changesForRow(ws.db.sqlite, type, record.id);
      const columns = tableColumns(type)
        .map((c) => c.column)
        .filter((c) => c !== 'id');
      expect(created.map((c) => c.column).sort(), `${type} create`).toEqual(columns.sort());
      expect(new Set(created.map((c) => c.hlc)).size).toBe(1);

      const [field, value] = EDITS[type];
      updateRecord(ws, type, record.id, { [field]: value });
      const afterUpdate = changesForRow(ws.db.sqlite, type, record.id).slice(created.length);
      const column = tableColumns(type).find((c) => c.field === field)!.column;
      expect(afterUpdate.map((c) => c.column).sort(), `${type} update`).toEqual(
        [column, 'updated_at'].sort(),
      );

      updateRecord(ws, type, record.id, { [field]: value });
      expect(
        changesForRow(ws.db.sqlite, type, record.id).length,
        `${type} no-op update logs nothing`,
      ).toBe(created.length + 2);

      deleteRecord(ws, type, record.id);
      restoreRecord(ws, type, record.id);
      const tail = changesForRow(ws.db.sqlite, type, record.id).slice(created.length + 2);
      expect(
        tail.filter((c) => c.column === 'deleted').map((c) => c.value),
        `${type} delete/undelete`,
      ).toEqual([1, 0]);
    }
    const all = listChanges(ws.db.sqlite);
    expect(all.every((c, i) => i === 0 || c.hlc >= all[i - 1]!.hlc)).toBe(true);
  });

  it('writes nothing, row or log, when validation fails', () => {
    const ws = tempWorkspace();
    cleanup = ws.cleanup;
    const account = createRecord(ws, 'accounts', { name: 'Acme' });
    const before = listChanges(ws.db.sqlite).length;
    expect(() =>
      createRecord(ws, 'contracts', {
        accountId: account.id,
        startDate: '2026-05-01',
        endDate: '2026-01-01',
        arrMinor: 100,
      }),
    ).toThrow(/endDate must not be before the start date/);
    expect(() => updateRecord(ws, 'accounts', account.id, { name: '' })).toThrow(
      /name is required/,
    );
    expect(() =>
      createRecord(ws, 'stakeholders', {
        accountId: '01930000-0000-7000-8000-000000000000',
        name: 'Ghost',
      }),
    ).toThrow(/existing account/);
    expect(() => createRecord(ws, 'accounts', { name: 'X', colour: 'red' })).toThrow(
      /colour is not a field/,
    );
    expect(listChanges(ws.db.sqlite).length).toBe(before);
    expect(ws.db.sqlite.prepare('SELECT count(*) AS n FROM contracts').get()).toEqual({ n: 0 });
  });
});
