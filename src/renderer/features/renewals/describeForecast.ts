/** Words for the renewal forecast: calls, statuses, and how a renewal's expected ARR was reached. */
import type { ForecastTotals, RenewalRowView } from '../../../shared/api/forecastViews';
import type { I18n } from '../../i18n/i18nContext';

export const CALL_COLOR: Record<string, string> = {
  commit: 'teal',
  likely: 'blue',
  at_risk: 'orange',
  lost: 'red',
};

export const STATUS_COLOR: Record<string, string> = {
  open: 'gray',
  overdue: 'orange',
  renewed: 'teal',
  churned: 'red',
};

export function callLabel(i18n: I18n, call: string): string {
  return call ? i18n.label(call) : i18n.t('renewals.noCall');
}

export function statusOf(row: Pick<RenewalRowView, 'outcome' | 'overdue'>): string {
  return row.overdue ? 'overdue' : row.outcome;
}

export function statusLabel(i18n: I18n, status: string): string {
  return i18n.t(`renewals.status.${status}` as Parameters<I18n['t']>[0]);
}

/** A probability to one decimal where it has one (94.2 %), else whole (95 %). */
export function probability(i18n: I18n, p: number): string {
  return new Intl.NumberFormat(i18n.lang, { style: 'percent', maximumFractionDigits: 1 }).format(p);
}

/** "Expected = 53,000 × 75 % − 0 + 5,000 × 75 % = 43,500", the working of one renewal. */
export function explainExpected(i18n: I18n, row: RenewalRowView): string {
  const m = (minor: number) => i18n.money(minor, row.currency);
  const { t } = i18n;
  if (row.outcome === 'renewed')
    return t('renewals.explain.renewed', { final: m(row.finalArrMinor ?? 0) });
  if (row.outcome === 'churned') return t('renewals.explain.churned');
  const p = probability(i18n, row.probability);
  const source =
    row.source === 'call'
      ? t('renewals.explain.fromCall', { call: callLabel(i18n, row.forecastCall) })
      : t('renewals.explain.fromHealth', {
          band: row.band ? t(`health.band.${row.band}`) : t('health.noScore'),
        });
  const parts = [t('renewals.explain.base', { target: m(row.targetArrMinor), p, source })];
  if (row.contraction)
    parts.push(t('renewals.explain.contraction', { amount: m(row.contraction) }));
  if (row.expansionSource === 'opportunities')
    parts.push(
      i18n.plural('renewals.explain.pipeline', row.opportunityIds.length, {
        amount: m(row.expectedExpansion),
      }),
    );
  else if (row.expansion)
    parts.push(t('renewals.explain.expansion', { amount: m(row.expansion), p }));
  return `${parts.join(' ')} = ${m(row.expected)}`;
}

/** The reporting total, else the single currency's, for the headline cards. */
export function headline(totals: {
  reporting: { currency: string; totals: ForecastTotals } | null;
  byCurrency: { currency: string; totals: ForecastTotals }[];
}): { currency: string; totals: ForecastTotals } | null {
  return totals.reporting ?? totals.byCurrency[0] ?? null;
}
