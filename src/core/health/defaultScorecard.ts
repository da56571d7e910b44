/** The default scorecard of DESIGN.md §4 and the onboarding profile (first 90 days). */
import type { GroupDef, Scorecard } from './scorecard';

export const DEFAULT_GROUPS: GroupDef[] = [
  {
    id: 'adoption',
    weight: 30,
    measures: [
      { id: 'licenseUtilisation', share: 60, full: 0.8, zero: 0 },
      { id: 'moduleAdoption', share: 20, full: 1, zero: 0 },
      { id: 'usageTrend', share: 20, full: 1, zero: 0.5 },
    ],
  },
  {
    id: 'engagement',
    weight: 15,
    measures: [
      { id: 'daysSinceTouchpoint', share: 60, full: 14, zero: 90 },
      { id: 'daysSinceExecutiveTouchpoint', share: 40, full: 90, zero: 180 },
    ],
  },
  {
    id: 'sentiment',
    weight: 20,
    measures: [
      { id: 'nps', share: 50 },
      { id: 'csat', share: 30 },
      { id: 'ces', share: 20 },
    ],
  },
  { id: 'support', weight: 10, measures: [{ id: 'openTickets', share: 100 }] },
  {
    id: 'relationship',
    weight: 10,
    measures: [
      { id: 'activeChampion', share: 50 },
      { id: 'economicBuyerKnown', share: 25 },
      { id: 'stakeholdersMet', share: 25, full: 3, zero: 0 },
    ],
  },
  { id: 'outcomes', weight: 10, measures: [{ id: 'milestonesOnTrack', share: 100 }] },
  { id: 'csmPulse', weight: 5, measures: [{ id: 'csmPulse', share: 100 }] },
];

export const DEFAULT_SCORECARD: Scorecard = { version: 1, groups: DEFAULT_GROUPS };

/**
 * Onboarding (first 90 days after the first contract starts): outcomes — the onboarding
 * milestones — weigh 30; usage trend is missing (there is no prior month); the other groups share
 * the remaining 70 in the proportions the scorecard gives them.
 */
export const ONBOARDING_OUTCOMES_WEIGHT = 30;

export function onboardingProfile(scorecard: Scorecard): Scorecard {
  const others = scorecard.groups
    .filter((g) => g.id !== 'outcomes')
    .reduce((sum, g) => sum + g.weight, 0);
  const rest = 100 - ONBOARDING_OUTCOMES_WEIGHT;
  return {
    version: scorecard.version,
    groups: scorecard.groups.map((g) => ({
      ...g,
      weight:
        g.id === 'outcomes'
          ? ONBOARDING_OUTCOMES_WEIGHT
          : others > 0
            ? (g.weight * rest) / others
            : 0,
    })),
  };
}
