/** The renewals of a forecast as CSV: a header row of titles in the user's language, then one
 * row per renewal. Money is written in major units of its row's currency, probabilities as
 * percentages, days as YYYY-MM-DD, so Excel reads each as what it is. Number columns are number
 * cells; only text is guarded against being read as a formula (see csvText). */
import type { RenewalRowView } from '../shared/api/forecastViews';
import { minorDigitsOf } from '../shared/domain/currencies';
import { csvText, CsvNumber, type CsvCell } from './csvText';
import type { ExportLang } from './exportLabels';
import { columnTitle, RENEWAL_COLUMNS } from './forecastTable';

const percent = (ratio: number) => CsvNumber.of(Math.round(ratio * 1000) / 10, undefined, '%');

export function forecastCsv(rows: RenewalRowView[], lang: ExportLang): string {
  const header = RENEWAL_COLUMNS.map((c) => columnTitle(lang, c));
  const body = rows.map((row) =>
    RENEWAL_COLUMNS.map((column): CsvCell => {
      const value = column.value(row, lang);
      if (value === null || typeof value === 'string') return value;
      if (column.kind === 'percent') return percent(value);
      if (column.kind === 'money') return CsvNumber.of(value, minorDigitsOf(row.currency));
      return value;
    }),
  );
  return csvText([header, ...body]);
}
