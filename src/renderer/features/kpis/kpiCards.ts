/**
 * The KPI dashboard's numbers (DESIGN.md §3), each with its value in words and how it was
 * computed from its inputs — the same inputs the API returned, so the working always adds up.
 */
import type { KpiSetView, KpiView, MovementKind } from '../../../shared/api/kpiViews';
import type { I18n } from '../../i18n/i18nContext';
import type { MessageKey } from '../../i18n/en';

export interface KpiCard {
  key: string;
  /** What the card has room for: large sums compact ("$323M", "¥3.2亿"). */
  value: string;
  /** The exact figure, where `value` is compact. */
  exact?: string;
  how: string;
  movers?: MovementKind;
}

export function kpiCards(i18n: I18n, view: KpiView, set: KpiSetView): KpiCard[] {
  const { t } = i18n;
  const m = (minor: number | null) => (minor === null ? '—' : i18n.money(minor, set.currency));
  const short = (minor: number | null) =>
    minor === null ? '—' : i18n.moneyCompact(minor, set.currency);
  const pct = (ratio: number | null, digits = 1) =>
    ratio === null
      ? '—'
      : new Intl.NumberFormat(i18n.lang, {
          style: 'percent',
          maximumFractionDigits: digits,
        }).format(ratio);
  const mv = set.movements;
  const how = (key: string, params: Record<string, string | number>) =>
    t(`kpi.how.${key}` as MessageKey, params);
  const money = { start: m(mv.startArr), end: m(mv.endArr) };
  const s = view.surveys;
  const r = set.renewals;
  const movement = (kind: MovementKind): KpiCard => ({
    key: kind,
    value: short(mv[kind]),
    exact: m(mv[kind]),
    how: how(kind, { amount: m(mv[kind]), count: i18n.number(set.movers[kind].length) }),
    movers: kind,
  });
  return [
    {
      key: 'arr',
      // The start and its arrow stay together; the end may go to the next line of a narrow card.
      value: `${short(mv.startArr)}\u00a0→ ${short(mv.endArr)}`,
      exact: `${money.start} → ${money.end}`,
      how: how('arr', {
        ...money,
        new: m(mv.new),
        reactivation: m(mv.reactivation),
        expansion: m(mv.expansion),
        contraction: m(mv.contraction),
        churn: m(mv.churn),
      }),
    },
    movement('new'),
    movement('expansion'),
    movement('contraction'),
    movement('churn'),
    movement('reactivation'),
    {
      key: 'grr',
      value: pct(set.grr),
      how: how('grr', {
        churn: m(mv.churn),
        contraction: m(mv.contraction),
        start: money.start,
        value: pct(set.grr),
      }),
    },
    {
      key: 'nrr',
      value: pct(set.nrr),
      how: how('nrr', {
        start: money.start,
        expansion: m(mv.expansion),
        contraction: m(mv.contraction),
        churn: m(mv.churn),
        value: pct(set.nrr),
      }),
    },
    {
      key: 'logoChurn',
      value: pct(set.logoChurn),
      how: how('logoChurn', {
        lost: i18n.number(mv.lost),
        active: i18n.number(mv.activeAtStart),
        value: pct(set.logoChurn),
      }),
      movers: 'churn',
    },
    {
      key: 'grossRevenueChurn',
      value: pct(set.grossRevenueChurn),
      how: how('grossRevenueChurn', {
        churn: m(mv.churn),
        contraction: m(mv.contraction),
        start: money.start,
        value: pct(set.grossRevenueChurn),
      }),
    },
    {
      key: 'renewalLogo',
      value: pct(r.logo),
      how: how('renewalLogo', {
        renewed: i18n.number(r.renewed),
        due: i18n.number(r.due),
        value: pct(r.logo),
      }),
    },
    {
      key: 'renewalArr',
      value: pct(r.arr),
      how: how('renewalArr', { renewed: m(r.renewedArr), due: m(r.dueArr), value: pct(r.arr) }),
    },
    {
      key: 'expansionRate',
      value: pct(set.expansionRate),
      how: how('expansionRate', {
        expansion: m(mv.expansion),
        start: money.start,
        value: pct(set.expansionRate),
      }),
      movers: 'expansion',
    },
    {
      key: 'nps',
      value: s.nps.value === null ? '—' : i18n.number(s.nps.value, 1),
      how: how('nps', {
        promoters: i18n.number(s.nps.promoters),
        passives: i18n.number(s.nps.passives),
        detractors: i18n.number(s.nps.detractors),
        responses: i18n.number(s.nps.responses),
        value: s.nps.value === null ? '—' : i18n.number(s.nps.value, 1),
      }),
    },
    {
      key: 'csat',
      value: s.csat.value === null ? '—' : pct(s.csat.value / 100),
      how: how('csat', {
        satisfied: i18n.number(s.csat.satisfied),
        responses: i18n.number(s.csat.responses),
        value: s.csat.value === null ? '—' : pct(s.csat.value / 100),
      }),
    },
    {
      key: 'ces',
      value: s.ces.value === null ? '—' : i18n.number(s.ces.value, 2),
      how: how('ces', {
        total: i18n.number(s.ces.total),
        responses: i18n.number(s.ces.responses),
        value: s.ces.value === null ? '—' : i18n.number(s.ces.value, 2),
      }),
    },
    {
      key: 'healthRate',
      value: pct(view.healthRate.rate, 0),
      how: how('healthRate', {
        green: i18n.number(view.healthRate.green),
        active: i18n.number(view.healthRate.active),
        date: i18n.date(view.healthRate.asOf),
        value: pct(view.healthRate.rate, 0),
      }),
    },
    {
      key: 'ltv',
      value: short(set.ltv.value === null ? null : Math.round(set.ltv.value)),
      exact: m(set.ltv.value === null ? null : Math.round(set.ltv.value)),
      how:
        set.ltv.value === null
          ? how('ltvNone', { start: money.start })
          : how('ltv', {
              arpa: m(Math.round(set.ltv.arpa ?? 0)),
              margin: pct(set.ltv.grossMargin, 0),
              churn: pct(set.ltv.monthlyChurn, 2),
              months: i18n.number(set.ltv.months, 1),
              value: m(Math.round(set.ltv.value)),
            }),
    },
  ];
}
