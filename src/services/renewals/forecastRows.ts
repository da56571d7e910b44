/**
 * The renewal rows of a window as they stood on a day (DESIGN.md §6): each contract ending in the
 * window with its terms then (from its history), the band its account had then, the system
 * probability that band implied then, and the figures they give. Today's rows read the stored
 * health scores; a past day's read that day's snapshots or bands recomputed from the records.
 */
import { addDays, daysBetween } from '../../core/dates';
import {
  assignOpportunities,
  OPPORTUNITY_REACH_DAYS,
  type OpenOpportunity,
} from '../../core/forecast/expansionOpportunities';
import { forecastRenewal } from '../../core/forecast/renewalForecast';
import { knownOn, termsOn } from '../../core/forecast/renewalTermsOn';
import {
  CALIBRATION_LOOKBACK_DAYS,
  probabilityFor,
  systemProbabilities,
  type BandProbability,
  type DatedOutcome,
} from '../../core/forecast/systemProbability';
import type { RenewalRowView } from '../../shared/api/forecastViews';
import { hlcIso } from '../../shared/sync/hlcFormat';
import type { Segment } from '../../shared/domain/enums';
import type { Band } from '../../shared/domain/healthEnums';
import { listScores } from '../../db/repositories/healthStoreRepository';
import { loadOpenOpportunities } from '../../db/repositories/opportunityRepository';
import {
  loadAccountRenewalSources,
  type RenewalSource,
} from '../../db/repositories/renewalRepository';
import { closedRenewalOutcomes } from '../health/calibrationService';
import { ensureHealthCurrent } from '../health/healthRefresh';
import { bandKey, bandsOn } from '../health/pastBands';
import type { Workspace } from '../workspace';

export type Probabilities = Record<Band, BandProbability>;

/**
 * System probabilities on any day of a range, from one read of the closed renewals: each day
 * counts only what had closed by then.
 */
export class ProbabilityHistory {
  private readonly outcomes: DatedOutcome[];
  private readonly byDay = new Map<string, Probabilities>();

  constructor(ws: Workspace, firstDay: string, lastDay: string) {
    this.outcomes = closedRenewalOutcomes(
      ws,
      addDays(firstDay, -CALIBRATION_LOOKBACK_DAYS),
      lastDay,
    );
  }

  on(day: string): Probabilities {
    let p = this.byDay.get(day);
    if (!p) this.byDay.set(day, (p = systemProbabilities(this.outcomes, day)));
    return p;
  }
}

interface AccountHealthOnDay {
  band: Band | null;
  score: number | null;
}

/** Each account's band (and score, where one was kept) on a day. */
export function healthOn(
  ws: Workspace,
  accountIds: string[],
  day: string,
): Map<string, AccountHealthOnDay> {
  const health = new Map<string, AccountHealthOnDay>();
  if (day >= ws.today()) {
    ensureHealthCurrent(ws);
    const wanted = new Set(accountIds);
    for (const s of listScores(ws.db.sqlite))
      if (wanted.has(s.accountId))
        health.set(s.accountId, { band: s.band as Band, score: s.score });
    return health;
  }
  const bands = bandsOn(
    ws,
    accountIds.map((accountId) => ({ accountId, day })),
  );
  for (const id of accountIds)
    health.set(id, { band: bands.get(bandKey(id, day)) ?? null, score: null });
  return health;
}

/**
 * The open expansion opportunities each renewal counts on a day, by contract id: every open
 * renewal of the accounts on that day competes, those ending before the window too.
 */
