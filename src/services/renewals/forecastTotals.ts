/**
 * Totals of renewal rows per currency and in the reporting currency, converted at the rates in
 * effect on the day; currencies without a rate are named, never guessed.
 */
import {
  convertRow,
  rollUp,
  rollUpByCurrency,
  type RollupRow,
} from '../../core/forecast/forecastRollup';
import type { Converter } from '../../core/money/exchangeRates';
import type { ConversionRateView, MultiCurrencyTotals } from '../../shared/api/forecastViews';

export function multiCurrencyTotals<R extends RollupRow & { currency: string }>(
  rows: R[],
  converter: Converter,
): MultiCurrencyTotals {
  const convertible: R[] = [];
  const missing = new Set<string>();
  for (const row of rows) {
    if (converter.convert(0, row.currency) === null) missing.add(row.currency);
    else convertible.push(convertRow(row, (minor) => converter.convert(minor, row.currency) ?? 0));
  }
  return {
    byCurrency: rollUpByCurrency(rows).map(({ currency, rollup }) => ({
      currency,
      totals: rollup,
    })),
    reporting:
      convertible.length > 0 || missing.size === 0
        ? { currency: converter.currency, totals: rollUp(convertible) }
        : null,
    missingRates: [...missing].sort(),
  };
}

export function rateViews(converter: Converter): ConversionRateView[] {
  return converter.paths().map((p) => ({
    from: p.from,
    to: p.to,
    rate: p.rate,
    via: p.via.map((r) => ({
      from: r.from,
      to: r.to,
      rate: r.rate,
      effectiveDate: r.effectiveDate,
    })),
  }));
}
