/**
 * Writes one imported row through the record services (validation, change log, sync): finds its
 * account and the record it is already (by its id in the source, else by the fields that name
 * it), creates or updates it field by field, and keeps what it changed for undo and for the next
 * import's comparison. A field the CSM changed here since the last import is kept unless the
 * user asked to overwrite it, and listed either way.
 */
import { externalKey } from '../../core/import/headerProfiles';
import { NATURAL_KEYS, type ImportEntity } from '../../core/import/importEntities';
import type { ColumnMapping, MappedRow, RowIssue } from '../../core/import/importRows';
import { findRecord } from '../../db/repositories/recordRepository';
import {
  accountIdsByName,
  accountsWithRecordsNotFrom,
  hasSourceRecords,
  idByExternalId,
  idByFields,
  insertBatchRow,
  lastImported,
} from '../../db/repositories/importRepository';
import { recordFieldNames, type RecordType } from '../../shared/records/recordTypes';
import { createRecord, updateRecord } from '../recordService';
import { ServiceError } from '../serviceError';
import type { Workspace } from '../workspace';
import type { ImportSeen } from './importSeen';

export type RowAction = 'create' | 'update' | 'unchanged' | 'skip';

export interface RowOutcome {
  action: RowAction;
  issues?: RowIssue[];
  conflicts?: {
    line: number;
    column: string;
    field: string;
    current: unknown;
    incoming: unknown;
  }[];
  values?: Record<string, unknown>;
}

export interface ImportWriterOptions {
  entity: ImportEntity;
  source: string;
  batchId: string;
  columns: ColumnMapping[];
  overwrite: boolean;
  /** The currency of amounts given without one; null: the account's. */
  currency: string | null;
  /** The owner names in use, to write an imported owner the way it is written here. */
  owners: string[];
  /** The records this import's rows wrote so far: a second row naming one is skipped. */
  seen: ImportSeen;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const ownerKey = (name: string) => name.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

export class ImportWriter {
  private readonly type: RecordType;
  private readonly owners: Map<string, string>;
  private readonly fieldNames: Set<string>;
  private seq = 0;

  constructor(
    private readonly ws: Workspace,
    private readonly options: ImportWriterOptions,
  ) {
    this.type = options.entity;
    this.owners = new Map(options.owners.map((o) => [ownerKey(o), o]));
    this.fieldNames = new Set(recordFieldNames(this.type));
  }

  private columnOf(field: string): string {
    const fromLink = field === 'accountId' ? ['accountExternalId', 'accountName'] : [field];
    if (field === 'name') fromLink.push('firstName', 'lastName');
    if (field === 'arrMinor') fromLink.push('contractValue');
    return this.options.columns.find((c) => c.field && fromLink.includes(c.field))?.header ?? field;
  }

  private issue(row: MappedRow, problem: string, field: string, value: string): RowOutcome {
    return {
      action: 'skip',
      issues: [{ line: row.line, column: this.columnOf(field), problem, value }],
    };
  }

  /** Accounts found so far: each row is resolved twice (its currency, then its write). */
  private readonly accounts = new Map<string, string>();

  private accountOf(row: MappedRow): { id: string } | RowOutcome {
    const key = `${row.accountExternalId}\u0000${row.accountName}`;
    const known = this.accounts.get(key);
    if (known) return { id: known };
    const found = this.findAccount(row);
    if ('id' in found) this.accounts.set(key, found.id);
    return found;
  }

  private findAccount(row: MappedRow): { id: string } | RowOutcome {
    const db = this.ws.db.sqlite;
    if (row.accountExternalId) {
      const id = idByExternalId(
        db,
        'accounts',
        externalKey(this.options.source, row.accountExternalId),
      );
      if (id) return { id };
      if (!row.accountName)
        return this.issue(row, 'unknownAccount', 'accountId', row.accountExternalId);
    }
    const ids = accountIdsByName(db, row.accountName);
    if (ids.length === 1) return { id: ids[0] as string };
    return this.issue(
      row,
      ids.length === 0 ? 'unknownAccount' : 'ambiguousAccount',
      'accountId',
      row.accountName,
    );
  }

  /** Whether live records of this type carried ids from the source when the import began. */
  private sourceHadRecords: boolean | null = null;
  /**
   * The accounts ('' for accounts themselves) with a live record that carries no id from the
   * source: the only places where a row with an id can meet its record by the fields that name
   * it. Read once; grows as rows without an id are created. At most one entry per account.
   */
  private unkeyed: Set<string> | null = null;

  private existing(
    row: MappedRow,
    values: Record<string, unknown>,
    accountId: string | null,
  ): string | null {
    const db = this.ws.db.sqlite;
    const { source } = this.options;
    const key = row.externalId ? externalKey(source, row.externalId) : '';
    // An id of the source's own (`salesforce:…`; Outpost's export carries other sources' ids).
    const own = this.ownKey(key);
    if (key) {
      // An id appears once per file (importFile skips a repeated one): before a source's first
      // import, no record can be found by one of its ids. Asked at the first row, before anything
      // is written.
      if (own) this.sourceHadRecords ??= hasSourceRecords(db, this.type, source);
      if (!own || this.sourceHadRecords) {
        const id = idByExternalId(db, this.type, key);
        if (id) return id;
      }
    }
    if (own) {
      // A record with another id from the source is another record of the source (two contacts
      // sharing an email): a row with an id only meets, by its fields, a record typed here, from
      // another source, or imported without ids — the row's id is then stamped on it.
      this.unkeyed ??= accountsWithRecordsNotFrom(db, this.type, source);
      if (!this.unkeyed.has(accountId ?? '')) return null;
    }
    for (const fields of NATURAL_KEYS[this.options.entity]) {
      const parts = Object.fromEntries(fields.map((f) => [f, values[f]]));
      if (fields.every((f) => typeof parts[f] === 'string' && parts[f] !== ''))
        return idByFields(
          db,
          this.type,
          accountId,
          parts as Record<string, string>,
          own ? source : null,
        );
    }
    return null;
  }

