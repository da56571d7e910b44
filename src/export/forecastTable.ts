/**
 * The one table of renewals both exports write: its columns, their titles in the user's
 * language, the kind of each value, and each row's values — money in major units of the row's
 * currency, probabilities as ratios, dates as ISO days.
 */
import { toMajor } from '../shared/domain/currencies';
import type { RenewalRowView } from '../shared/api/forecastViews';
import {
  exportLabel,
  reasonLabels,
  valueLabel,
  type ExportLabel,
  type ExportLang,
} from './exportLabels';

export type CellKind = 'text' | 'integer' | 'money' | 'percent' | 'date';
export type CellValue = string | number | null;

export interface ExportColumn {
  key: string;
  kind: CellKind;
  width: number;
  value(row: RenewalRowView, lang: ExportLang): CellValue;
}

const money = (minor: number | null, row: RenewalRowView) =>
  minor === null ? null : toMajor(minor, row.currency);

const status = (r: RenewalRowView) => (r.overdue ? 'overdue' : r.outcome);

export const RENEWAL_COLUMNS: ExportColumn[] = [
  { key: 'account', kind: 'text', width: 34, value: (r) => r.accountName },
  { key: 'owner', kind: 'text', width: 16, value: (r) => r.owner },
  { key: 'segment', kind: 'text', width: 12, value: (r, l) => valueLabel(l, r.segment) },
  { key: 'region', kind: 'text', width: 12, value: (r) => r.region },
  { key: 'endDate', kind: 'date', width: 12, value: (r) => r.endDate },
  { key: 'daysToEnd', kind: 'integer', width: 10, value: (r) => r.daysToEnd },
  { key: 'currency', kind: 'text', width: 9, value: (r) => r.currency },
  { key: 'target', kind: 'money', width: 15, value: (r) => money(r.targetArrMinor, r) },
  { key: 'score', kind: 'integer', width: 10, value: (r) => r.score },
  { key: 'band', kind: 'text', width: 10, value: (r, l) => valueLabel(l, r.band ?? '') },
  { key: 'systemProbability', kind: 'percent', width: 12, value: (r) => r.systemProbability },
  { key: 'call', kind: 'text', width: 10, value: (r, l) => valueLabel(l, r.forecastCall) },
  { key: 'callReason', kind: 'text', width: 30, value: (r) => r.callReason },
  { key: 'probability', kind: 'percent', width: 12, value: (r) => r.probability },
  {
    key: 'expectedChange',
    kind: 'money',
    width: 15,
    value: (r) => money(r.outcome === 'open' ? r.expectedChangeMinor : 0, r),
  },
  { key: 'expected', kind: 'money', width: 15, value: (r) => money(r.expected, r) },
  { key: 'best', kind: 'money', width: 15, value: (r) => money(r.best, r) },
  { key: 'worst', kind: 'money', width: 15, value: (r) => money(r.worst, r) },
  { key: 'status', kind: 'text', width: 10, value: (r, l) => valueLabel(l, status(r)) },
  {
    key: 'finalArr',
    kind: 'money',
    width: 15,
    value: (r) => (r.outcome === 'open' ? null : money(r.finalArrMinor ?? 0, r)),
  },
  { key: 'closedDate', kind: 'date', width: 12, value: (r) => r.closedDate || null },
  {
    key: 'reasonCodes',
    kind: 'text',
    width: 18,
    value: (r, l) => reasonLabels(l, r.reasonCodes),
  },
  {
    key: 'flagged',
    kind: 'text',
    width: 10,
    value: (r, l) => exportLabel(l, r.flagged ? 'v.yes' : 'v.no'),
  },
  // When, in UTC as stored (the header says so), and who: two columns a spreadsheet can sort.
  {
    key: 'lastChangedAt',
    kind: 'text',
    width: 18,
    value: (r) => (r.lastChange ? r.lastChange.at.slice(0, 16).replace('T', ' ') : ''),
  },
  { key: 'changedBy', kind: 'text', width: 16, value: (r) => r.lastChange?.author ?? '' },
  { key: 'accountId', kind: 'text', width: 38, value: (r) => r.accountId },
  { key: 'contractId', kind: 'text', width: 38, value: (r) => r.contractId },
];

export function columnTitle(lang: ExportLang, column: ExportColumn): string {
  return exportLabel(lang, `c.${column.key}` as ExportLabel);
}

/** The file name of an export: the window (its last day), the day it is as of, the format. */
export function exportFileName(
  view: { from: string; to: string; asOf: string; today: string },
  lastDay: string,
  extension: string,
): string {
  const asOf = view.asOf !== view.today ? `-as-of-${view.asOf}` : '';
  return `renewals-${view.from}-to-${lastDay}${asOf}.${extension}`;
}
