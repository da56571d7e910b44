/**
 * Health on a past day (DESIGN.md §4 "Which accounts, which day"): every input as it stood at the
 * end of the day, which accounts are scored, the onboarding proportions, seats of every contract
 * in force and exact half-up rounding.
 */
import { describe, expect, it } from 'vitest';
import type { AccountSignals } from './accountSignals';
import { DEFAULT_SCORECARD, onboardingProfile } from './defaultScorecard';
import { computeHealth, roundHalfUp, type HealthResult } from './healthScore';
import type { MeasureId } from './scorecard';
import { scoringOn } from './scoredOn';
import { accountSignals, contractSignal } from './signalsFixture';

const contract = contractSignal;
const signals = accountSignals;

const measure = (r: HealthResult, id: MeasureId) =>
  r.groups.flatMap((g) => g.measures).find((m) => m.id === id)!;
const on = (s: AccountSignals, day: string, id: MeasureId) =>
  measure(computeHealth(s, day, DEFAULT_SCORECARD), id);

describe('inputs as they stood at the end of the day', () => {
  it('no executive met says the same since-day however far back the touchpoints were read', () => {
    const read = (since: string) =>
      signals({
        stakeholders: [
          { id: 'sponsor', role: 'executive_sponsor', status: 'active', departedDate: '' },
        ],
        touchpoints: [{ date: '2026-10-01', attendeeIds: ['someone-else'] }],
        touchpointsSince: since,
      });
    const day = '2026-11-22';
    const month = on(read('2026-04-26'), day, 'daysSinceExecutiveTouchpoint');
    const dayOnly = on(read('2026-05-26'), day, 'daysSinceExecutiveTouchpoint');
    expect(month).toEqual(dayOnly);
    expect(month.inputs).toEqual({ days: null, since: '2026-05-26' });
    expect(month.points).toBe(0);
  });

  it('a ticket opened later did not exist; one closed later was still open', () => {
    const s = signals({
      tickets: [
        { severity: 'P1', status: 'closed', openedDate: '2026-10-01', closedDate: '2026-10-20' },
        { severity: 'P2', status: 'open', openedDate: '2026-10-15', closedDate: '' },
      ],
    });
    expect(on(s, '2026-09-30', 'openTickets').points).toBe(100); // neither opened yet
    expect(on(s, '2026-10-10', 'openTickets').points).toBe(75); // the P1 only
    expect(on(s, '2026-10-19', 'openTickets').points).toBe(65); // P1 and P2
    expect(on(s, '2026-10-20', 'openTickets').points).toBe(90); // P1 closed that day
    // Closed with no date: closed on every day.
    const undated = signals({
      tickets: [{ severity: 'P1', status: 'closed', openedDate: '2026-10-01', closedDate: '' }],
    });
    expect(on(undated, '2026-10-10', 'openTickets').points).toBe(100);
  });

  it('a champion who departed later was active; the departure counts from its day', () => {
    const s = signals({
      stakeholders: [
        { id: 'c', role: 'champion', status: 'departed', departedDate: '2026-11-01' },
        { id: 'b', role: 'economic_buyer', status: 'departed', departedDate: '2026-11-01' },
      ],
    });
    expect(on(s, '2026-10-31', 'activeChampion').points).toBe(100);
    expect(on(s, '2026-10-31', 'economicBuyerKnown').points).toBe(100);
    expect(on(s, '2026-11-01', 'activeChampion').points).toBe(0);
    expect(on(s, '2026-11-01', 'economicBuyerKnown').points).toBe(0);
  });

  it('a milestone completed later was not done', () => {
    const s = signals({
      milestones: [
        { dueDate: '2026-09-01', status: 'done', completedDate: '2026-10-15', onboarding: false },
        { dueDate: '2026-09-15', status: 'done', completedDate: '2026-09-10', onboarding: false },
      ],
    });
    expect(on(s, '2026-10-01', 'milestonesOnTrack')).toMatchObject({
      points: 50,
      inputs: { done: 1, due: 2 },
    });
    expect(on(s, '2026-10-15', 'milestonesOnTrack').points).toBe(100);
  });

  it('a touchpoint scheduled after the day is never the last touchpoint', () => {
    const s = signals({
      touchpoints: [
        { date: '2026-09-01', attendeeIds: [] },
        { date: '2026-12-20', attendeeIds: [] },
      ],
      lastTouchpointDate: '2026-09-01',
    });
    expect(on(s, '2026-10-01', 'daysSinceTouchpoint').inputs).toEqual({ days: 30 });
    // Read for a later day, the last of all (after the day) does not count: the list decides.
    const later = { ...s, lastTouchpointDate: '2026-12-20' };
    expect(on(later, '2026-10-01', 'daysSinceTouchpoint').inputs).toEqual({ days: 30 });
  });

  it('surveys, usage and pulses dated after the day do not exist yet', () => {
    const s = signals({
      contracts: [contract({ seats: 10 })],
      surveys: [{ kind: 'nps', score: 0, date: '2026-11-02' }],
      usage: [{ date: '2026-11-02', activeUsers: 10, licensedSeats: 10, modulesInUse: [] }],
      pulses: [{ stars: 1, date: '2026-11-02' }],
    });
    expect(on(s, '2026-11-01', 'nps').points).toBeNull();
    expect(on(s, '2026-11-01', 'licenseUtilisation').points).toBeNull();
    expect(on(s, '2026-11-01', 'csmPulse').points).toBeNull();
    expect(on(s, '2026-11-02', 'nps').points).toBe(0);
  });
});

