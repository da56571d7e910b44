/**
 * Roll-ups of renewal forecasts (DESIGN.md §6): renewals due (Σ target), commit, expected, best
 * and worst case, forecast GRR = expected retained ÷ due and forecast NRR = (expected retained +
 * expected expansion) ÷ due. Every total is the sum of its rows; amounts in one currency.
 */
import type { RenewalOutcome } from '../../shared/domain/enums';
import type { ForecastTotals, RenewalFigures } from '../../shared/api/forecastViews';

export interface RollupRow extends RenewalFigures {
  targetArrMinor: number;
  outcome: RenewalOutcome;
  /** Still open after its contract ended. */
  overdue: boolean;
}

export type ForecastRollup = ForecastTotals;

export function emptyRollup(): ForecastRollup {
  return {
    renewals: 0,
    open: 0,
    renewed: 0,
    churned: 0,
    overdue: 0,
    flagged: 0,
    due: 0,
    commit: 0,
    closedWon: 0,
    expectedRetained: 0,
    expectedExpansion: 0,
    expected: 0,
    best: 0,
    worst: 0,
    grr: null,
    nrr: null,
  };
}

export function rollUp(rows: RollupRow[]): ForecastRollup {
  const r = emptyRollup();
  for (const row of rows) {
    r.renewals++;
    r[row.outcome === 'open' ? 'open' : row.outcome]++;
    if (row.overdue) r.overdue++;
    if (row.flagged) r.flagged++;
    r.due += row.targetArrMinor;
    r.commit += row.commit;
    r.closedWon += row.closedWon;
    r.expectedRetained += row.expectedRetained;
    r.expectedExpansion += row.expectedExpansion;
    r.expected += row.expected;
    r.best += row.best;
    r.worst += row.worst;
  }
  if (r.due > 0) {
    r.grr = r.expectedRetained / r.due;
    r.nrr = (r.expectedRetained + r.expectedExpansion) / r.due;
  }
  return r;
}

/** One roll-up per currency, in currency order. */
export function rollUpByCurrency<R extends RollupRow & { currency: string }>(
  rows: R[],
): { currency: string; rollup: ForecastRollup }[] {
  const byCurrency = new Map<string, R[]>();
  for (const row of rows) {
    const list = byCurrency.get(row.currency);
    if (list) list.push(row);
    else byCurrency.set(row.currency, [row]);
  }
  return [...byCurrency.keys()].sort().map((currency) => ({
    currency,
    rollup: rollUp(byCurrency.get(currency) ?? []),
  }));
}

const MONEY_FIELDS = [
  'targetArrMinor',
  'expansion',
  'contraction',
  'expectedRetained',
  'expectedExpansion',
  'expected',
  'best',
  'worst',
  'commit',
  'closedWon',
] as const;

/** A row with every amount passed through `convert` (for a roll-up in the reporting currency). */
export function convertRow<R extends RollupRow>(row: R, convert: (minor: number) => number): R {
  const converted = { ...row };
  for (const field of MONEY_FIELDS) converted[field] = convert(row[field]);
  return converted;
}
