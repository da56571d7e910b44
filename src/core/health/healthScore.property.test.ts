/**
 * Properties of the health score over random signals (fast-check): always an integer 0–100 with
 * the matching band, monotone in utilisation and recency, never NaN when data goes missing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AccountSignals } from './accountSignals';
import { DEFAULT_SCORECARD } from './defaultScorecard';
import { computeHealth, healthScoreOn } from './healthScore';
import { bandOf } from './scorecard';

const AS_OF = '2026-11-22';

const day = fc.integer({ min: 0, max: 400 }).map((n) => {
  const d = new Date(Date.parse(`${AS_OF}T00:00:00Z`) - n * 86_400_000);
  return d.toISOString().slice(0, 10);
});
const signalsArb: fc.Arbitrary<AccountSignals> = fc.record({
  contracts: fc.array(
    fc.record({
      startDate: day,
      endDate: fc.oneof(day, fc.constant('2027-06-01')),
      status: fc.constantFrom('active', 'renewed', 'cancelled'),
      seats: fc.integer({ min: 0, max: 500 }),
      modules: fc.subarray(['a', 'b', 'c', 'd']),
      renewalClosed: fc.constant(null),
    }),
    { maxLength: 3 },
  ),
  usage: fc.array(
    fc.record({
      date: day,
      activeUsers: fc.integer({ min: 0, max: 600 }),
      licensedSeats: fc.integer({ min: 0, max: 500 }),
      modulesInUse: fc.subarray(['a', 'b', 'c', 'x']),
    }),
    { maxLength: 6 },
  ),
  touchpointsSince: fc.constant(''),
  lastTouchpointDate: fc.constant(''),
  touchpoints: fc.array(
    fc.record({ date: day, attendeeIds: fc.subarray(['s1', 's2', 's3', 's4']) }),
    { maxLength: 6 },
  ),
  stakeholders: fc.array(
    fc.record({
      id: fc.constantFrom('s1', 's2', 's3', 's4'),
      role: fc.constantFrom('champion', 'economic_buyer', 'executive_sponsor', 'user'),
      status: fc.constantFrom('active', 'departed'),
      departedDate: fc.oneof(fc.constant(''), day),
    }),
    { maxLength: 5 },
  ),
  surveys: fc.array(
    fc.oneof(
      fc.record({ kind: fc.constant('nps'), score: fc.integer({ min: 0, max: 10 }), date: day }),
      fc.record({ kind: fc.constant('csat'), score: fc.integer({ min: 1, max: 5 }), date: day }),
      fc.record({ kind: fc.constant('ces'), score: fc.integer({ min: 1, max: 7 }), date: day }),
    ),
    { maxLength: 6 },
  ),
  tickets: fc.array(
    fc.record({
      severity: fc.constantFrom('P1', 'P2', 'P3', 'P4'),
      status: fc.constantFrom('open', 'pending', 'closed'),
      openedDate: day,
      closedDate: fc.oneof(fc.constant(''), day),
    }),
    { maxLength: 6 },
  ),
  milestones: fc.array(
    fc.record({
      dueDate: fc.oneof(day, fc.constant('2027-03-01')),
      status: fc.constantFrom('planned', 'in_progress', 'done', 'cancelled'),
      completedDate: fc.oneof(fc.constant(''), day),
      onboarding: fc.boolean(),
    }),
    { maxLength: 5 },
  ),
  pulses: fc.array(fc.record({ stars: fc.integer({ min: 1, max: 5 }), date: day }), {
    maxLength: 2,
  }),
});

describe('health score properties', () => {
  it('is an integer in 0–100 whose band matches, whatever data is there or missing', () => {
    fc.assert(
      fc.property(signalsArb, (signals) => {
        const result = computeHealth(signals, AS_OF, DEFAULT_SCORECARD);
        expect(Number.isInteger(result.score)).toBe(true);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100);
        expect(result.band).toBe(bandOf(result.score));
        for (const m of result.groups.flatMap((g) => g.measures)) {
          expect(Number.isNaN(m.weight)).toBe(false);
          if (m.points !== null) expect(Number.isFinite(m.points)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same number alone as with its working, on any day and either profile', () => {
    fc.assert(
      fc.property(signalsArb, day, (signals, on) => {
        expect(healthScoreOn(signals, on, DEFAULT_SCORECARD)).toBe(
          computeHealth(signals, on, DEFAULT_SCORECARD).score,
        );
      }),
      { numRuns: 500 },
    );
  });

  it('never drops when utilisation rises or the last touchpoint is more recent', () => {
    fc.assert(
      fc.property(
        signalsArb,
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 1, max: 30 }),
        (signals, more, sooner) => {
          const base = computeHealth(signals, AS_OF, DEFAULT_SCORECARD).score;
          const busier = {
            ...signals,
            usage: signals.usage.map((u) =>
              u.date > '2026-10-23' ? { ...u, activeUsers: u.activeUsers + more } : u,
            ),
          };
          expect(computeHealth(busier, AS_OF, DEFAULT_SCORECARD).score).toBeGreaterThanOrEqual(
            base,
          );
          const latest = [...signals.touchpoints].sort((a, b) => (a.date < b.date ? 1 : -1))[0];
          if (latest) {
            const earlier = new Date(Date.parse(`${latest.date}T00:00:00Z`) + sooner * 86_400_000)
              .toISOString()
              .slice(0, 10);
            const recent = {
              ...signals,
              touchpoints: [
                ...signals.touchpoints,
                { date: earlier > AS_OF ? AS_OF : earlier, attendeeIds: [] },
              ],
            };
            expect(computeHealth(recent, AS_OF, DEFAULT_SCORECARD).score).toBeGreaterThanOrEqual(
              base,
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never yields NaN when a measure loses its data', () => {
    fc.assert(
      fc.property(
        signalsArb,
        fc.constantFrom<(keyof AccountSignals)[]>(
          ['usage'],
          ['surveys'],
          ['touchpoints', 'stakeholders'],
          ['milestones', 'pulses'],
          ['usage', 'surveys', 'touchpoints', 'stakeholders', 'milestones', 'tickets'],
        ),
        (signals, keys) => {
          const stripped = { ...signals };
          for (const key of keys) (stripped as Record<string, unknown>)[key] = [];
          const result = computeHealth(stripped, AS_OF, DEFAULT_SCORECARD);
          expect(Number.isNaN(result.score)).toBe(false);
          expect(result.band).toBe(bandOf(result.score));
        },
      ),
    );
  });
});