describe('seats of every contract in force', () => {
  it('adds the add-ons in force and their modules; ended and future ones do not count', () => {
    const s = signals({
      contracts: [
        contract({ seats: 50, modules: ['a'] }),
        contract({ startDate: '2026-06-01', seats: 30, modules: ['b'] }), // add-on
        contract({ startDate: '2024-01-01', endDate: '2025-01-01', seats: 500 }), // ended
        contract({ startDate: '2027-01-01', seats: 900, modules: ['z'] }), // not started
        contract({ seats: 400, status: 'cancelled' }),
      ],
      usage: [{ date: '2026-11-20', activeUsers: 40, licensedSeats: 50, modulesInUse: ['a', 'b'] }],
    });
    expect(on(s, '2026-11-22', 'licenseUtilisation')).toMatchObject({
      points: 62.5, // 40 of 80 = 50 % → 62.5 of 100 (full at 80 %)
      inputs: { activeUsers: 40, seats: 80 },
    });
    expect(on(s, '2026-11-22', 'moduleAdoption').inputs).toMatchObject({ inUse: 2, purchased: 2 });
    // Before the add-on started only the first contract's 50 seats count.
    const before = signals({
      ...s,
      usage: [{ date: '2026-05-20', activeUsers: 40, licensedSeats: 50, modulesInUse: [] }],
    });
    expect(on(before, '2026-05-25', 'licenseUtilisation').inputs).toMatchObject({ seats: 50 });
  });
});

describe('onboarding profile', () => {
  it('gives outcomes 30 and the other groups the remaining 70 in their default proportions', () => {
    const weights = Object.fromEntries(
      onboardingProfile(DEFAULT_SCORECARD).groups.map((g) => [g.id, g.weight]),
    );
    expect(weights.outcomes).toBe(30);
    // The other defaults sum to 90: adoption 30 → 30 × 70 / 90.
    expect(weights.adoption).toBeCloseTo((30 * 70) / 90, 12);
    expect(weights.engagement).toBeCloseTo((15 * 70) / 90, 12);
    expect(weights.sentiment).toBeCloseTo((20 * 70) / 90, 12);
    expect(weights.support).toBeCloseTo((10 * 70) / 90, 12);
    expect(weights.relationship).toBeCloseTo((10 * 70) / 90, 12);
    expect(weights.csmPulse).toBeCloseTo((5 * 70) / 90, 12);
    const total = Object.values(weights).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(100, 12);
  });
});

describe('rounding', () => {
  it('rounds an exact half up even when floating point lands a hair below it', () => {
    // 57.5 computed as 0.575 × 100 comes out as 57.49999999999999: Math.round gives 57.
    expect(0.575 * 100).toBeLessThan(57.5);
    expect(Math.round(0.575 * 100)).toBe(57);
    expect(roundHalfUp(0.575 * 100)).toBe(58);
    expect(roundHalfUp(8407.5 / 95)).toBe(89);
    expect(roundHalfUp(88.49)).toBe(88);
    expect(roundHalfUp(74.5)).toBe(75);
  });

  it('scores an account whose weighted mean is exactly x.5 one point up', () => {
    // Only support (10) and outcomes (10) present: support 100 − 3 = 97, outcomes 80 (4 of 5)
    // → (97 + 80) / 2 = 88.5 → 89.
    const s = signals({
      tickets: [{ severity: 'P3', status: 'open', openedDate: '2026-01-01', closedDate: '' }],
      milestones: Array.from({ length: 5 }, (_, i) => ({
        dueDate: `2026-0${i + 1}-01`,
        status: i < 4 ? 'done' : 'planned',
        completedDate: i < 4 ? `2026-0${i + 1}-01` : '',
        onboarding: false,
      })),
    });
    const card = {
      version: 1,
      groups: DEFAULT_SCORECARD.groups.filter((g) => g.id === 'support' || g.id === 'outcomes'),
    };
    expect(computeHealth(s, '2026-11-22', card).score).toBe(89);
  });
});

describe('which accounts are scored on a day', () => {
  const c = contract({ startDate: '2026-01-01', endDate: '2026-10-01' });
  it('scores while a contract is in force', () => {
    expect(scoringOn([c], '2026-01-01')).toEqual({ scored: true });
    expect(scoringOn([c], '2026-09-30')).toEqual({ scored: true });
  });
  it('has no score before the first contract, without one, or with only cancelled ones', () => {
    expect(scoringOn([c], '2025-12-31')).toEqual({ scored: false, reason: 'not_started' });
    expect(scoringOn([], '2026-05-01')).toEqual({ scored: false, reason: 'no_contract' });
    expect(scoringOn([{ ...c, status: 'cancelled' }], '2026-05-01')).toEqual({
      scored: false,
      reason: 'no_contract',
    });
  });
  it('keeps scoring an overdue renewal for 90 days while it is open', () => {
    expect(scoringOn([c], '2026-10-01')).toEqual({ scored: true });
    expect(scoringOn([c], '2026-12-29')).toEqual({ scored: true }); // 89 days after the end
    expect(scoringOn([c], '2026-12-30')).toEqual({ scored: false, reason: 'lapsed' });
    // Closed on 2026-10-15: scored until then, not after.
    const closed = { ...c, renewalClosed: '2026-10-15' };
    expect(scoringOn([closed], '2026-10-14')).toEqual({ scored: true });
    expect(scoringOn([closed], '2026-10-15')).toEqual({ scored: false, reason: 'lapsed' });
    expect(scoringOn([{ ...c, renewalClosed: '' }], '2026-10-02').scored).toBe(false);
  });
  it('never scores an account whose stage is set to churned', () => {
    expect(scoringOn([c], '2026-05-01', 'churned')).toEqual({ scored: false, reason: 'churned' });
    expect(scoringOn([c], '2026-05-01', 'steady')).toEqual({ scored: true });
  });
});