export function opportunityClaims(
  ws: Workspace,
  sources: RenewalSource[],
  day: string,
): Map<string, OpenOpportunity[]> {
  const db = ws.db.sqlite;
  const windowStart = sources.reduce(
    (min, s) => (s.contract.endDate < min ? s.contract.endDate : min),
    sources[0]?.contract.endDate ?? day,
  );
  const latestEnd = sources.reduce(
    (max, s) => (s.contract.endDate > max ? s.contract.endDate : max),
    '',
  );
  // Only opportunities a renewal of the window can reach; an earlier open renewal competes for
  // one only if it ends no more than 90 days before the opportunity closes.
  const opportunities = loadOpenOpportunities(db, [
    ...new Set(sources.map((s) => s.contract.accountId)),
  ]).filter((o) => o.expectedClose <= addDays(latestEnd, OPPORTUNITY_REACH_DAYS));
  if (opportunities.length === 0) return new Map();
  const earliestClose = opportunities.reduce(
    (min, o) => (o.expectedClose < min ? o.expectedClose : min),
    opportunities[0]?.expectedClose ?? day,
  );
  const byContract = new Map(sources.map((s) => [s.contract.id, s]));
  for (const s of loadAccountRenewalSources(
    db,
    [...new Set(opportunities.map((o) => o.accountId))],
    addDays(earliestClose, -OPPORTUNITY_REACH_DAYS),
    windowStart,
  ))
    if (!byContract.has(s.contract.id)) byContract.set(s.contract.id, s);
  const open = [...byContract.values()]
    .filter((s) => knownOn(s, day) && termsOn(s, day).terms.outcome === 'open')
    .map((s) => ({
      contractId: s.contract.id,
      accountId: s.contract.accountId,
      currency: s.contract.currency,
      endDate: s.contract.endDate,
    }));
  return assignOpportunities(opportunities, open);
}

export function forecastRowOn(
  source: RenewalSource,
  day: string,
  health: AccountHealthOnDay | undefined,
  probabilities: Probabilities,
  opportunities: OpenOpportunity[] = [],
): RenewalRowView {
  const { contract } = source;
  const { terms, last } = termsOn(source, day);
  const band = health?.band ?? null;
  const systemProbability = probabilityFor(probabilities, band);
  const figures = forecastRenewal(terms, { band, probability: systemProbability }, opportunities);
  const lastEntry = last ? source.changes.find((c) => c.id === last.id) : undefined;
  // The renewal record existed by then if a change of it was made, or it was made, by that day.
  const recorded =
    last !== null || (source.renewal !== null && source.renewal.createdAt.slice(0, 10) <= day);
  return {
    ...terms,
    ...figures,
    contractId: contract.id,
    renewalId: recorded ? (source.renewal?.id ?? source.changes[0]?.renewalId ?? null) : null,
    accountId: contract.accountId,
    accountName: contract.accountName,
    owner: contract.owner,
    segment: contract.segment as Segment,
    region: contract.region,
    currency: contract.currency,
    startDate: contract.startDate,
    endDate: contract.endDate,
    daysToEnd: daysBetween(day, contract.endDate),
    band,
    score: health?.score ?? null,
    systemProbability,
    overdue: terms.outcome === 'open' && contract.endDate <= day,
    lastChange: lastEntry
      ? { at: hlcIso(lastEntry.at), author: lastEntry.author, kind: lastEntry.kind }
      : null,
  };
}

/** The rows of the given renewals that were known on `day`, as they stood then. */
export function forecastRows(
  ws: Workspace,
  sources: RenewalSource[],
  day: string,
  probabilities: Probabilities,
): RenewalRowView[] {
  const known = sources.filter((s) => knownOn(s, day));
  const health = healthOn(ws, [...new Set(known.map((s) => s.contract.accountId))], day);
  const claims = opportunityClaims(ws, known, day);
  return known.map((s) =>
    forecastRowOn(
      s,
      day,
      health.get(s.contract.accountId),
      probabilities,
      claims.get(s.contract.id),
    ),
  );
}

/** The same on several past days, with the bands of all of them looked up at once. */
export function forecastRowsOnDays(
  ws: Workspace,
  sources: RenewalSource[],
  days: string[],
  history: ProbabilityHistory,
): Map<string, RenewalRowView[]> {
  const knownByDay = new Map(days.map((day) => [day, sources.filter((s) => knownOn(s, day))]));
  const bands = bandsOn(
    ws,
    [...knownByDay].flatMap(([day, known]) =>
      [...new Set(known.map((s) => s.contract.accountId))].map((accountId) => ({ accountId, day })),
    ),
  );
  return new Map(
    [...knownByDay].map(([day, known]) => {
      const claims = opportunityClaims(ws, known, day);
      return [
        day,
        known.map((s) =>
          forecastRowOn(
            s,
            day,
            { band: bands.get(bandKey(s.contract.accountId, day)) ?? null, score: null },
            history.on(day),
            claims.get(s.contract.id),
          ),
        ),
      ];
    }),
  );
}
