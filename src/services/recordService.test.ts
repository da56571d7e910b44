import { afterEach, describe, expect, it } from 'vitest';
import { tempWorkspace } from '../../tests/integration/testWorkspace';
import { findRecord } from '../db/repositories/recordRepository';
import { createRecord, updateRecord } from './recordService';

let cleanup = () => {};
afterEach(() => cleanup());

describe('updateRecord on a record holding a value its schema refuses', () => {
  it('writes an edit of other fields, and still refuses a bad value in the patch', () => {
    const ws = tempWorkspace();
    cleanup = ws.cleanup;
    // As a row that arrived by sync one field at a time holds it: a name, no currency, and a
    // segment an older server let through.
    const { id } = createRecord(ws, 'accounts', { name: 'Half an account', currency: 'EUR' });
    ws.db.sqlite
      .prepare("UPDATE accounts SET currency = '', segment = 'bogus' WHERE id = ?")
      .run(id);

    expect(updateRecord(ws, 'accounts', id, { region: 'EMEA' })).toMatchObject({
      region: 'EMEA',
      currency: '',
      segment: 'bogus',
    });
    // What the patch itself sets is checked as always…
    expect(() => updateRecord(ws, 'accounts', id, { currency: 'ZZZ' })).toThrow(/currency/);
    expect(() => updateRecord(ws, 'accounts', id, { stageOverride: 'churned' })).toThrow(
      /stageOverrideReason/,
    );
    // …and fixing the field the user sees as wrong makes the record whole again.
    updateRecord(ws, 'accounts', id, { currency: 'EUR', segment: 'smb' });
    expect(findRecord(ws.db.sqlite, 'accounts', id)).toMatchObject({ currency: 'EUR' });
    // A whole, valid record is checked as a whole.
    const whole = createRecord(ws, 'accounts', { name: 'Acme', currency: 'EUR' });
    expect(() => updateRecord(ws, 'accounts', whole.id, { region: 'x'.repeat(100_001) })).toThrow(
      /region/,
    );
  });
});
