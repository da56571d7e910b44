/**
 * The health score (DESIGN.md §4): every measure's points, missing ones dropped with their
 * weight spread over the rest of their group and then across groups, the weighted mean rounded
 * to an integer, its band, and the top drivers — the measures costing the most points.
 */
import { daysBetween } from '../dates';
import { firstContractStart, type AccountSignals } from './accountSignals';
import { onboardingProfile } from './defaultScorecard';
import { MEASURES, type MeasureContext, type MeasureInputs } from './healthMeasures';
import { inForceOn } from './scoredOn';
import { bandOf, type Band, type GroupId, type MeasureId, type Scorecard } from './scorecard';

export interface MeasureResult {
  id: MeasureId;
  group: GroupId;
  points: number | null;
  /** The part of the whole score this measure carries after redistribution (0–1). */
  weight: number;
  inputs: MeasureInputs;
}

export interface GroupResult {
  id: GroupId;
  /** The group's points (0–100), or null when all its measures are missing. */
  points: number | null;
  /** The part of the whole score the group carries after redistribution (0–1). */
  weight: number;
  measures: MeasureResult[];
}

export interface HealthResult {
  score: number;
  band: Band;
  profile: 'default' | 'onboarding';
  scorecardVersion: number;
  groups: GroupResult[];
  /** Up to three measures costing the most points, most first. */
  drivers: MeasureResult[];
}

export function isOnboarding(signals: AccountSignals, asOf: string): boolean {
  const first = firstContractStart(signals.contracts);
  if (!first || first > asOf) return false;
  return daysBetween(first, asOf) < 90;
}

/**
 * Rounds half up, exactly: a weighted mean that is mathematically x.5 can come out of floating
 * point a hair below it (8407.5 / 95 → 88.49999…); anything within a billionth of a half counts
 * as the half.
 */
export function roundHalfUp(value: number): number {
  return Math.floor(value + 0.5 + 1e-9);
}

function measureContext(signals: AccountSignals, asOf: string): MeasureContext {
  let seats = 0;
  const modules = new Set<string>();
  for (const c of signals.contracts) {
    if (!inForceOn(c, asOf)) continue;
    seats += c.seats;
    for (const m of c.modules) modules.add(m);
  }
  return { signals, asOf, onboarding: isOnboarding(signals, asOf), seats, modules };
}

export function computeHealth(
  signals: AccountSignals,
  asOf: string,
  scorecard: Scorecard,
): HealthResult {
  const context = measureContext(signals, asOf);
  const onboarding = context.onboarding;
  const card = onboarding ? onboardingProfile(scorecard) : scorecard;

  const groups = card.groups.map((group) => {
    const measures = group.measures.map((def) => ({
      def,
      value: MEASURES[def.id](context, def),
    }));
    const present = measures.filter((m) => m.value.points !== null);
    const shares = present.reduce((sum, m) => sum + m.def.share, 0);
    const points =
      present.length === 0 || shares <= 0
        ? null
        : present.reduce((sum, m) => sum + m.def.share * (m.value.points ?? 0), 0) / shares;
    return { group, measures, shares, points };
  });
  const presentWeight = groups
    .filter((g) => g.points !== null)
    .reduce((sum, g) => sum + g.group.weight, 0);

  const results: GroupResult[] = groups.map(({ group, measures, shares, points }) => {
    const groupWeight = points === null || presentWeight <= 0 ? 0 : group.weight / presentWeight;
    return {
      id: group.id,
      points,
      weight: groupWeight,
      measures: measures.map(({ def, value }) => ({
        id: def.id,
        group: group.id,
        points: value.points,
        weight: value.points === null || shares <= 0 ? 0 : (groupWeight * def.share) / shares,
        inputs: value.inputs,
      })),
    };
  });

  const exact = results.reduce((sum, g) => sum + g.weight * (g.points ?? 0), 0);
  const score = Math.min(100, Math.max(0, roundHalfUp(exact)));
  const drivers = results
    .flatMap((g) => g.measures)
    .filter((m) => m.points !== null && m.points < 100 && m.weight > 0)
    .sort((a, b) => (100 - (b.points ?? 0)) * b.weight - (100 - (a.points ?? 0)) * a.weight)
    .slice(0, 3);
  return {
    score,
    band: bandOf(score),
    profile: onboarding ? 'onboarding' : 'default',
    scorecardVersion: scorecard.version,
    groups: results,
    drivers,
  };
}
