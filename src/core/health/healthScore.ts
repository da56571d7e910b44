/**
 * The health score (DESIGN.md §4): every measure's points, missing ones dropped with their
 * weight spread over the rest of their group and then across groups, the weighted mean rounded
 * to an integer, its band, and the top drivers — the measures costing the most points.
 */
import { daysBetween } from '../dates';
import { firstContractStart, type AccountSignals } from './accountSignals';
import { onboardingProfile } from './defaultScorecard';
import {
  MEASURES,
  type MeasureContext,
  type MeasureInputs,
  type MeasureValue,
} from './healthMeasures';
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

/** The onboarding profile of each scorecard, worked out once. */
const onboardingCards = new WeakMap<Scorecard, Scorecard>();
function onboardingCard(scorecard: Scorecard): Scorecard {
  let card = onboardingCards.get(scorecard);
  if (!card) onboardingCards.set(scorecard, (card = onboardingProfile(scorecard)));
  return card;
}

/** How many points a measure costs the score: what the top drivers are ranked by. */
const cost = (m: MeasureResult) => (100 - (m.points ?? 0)) * m.weight;

/** Every measure's value and each group's points on the day: what the score is made of. */
interface Points {
  card: Scorecard;
  onboarding: boolean;
  values: MeasureValue[][];
  /** Per group, the shares of its measures that are not missing, and its points. */
  shares: number[];
  points: (number | null)[];
  /** The weight of the groups that are not missing. */
  presentWeight: number;
}

function pointsOf(signals: AccountSignals, asOf: string, scorecard: Scorecard): Points {
  const context = measureContext(signals, asOf);
  const onboarding = context.onboarding;
  const card = onboarding ? onboardingCard(scorecard) : scorecard;
  // Each group's points: the share-weighted mean of its measures that are not missing.
  const values: MeasureValue[][] = [];
  const shares: number[] = [];
  const points: (number | null)[] = [];
  let presentWeight = 0;
  for (const group of card.groups) {
    const own: MeasureValue[] = [];
    let present = 0;
    let share = 0;
    let sum = 0;
    for (const def of group.measures) {
      const value = MEASURES[def.id](context, def);
      own.push(value);
      if (value.points === null) continue;
      present++;
      share += def.share;
      sum += def.share * value.points;
    }
    const groupPoints = present === 0 || share <= 0 ? null : sum / share;
    values.push(own);
    shares.push(share);
    points.push(groupPoints);
    if (groupPoints !== null) presentWeight += group.weight;
  }
  return { card, onboarding, values, shares, points, presentWeight };
}

const groupWeight = (p: Points, g: number, weight: number) =>
  p.points[g] === null || p.presentWeight <= 0 ? 0 : weight / p.presentWeight;

const finalScore = (exact: number) => Math.min(100, Math.max(0, roundHalfUp(exact)));

/**
 * The score alone, for a day whose working nobody reads (the trend's day, past bands): the same
 * computation as `computeHealth`, without building the working.
 */
export function healthScoreOn(signals: AccountSignals, asOf: string, scorecard: Scorecard): number {
  const p = pointsOf(signals, asOf, scorecard);
  let exact = 0;
  p.card.groups.forEach((group, g) => {
    exact += groupWeight(p, g, group.weight) * (p.points[g] ?? 0);
  });
  return finalScore(exact);
}

export function computeHealth(
  signals: AccountSignals,
  asOf: string,
  scorecard: Scorecard,
): HealthResult {
  const p = pointsOf(signals, asOf, scorecard);
  const { card, onboarding } = p;

  // Weights spread over what is present; the top drivers ranked as they are built (ties keep
  // the scorecard's order).
  const groups: GroupResult[] = [];
  const drivers: MeasureResult[] = [];
  let exact = 0;
  card.groups.forEach((group, g) => {
    const groupPoints = p.points[g] ?? null;
    const share = p.shares[g] ?? 0;
    const own = p.values[g] ?? [];
    const weight = groupWeight(p, g, group.weight);
    const measures = group.measures.map((def, k): MeasureResult => {
      const value = own[k] ?? { points: null, inputs: {} };
      const result: MeasureResult = {
        id: def.id,
        group: group.id,
        points: value.points,
        weight: value.points === null || share <= 0 ? 0 : (weight * def.share) / share,
        inputs: value.inputs,
      };
      if (result.points !== null && result.points < 100 && result.weight > 0) {
        let at = drivers.length;
        while (at > 0 && cost(drivers[at - 1]!) < cost(result)) at--;
        if (at < 3) drivers.splice(at, 0, result);
        if (drivers.length > 3) drivers.pop();
      }
      return result;
    });
    groups.push({ id: group.id, points: groupPoints, weight, measures });
    exact += weight * (groupPoints ?? 0);
  });

  const score = finalScore(exact);
  return {
    score,
    band: bandOf(score),
    profile: onboarding ? 'onboarding' : 'default',
    scorecardVersion: scorecard.version,
    groups,
    drivers,
  };
}
