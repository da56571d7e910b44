/**
 * Every synced table and column of the app's schema takes part in sync: the protocol's column
 * map (what client and server accept) must equal the drizzle schema, kind and nullability
 * included. Adding a table or column without adding it to SYNC_COLUMNS fails here.
 */
import { getTableColumns } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { RECORD_SCHEMAS, RECORD_TYPES } from '../../shared/records/recordTypes';
import { fieldOfColumn } from '../../shared/sync/changeValidation';
import { SYNC_COLUMNS, SYNC_TABLES } from '../../shared/sync/syncColumns';
import { SYNCED_TABLES } from '../schema/syncedTables';

const KIND: Record<string, string> = {
  SQLiteText: 'text',
  SQLiteInteger: 'integer',
  SQLiteReal: 'real',
  SQLiteBoolean: 'boolean',
  SQLiteTextJson: 'list',
};

describe('sync coverage', () => {
  it('syncs exactly the synced tables of the schema', () => {
    expect([...SYNC_TABLES].sort()).toEqual(Object.keys(SYNCED_TABLES).sort());
    expect([...SYNC_TABLES].sort()).toEqual([...RECORD_TYPES].sort());
  });

  it.each(Object.entries(SYNCED_TABLES))(
    'syncs every column of %s with its kind',
    (name, table) => {
      const fromSchema = Object.fromEntries(
        Object.values(getTableColumns(table))
          .filter((c) => c.name !== 'id')
          .map((c) => [c.name, `${KIND[c.columnType] ?? c.columnType}${c.notNull ? '' : '?'}`]),
      );
      expect(SYNC_COLUMNS[name as keyof typeof SYNC_COLUMNS]).toEqual(fromSchema);
    },
  );

  it.each(Object.entries(SYNCED_TABLES))(
    'validates every column of %s with its record schema field',
    (name, table) => {
      const shape = RECORD_SCHEMAS[name as keyof typeof RECORD_SCHEMAS].shape;
      for (const [field, column] of Object.entries(getTableColumns(table))) {
        // Pushed changes are checked field by field through this mapping (changeValidation.ts).
        expect(fieldOfColumn(column.name), column.name).toBe(field);
        if (!['id', 'createdAt', 'updatedAt', 'deleted'].includes(field))
          expect(Object.hasOwn(shape, field), `${name}.${field}`).toBe(true);
      }
    },
  );
});
