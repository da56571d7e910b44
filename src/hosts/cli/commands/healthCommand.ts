/**
 * `health [--json] [--account ID] [--as-of YYYY-MM-DD]`: per active account the score, band,
 * trend and scorecard version, then each group and measure with its input values and points.
 */
import type { MeasureInputs } from '../../../core/health/healthMeasures';
import type { MeasureId } from '../../../core/health/scorecard';
import type { NotScoredReason } from '../../../shared/domain/healthEnums';
import {
  notScoredReason,
  portfolioHealth,
  type AccountHealth,
} from '../../../services/health/healthService';
import { ServiceError } from '../../../services/serviceError';
import type { CliCommand } from '../cliCommand';
import { openCliWorkspace } from '../cliWorkspace';
import { parseDateOption, UsageError } from '../usageError';

const pct = (ratio: unknown) => `${(Number(ratio) * 100).toFixed(1)} %`;
const days = (value: unknown) => (value === null ? 'never' : `${String(value)} days ago`);

/** A measure's inputs in words, e.g. "31 of 80 seats active (38.8 %)". */
export function describeInputs(id: MeasureId, inputs: MeasureInputs): string {
  const i = inputs;
  switch (id) {
    case 'licenseUtilisation':
      return i.activeUsers === undefined
        ? 'no usage in the last 30 days'
        : `${i.activeUsers} of ${i.seats} seats active (${pct(i.ratio)})`;
    case 'moduleAdoption':
      return i.inUse === undefined
        ? 'no modules purchased or no usage'
        : `${i.inUse} of ${i.purchased} purchased modules in use`;
    case 'usageTrend':
      return i.ratio === undefined
        ? 'no prior month to compare'
        : `${i.activeUsers} active users vs ${i.priorActiveUsers} the month before (${pct(i.ratio)})`;
    case 'daysSinceTouchpoint':
      return `last touchpoint ${days(i.days)}`;
    case 'daysSinceExecutiveTouchpoint':
      return i.executives === 0
        ? 'no executive sponsor or economic buyer known'
        : i.since
          ? `no executive touchpoint since ${String(i.since)}`
          : `last executive touchpoint ${days(i.days)}`;
    case 'nps':
      return i.responses
        ? `${i.responses} responses in 365 days, ${i.promoters} promoters, ${i.detractors} detractors`
        : 'no NPS responses in 365 days';
    case 'csat':
      return i.responses
        ? `${i.satisfied} of ${i.responses} responses rated 4–5 in 180 days`
        : 'no CSAT responses in 180 days';
    case 'ces':
      return i.responses
        ? `mean ${Number(i.mean).toFixed(2)} of 7 over ${i.responses} responses in 180 days`
        : 'no CES responses in 180 days';
    case 'openTickets':
      return `${i.p1} open P1, ${i.p2} open P2, ${i.other} other open tickets`;
    case 'activeChampion':
      return `${i.active} active champion(s)${i.departedRecently ? `, ${i.departedRecently} departed in the last 90 days` : ''}`;
    case 'economicBuyerKnown':
      return i.known ? 'economic buyer known' : 'no active economic buyer';
    case 'stakeholdersMet':
      return `${i.met} stakeholder(s) met in 90 days`;
    case 'milestonesOnTrack':
      return i.due
        ? `${i.done} of ${i.due} milestones due so far are done`
        : 'no milestones due yet';
    case 'csmPulse':
      return i.stars === undefined
        ? 'no CSM pulse in the last 60 days'
        : `CSM pulse ${i.stars} of 5 stars`;
  }
}

const fixed = (n: number | null, digits = 0) => (n === null ? '—' : n.toFixed(digits));

function printAccount(out: (line: string) => void, h: AccountHealth): void {
  const trend =
    h.trend === null ? 'no trend' : `${h.trend >= 0 ? '+' : ''}${h.trend} vs 30 days ago`;
  out(
    `${h.accountId}  ${h.name}  ${h.score} ${h.band}  (${trend}; scorecard v${h.scorecardVersion}${h.profile === 'onboarding' ? ', onboarding profile' : ''})`,
  );
  for (const g of h.groups) {
    out(
      `  ${g.id.padEnd(13)} ${fixed(g.points).padStart(3)} pts  weight ${(g.weight * 100).toFixed(1)} %`,
    );
    for (const m of g.measures)
      out(
        `    ${m.id.padEnd(29)} ${fixed(m.points).padStart(3)} pts  ${describeInputs(m.id, m.inputs)}`,
      );
  }
  if (h.drivers.length) out(`  top drivers: ${h.drivers.map((d) => d.id).join(', ')}`);
}

const NOT_SCORED: Record<NotScoredReason, string> = {
  no_contract: 'the account has no contract',
  not_started: 'its first contract has not started',
  lapsed: 'its contracts have ended and the renewal is closed, or ended 90 days or more ago',
  churned: 'its stage is set to churned',
};

export const healthCommand: CliCommand = {
  name: 'health',
  summary:
    'Health score of every account scored on the day (a contract in force, or an overdue renewal still open), with each measure, its inputs and points',
  usage: 'health [--json] [--account ID] [--as-of YYYY-MM-DD]',
  options: { json: { type: 'boolean' }, account: { type: 'string' }, 'as-of': { type: 'string' } },
  async run(ctx, values) {
    const asOf = parseDateOption('as-of', values['as-of'] as string | undefined);
    const accountId = values.account as string | undefined;
    const ws = await openCliWorkspace(ctx);
    try {
      const results = portfolioHealth(ws, {
        ...(asOf ? { asOf } : {}),
        ...(accountId ? { accountId } : {}),
      });
      if (accountId && results.length === 0) {
        const day = asOf ?? ws.today();
        const reason = notScoredReason(ws, accountId, day) ?? 'no_contract';
        if (values.json)
          ctx.io.out(JSON.stringify({ accountId, asOf: day, scored: false, reason }, null, 2));
        else ctx.io.out(`${accountId}  not scored on ${day}: ${NOT_SCORED[reason]}`);
        return 0;
      }
      if (values.json) ctx.io.out(JSON.stringify(results, null, 2));
      else if (results.length === 0) ctx.io.out('No account is scored on that day.');
      else for (const h of results) printAccount(ctx.io.out, h);
      return 0;
    } catch (error) {
      if (error instanceof ServiceError && error.code === 'not_found')
        throw new UsageError(error.message);
      throw error;
    } finally {
      ws.close();
    }
  },
};
