/**
 * Loads a demo portfolio into a workspace through the change-capturing writer (demo records sync
 * like any others). Deterministic: the same seed and day give the same records, ids and
 * timestamps; batches of accounts are written one transaction each.
 */
import { reportProgress, stopIfCancelled } from '../taskContext';
import { generateDemoAccount } from '../../core/demo/demoPortfolio';
import { generateDemoRates } from '../../core/demo/demoRates';
import { prepared } from '../../db/preparedStatement';
import { RecordWriter } from '../../db/changeCapture/recordWriter';
import { tableColumns } from '../../db/changeCapture/tableColumns';
import type { DemoSummary } from '../../shared/api/views';
import { RECORD_TYPES, type RecordType } from '../../shared/records/recordTypes';
import type { Workspace } from '../workspace';

export interface DemoOptions {
  accounts: number;
  seed: number;
  today: string;
  /** Index of the first account, to add more accounts to an existing demo portfolio. */
  firstIndex?: number;
}

const BATCH = 500;

/** Values the generator leaves out take their column's default, as a new row would. */
function columnDefaults(type: RecordType): Record<string, unknown> {
  const defaults: Record<string, unknown> = {};
  for (const { field, kind } of tableColumns(type)) {
    defaults[field] = kind === 'text' ? '' : kind === 'json' ? [] : kind === 'boolean' ? false : 0;
  }
  return defaults;
}

export function loadDemo(ws: Workspace, options: DemoOptions): DemoSummary {
  const at = `${options.today}T08:00:00.000Z`;
  const writer = new RecordWriter(ws.db.sqlite, ws.clock, () => at);
  const defaults = new Map(RECORD_TYPES.map((type) => [type, columnDefaults(type)]));
  const first = options.firstIndex ?? 0;
  let records = 0;
  const writeBatch = ws.db.sqlite.transaction((from: number, to: number) => {
    for (let index = from; index < to; index++) {
      const bundle = generateDemoAccount(options.seed, index, options.today);
      for (const type of RECORD_TYPES) {
        const base = defaults.get(type) ?? {};
        for (const record of bundle[type]) {
          writer.insert(type, record.id, { ...base, ...record.fields });
          records++;
        }
      }
    }
  });
  const end = first + options.accounts;
  for (let from = first; from < end; from += BATCH) {
    // Each batch of whole accounts is its own transaction: cancelling keeps those written.
    stopIfCancelled(`Stopped: ${from - first} of ${options.accounts} demo accounts were added.`);
    writeBatch(from, Math.min(end, from + BATCH));
    reportProgress(Math.min(end, from + BATCH) - first, options.accounts);
  }
  // The team's exchange rates, once: a portfolio in several currencies is reported in one.
  const hasRates = prepared(ws.db.sqlite, 'SELECT 1 FROM exchange_rates LIMIT 1').get();
  if (!hasRates)
    ws.db.sqlite.transaction(() => {
      for (const rate of generateDemoRates(options.seed, options.today)) {
        writer.insert('exchange_rates', rate.id, rate.fields);
        records++;
      }
    })();
  return { accounts: options.accounts, records };
}
