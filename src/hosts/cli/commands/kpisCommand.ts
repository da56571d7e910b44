/**
 * `kpis --from D --to D [--json] [--currency CODE] [--margin PCT]`: the KPIs of DESIGN.md §3 for
 * [from, to) — up to today — each with how it was computed, in the reporting currency.
 */
import { kpiView } from '../../../services/kpiService';
import { ServiceError } from '../../../services/serviceError';
import { kpiQuery } from '../../../shared/api/forecastInputs';
import type { KpiSetView, KpiView } from '../../../shared/api/kpiViews';
import { minorDigitsOf } from '../../../shared/domain/currencies';
import type { CliCommand } from '../cliCommand';
import { openCliWorkspace } from '../cliWorkspace';
import { moneyText, parseCurrencyOption, parsePeriod, percentText } from '../reportOptions';
import { parseIntegerOption, UsageError } from '../usageError';

function text(view: KpiView, set: KpiSetView): string[] {
  const m = (minor: number | null) =>
    minor === null ? '—' : moneyText(Math.round(minor), set.currency, minorDigitsOf(set.currency));
  const mv = set.movements;
  const s = view.surveys;
  const r = set.renewals;
  return [
    `KPIs ${view.from} … ${view.through} in ${set.currency}${view.missingRates.length ? ` (not converted: ${view.missingRates.join(', ')})` : ''}`,
    `ARR                 ${m(mv.startArr)} → ${m(mv.endArr)}`,
    `  new               ${m(mv.new)}`,
    `  reactivation      ${m(mv.reactivation)}`,
    `  expansion         ${m(mv.expansion)}`,
    `  contraction       ${m(mv.contraction)}`,
    `  churn             ${m(mv.churn)}`,
    `GRR                 ${percentText(set.grr)}  = 1 − (churn + contraction) ÷ start ARR`,
    `NRR                 ${percentText(set.nrr)}  = (start + expansion − contraction − churn) ÷ start ARR`,
    `Logo churn          ${percentText(set.logoChurn)}  = ${mv.lost} lost ÷ ${mv.activeAtStart} active at the start`,
    `Gross revenue churn ${percentText(set.grossRevenueChurn)}`,
    `Renewal rate (logo) ${percentText(r.logo)}  = ${r.renewed} renewed ÷ ${r.due} due`,
    `Renewal rate (ARR)  ${percentText(r.arr)}  = ${m(r.renewedArr)} renewed (capped at target) ÷ ${m(r.dueArr)} due`,
    `Expansion rate      ${percentText(set.expansionRate)}`,
    `NPS                 ${s.nps.value === null ? '—' : s.nps.value.toFixed(1)}  (${s.nps.promoters} promoters, ${s.nps.passives} passives, ${s.nps.detractors} detractors of ${s.nps.responses})`,
    `CSAT                ${s.csat.value === null ? '—' : `${s.csat.value.toFixed(1)} %`}  (${s.csat.satisfied} of ${s.csat.responses} rated 4–5)`,
    `CES                 ${s.ces.value === null ? '—' : s.ces.value.toFixed(2)}  (${s.ces.responses} responses)`,
    `Health rate         ${percentText(view.healthRate.rate)}  = ${view.healthRate.green} green ÷ ${view.healthRate.active} active on ${view.healthRate.asOf}`,
    `LTV                 ${set.ltv.value === null ? 'undefined (nothing churned)' : m(set.ltv.value)}  = ARPA ${m(set.ltv.arpa)} × margin ${percentText(set.ltv.grossMargin)} ÷ monthly churn ${percentText(set.ltv.monthlyChurn)}`,
  ];
}

export const kpisCommand: CliCommand = {
  name: 'kpis',
  summary:
    'ARR movements, GRR, NRR, churn, renewal and expansion rates, NPS, CSAT, CES, health rate, LTV',
  usage: 'kpis --from D --to D [--json] [--currency CODE] [--margin PCT]',
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    json: { type: 'boolean' },
    currency: { type: 'string' },
    margin: { type: 'string' },
  },
  async run(ctx, values) {
    const period = parsePeriod(values);
    const currency = parseCurrencyOption(values.currency as string | undefined);
    const margin = parseIntegerOption('margin', values.margin as string | undefined, 1, 100) ?? 100;
    const ws = await openCliWorkspace(ctx);
    try {
      let view: KpiView;
      try {
        view = kpiView(ws, kpiQuery.parse({ ...period, currency, margin: margin / 100 }));
      } catch (error) {
        if (error instanceof ServiceError && error.code === 'invalid_input')
          throw new UsageError(error.message);
        throw error;
      }
      if (values.json) ctx.io.out(JSON.stringify(view, null, 2));
      else {
        const set = view.reporting ?? view.byCurrency[0];
        if (!set) ctx.io.out('No contracts in this period.');
        else ctx.io.out(text(view, set).join('\n'));
      }
      return 0;
    } finally {
      ws.close();
    }
  },
};
