/**
 * Health scorecards (DESIGN.md §4): weighted groups of weighted measures, each measure with the
 * thresholds where it scores 100 and 0. A CS leader's edit makes a new version; scores record
 * the version they were computed with.
 */
import type { Band, GroupId, MeasureId } from '../../shared/domain/healthEnums';

export { GROUP_IDS, MEASURE_IDS } from '../../shared/domain/healthEnums';
export type { Band, GroupId, MeasureId } from '../../shared/domain/healthEnums';

export interface MeasureDef {
  id: MeasureId;
  /** Share of its group, in percent; the shares of a group sum to 100. */
  share: number;
  /** Where the measure's input scores 100 and 0 (linear between); unused by scored inputs. */
  full?: number;
  zero?: number;
}

export interface GroupDef {
  id: GroupId;
  /** Weight in percent; the groups' weights sum to 100. */
  weight: number;
  measures: MeasureDef[];
}

export interface Scorecard {
  version: number;
  groups: GroupDef[];
}

export function bandOf(score: number): Band {
  return score < 50 ? 'red' : score < 75 ? 'yellow' : 'green';
}

/** Points between two thresholds, linear, clamped to 0–100; `full` may lie above or below `zero`. */
export function linearPoints(value: number, full: number, zero: number): number {
  if (full === zero) return value >= full ? 100 : 0;
  // Scaled before dividing, so a third of the way is exactly 100 / 3.
  const points = ((value - zero) * 100) / (full - zero);
  return Math.min(100, Math.max(0, points));
}

/** Why a scorecard cannot be saved, or null when it can. */
export function scorecardProblem(scorecard: Scorecard): string | null {
  const total = scorecard.groups.reduce((sum, g) => sum + g.weight, 0);
  if (Math.abs(total - 100) > 1e-9) return `group weights sum to ${total}, not 100`;
  for (const group of scorecard.groups) {
    if (group.weight < 0) return `${group.id} has a negative weight`;
    const shares = group.measures.reduce((sum, m) => sum + m.share, 0);
    if (Math.abs(shares - 100) > 1e-9)
      return `the measures of ${group.id} sum to ${shares}, not 100`;
    for (const m of group.measures) if (m.share < 0) return `${m.id} has a negative share`;
  }
  return null;
}
