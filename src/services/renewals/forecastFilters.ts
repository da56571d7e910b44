/** Filtering and grouping the renewal rows of the forecast view. */
import { periodKey } from '../../core/periods';
import { compareNames } from '../../shared/format/nameOrder';
import type { Lang } from '../../shared/format/formatters';
import type { ForecastFilters } from '../../shared/api/forecastInputs';
import type { ForecastGroupBy, RenewalRowView } from '../../shared/api/forecastViews';

export function filterRows(rows: RenewalRowView[], f: ForecastFilters): RenewalRowView[] {
  const q = f.q.trim().toLocaleLowerCase();
  return rows.filter(
    (r) =>
      (!f.owner || r.owner === f.owner) &&
      (!f.segment || r.segment === f.segment) &&
      (!f.band || (f.band === 'none' ? r.band === null : r.band === f.band)) &&
      (!f.call || (f.call === 'none' ? r.forecastCall === '' : r.forecastCall === f.call)) &&
      (!f.status ||
        (f.status === 'overdue'
          ? r.overdue
          : f.status === 'closed'
            ? r.outcome !== 'open'
            : r.outcome === f.status)) &&
      (!f.flagged || r.flagged) &&
      (!q || r.accountName.toLocaleLowerCase().includes(q)),
  );
}

export function groupKey(row: RenewalRowView, by: ForecastGroupBy): string {
  switch (by) {
    case 'month':
      return periodKey(row.endDate, 'month');
    case 'quarter':
      return periodKey(row.endDate, 'quarter');
    case 'owner':
      return row.owner;
    case 'segment':
      return row.segment;
    case 'currency':
      return row.currency;
    case 'none':
      return '';
  }
}

/** Rows by group key, in key order (dates as text, names in the language's order). */
export function groupRows(
  rows: RenewalRowView[],
  by: ForecastGroupBy,
  lang: Lang = 'en',
): { key: string; rows: RenewalRowView[] }[] {
  if (by === 'none') return [];
  const groups = new Map<string, RenewalRowView[]>();
  for (const row of rows) {
    const key = groupKey(row, by);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return [...groups.keys()]
    .sort(compareNames(lang))
    .map((key) => ({ key, rows: groups.get(key) ?? [] }));
}