  private ownKey(key: unknown): boolean {
    return typeof key === 'string' && key.startsWith(`${this.options.source}:`);
  }

  /** The currency of a row's amounts when it has no currency column. */
  readonly currencyFor = (link: { externalId: string; name: string }): string => {
    const fallback = this.options.currency ?? (this.options.source === 'zh_crm' ? 'CNY' : 'USD');
    if (this.options.entity === 'accounts') return fallback;
    const account = this.accountOf({
      line: 0,
      values: {},
      externalId: '',
      issues: [],
      accountExternalId: link.externalId,
      accountName: link.name,
    });
    if (!('id' in account)) return fallback;
    const own = findRecord(this.ws.db.sqlite, 'accounts', account.id)?.currency;
    return this.options.currency ?? own ?? fallback;
  };

  write(row: MappedRow): RowOutcome {
    const values: Record<string, unknown> = { ...row.values };
    let accountId: string | null = null;
    if (this.options.entity !== 'accounts') {
      const account = this.accountOf(row);
      if (!('id' in account)) return account;
      accountId = account.id;
      values.accountId = accountId;
    }
    if (typeof values.owner === 'string' && values.owner !== '') {
      // One person, one spelling: the first seen (here, or earlier in the file) is kept.
      const known = this.owners.get(ownerKey(values.owner));
      if (known) values.owner = known;
      else this.owners.set(ownerKey(values.owner), values.owner);
    }
    // A Chinese CRM's accounts are in yuan unless the file or the user says otherwise.
    if (this.options.entity === 'accounts' && values.currency === undefined) {
      const currency = this.options.currency ?? (this.options.source === 'zh_crm' ? 'CNY' : null);
      if (currency) values.currency = currency;
    }
    if (row.externalId) values.externalId = externalKey(this.options.source, row.externalId);
    for (const key of Object.keys(values)) if (!this.fieldNames.has(key)) delete values[key];
    const id = this.existing(row, values, accountId);
    if (id) {
      // Two rows of one file naming one record (by id or by the fields that name it): the
      // second would silently overwrite the first.
      const first = this.options.seen.firstLine(`record:${id}`, row.line);
      if (first !== undefined)
        return {
          action: 'skip',
          issues: [{ line: row.line, column: '', problem: 'duplicateRow', value: String(first) }],
        };
    }
    try {
      return id ? this.update(row, id, values) : this.create(row, values);
    } catch (error) {
      if (!(error instanceof ServiceError) || !error.issues) throw error;
      return {
        action: 'skip',
        issues: error.issues.map((i) => ({
          line: row.line,
          column: this.columnOf(i.path.split('.')[1] ?? ''),
          problem: i.code,
          value: String(values[i.path.split('.')[1] ?? ''] ?? ''),
        })),
      };
    }
  }

  private create(row: MappedRow, values: Record<string, unknown>): RowOutcome {
    const record = createRecord(this.ws, this.type, values);
    this.options.seen.firstLine(`record:${record.id}`, row.line);
    if (!this.ownKey(values.externalId))
      this.unkeyed?.add(typeof values.accountId === 'string' ? values.accountId : '');
    insertBatchRow(this.ws.db.sqlite, {
      batchId: this.options.batchId,
      type: this.type,
      rowId: record.id,
      action: 'create',
      before: {},
      imported: values,
      seq: this.seq++,
    });
    return { action: 'create', values };
  }

  private update(row: MappedRow, id: string, values: Record<string, unknown>): RowOutcome {
    const db = this.ws.db.sqlite;
    const current = findRecord(db, this.type, id) as unknown as Record<string, unknown>;
    const last = lastImported(db, this.type, id);
    const patch: Record<string, unknown> = {};
    const conflicts: NonNullable<RowOutcome['conflicts']> = [];
    for (const [field, incoming] of Object.entries(values)) {
      if (same(current[field], incoming)) continue;
      // Changed here since the last import (or never imported and already filled in here).
      const changedHere = last ? field in last && !same(current[field], last[field]) : false;
      if (changedHere) {
        conflicts.push({
          line: row.line,
          column: this.columnOf(field),
          field,
          current: current[field],
          incoming,
        });
        if (!this.options.overwrite) continue;
      }
      patch[field] = incoming;
    }
    if (Object.keys(patch).length === 0) return { action: 'unchanged', conflicts, values };
    updateRecord(this.ws, this.type, id, patch);
    insertBatchRow(db, {
      batchId: this.options.batchId,
      type: this.type,
      rowId: id,
      action: 'update',
      before: Object.fromEntries(Object.keys(patch).map((f) => [f, current[f]])),
      imported: { ...(last ?? {}), ...values },
      seq: this.seq++,
    });
    return { action: 'update', conflicts, values };
  }
}
