import { describe, expect, it } from 'vitest';
import type { AccountSignals } from './accountSignals';
import { DEFAULT_SCORECARD } from './defaultScorecard';
import { computeHealth, type HealthResult } from './healthScore';
import { bandOf, scorecardProblem, type MeasureId } from './scorecard';
import { accountSignals, contractSignal } from './signalsFixture';

const AS_OF = '2026-11-22';

const contractOf = (seats = 0, modules: string[] = [], startDate = '2025-01-01') =>
  contractSignal({ seats, modules, startDate });

const empty = (
  over: Partial<AccountSignals> & { seats?: number; purchasedModules?: string[] } = {},
): AccountSignals => {
  const { seats = 0, purchasedModules = [], ...rest } = over;
  return accountSignals({ contracts: [contractOf(seats, purchasedModules)], ...rest });
};

const measure = (result: HealthResult, id: MeasureId) =>
  result.groups.flatMap((g) => g.measures).find((m) => m.id === id)!;
const points = (signals: AccountSignals, id: MeasureId) =>
  measure(computeHealth(signals, AS_OF, DEFAULT_SCORECARD), id).points;

const usage = (date: string, activeUsers: number, modulesInUse: string[] = []) => ({
  date,
  activeUsers,
  licensedSeats: 80,
  modulesInUse,
});

describe('health measures at and between their thresholds', () => {
  it('license utilisation: 100 at ≥ 80 %, 0 at 0 %, linear between', () => {
    const at = (active: number) =>
      points(empty({ seats: 100, usage: [usage('2026-11-20', active)] }), 'licenseUtilisation');
    expect([at(0), at(40), at(80), at(95)]).toEqual([0, 50, 100, 100]);
    // No usage in the last 30 days: missing, not zero.
    expect(
      points(empty({ seats: 100, usage: [usage('2026-10-01', 50)] }), 'licenseUtilisation'),
    ).toBeNull();
  });

  it('module adoption and usage trend', () => {
    const modules = empty({
      seats: 80,
      purchasedModules: ['a', 'b', 'c', 'd'],
      usage: [usage('2026-11-20', 30, ['a', 'b', 'x']), usage('2026-10-20', 40)],
    });
    expect(points(modules, 'moduleAdoption')).toBe(50);
    expect(points(modules, 'usageTrend')).toBeCloseTo(0.5 * 100, 6); // 30/40 = 0.75 → halfway
    const trend = (now: number) =>
      points(empty({ usage: [usage('2026-11-20', now), usage('2026-10-20', 100)] }), 'usageTrend');
    expect([trend(50), trend(100), trend(120), trend(40)]).toEqual([0, 100, 100, 0]);
  });

  it('engagement: days since the last touchpoint and the last executive touchpoint', () => {
    const since = (date: string) =>
      points(empty({ touchpoints: [{ date, attendeeIds: [] }] }), 'daysSinceTouchpoint');
    expect(since('2026-11-08')).toBe(100); // 14 days
    expect(since('2026-10-01')).toBeCloseTo(((90 - 52) / 76) * 100, 6); // 52 days
    expect(since('2026-08-24')).toBe(0); // 90 days
    expect(points(empty(), 'daysSinceTouchpoint')).toBe(0); // never met
    const exec = { id: 's1', role: 'executive_sponsor', status: 'active', departedDate: '' };
    const execSince = (date: string) =>
      points(
        empty({ stakeholders: [exec], touchpoints: [{ date, attendeeIds: ['s1'] }] }),
        'daysSinceExecutiveTouchpoint',
      );
    expect([execSince('2026-08-24'), execSince('2026-07-10'), execSince('2026-05-26')]).toEqual([
      100, 50, 0,
    ]);
    expect(points(empty(), 'daysSinceExecutiveTouchpoint')).toBeNull(); // no executive known
  });

  it('sentiment: NPS, CSAT and CES over their windows', () => {
    const surveys = (list: [string, number, string][]) =>
      empty({ surveys: list.map(([kind, score, date]) => ({ kind, score, date })) });
    expect(
      points(
        surveys([
          ['nps', 10, '2026-06-01'],
          ['nps', 8, '2026-09-01'],
          ['nps', 2, '2026-10-01'],
        ]),
        'nps',
      ),
    ).toBeCloseTo(160 / 3, 6);
    expect(points(surveys([['nps', 10, '2025-11-01']]), 'nps')).toBeNull(); // older than 365 days
    expect(
      points(
        surveys([
          ['csat', 5, '2026-10-01'],
          ['csat', 4, '2026-10-02'],
          ['csat', 3, '2026-10-03'],
          ['csat', 1, '2026-10-04'],
        ]),
        'csat',
      ),
    ).toBe(50);
    expect(points(surveys([['ces', 7, '2026-10-01']]), 'ces')).toBe(100);
    expect(points(surveys([['ces', 4, '2026-10-01']]), 'ces')).toBe(50);
    expect(points(surveys([['ces', 1, '2026-10-01']]), 'ces')).toBe(0);
  });

  it('support: 100 − 25 per open P1 − 10 per open P2 − 3 per other open, never below 0', () => {
    const tickets = (list: [string, string][]) =>
      empty({
        tickets: list.map(([severity, status]) => ({
          severity,
          status,
          openedDate: '2026-10-01',
          closedDate: status === 'closed' ? '2026-10-05' : '',
        })),
      });
    expect(points(tickets([]), 'openTickets')).toBe(100);
    expect(
      points(
        tickets([
          ['P1', 'open'],
          ['P2', 'pending'],
          ['P4', 'open'],
          ['P1', 'closed'],
        ]),
        'openTickets',
      ),
    ).toBe(62);
    expect(
      points(
        tickets(Array.from({ length: 5 }, () => ['P1', 'open'] as [string, string])),
        'openTickets',
      ),
    ).toBe(0);
  });

  it('relationship: champion (0 when one departed in 90 days), economic buyer, three people met', () => {
    const champion = { id: 'c', role: 'champion', status: 'active', departedDate: '' };
    const gone = { id: 'g', role: 'champion', status: 'departed', departedDate: '2026-10-01' };
    const buyer = { id: 'b', role: 'economic_buyer', status: 'active', departedDate: '' };
    expect(points(empty({ stakeholders: [champion] }), 'activeChampion')).toBe(100);
    expect(points(empty({ stakeholders: [champion, gone] }), 'activeChampion')).toBe(0);
    expect(
      points(
        empty({ stakeholders: [champion, { ...gone, departedDate: '2026-05-01' }] }),
        'activeChampion',
      ),
    ).toBe(100);
    expect(points(empty({ stakeholders: [buyer] }), 'economicBuyerKnown')).toBe(100);
    expect(
      points(empty({ stakeholders: [{ ...buyer, status: 'departed' }] }), 'economicBuyerKnown'),
    ).toBe(0);
    const met = (ids: string[]) =>
      points(
        empty({
          stakeholders: [champion, buyer, { ...buyer, id: 'x' }],
          touchpoints: [{ date: '2026-11-01', attendeeIds: ids }],
        }),
        'stakeholdersMet',
      );
    // Linear from 0 met (0) to 3 met (100), as the scorecard page shows it.
    expect([met([]), met(['c'])]).toEqual([0, 100 / 3]);
    expect([met(['c', 'b']), met(['c', 'b', 'x'])]).toEqual([200 / 3, 100]);
  });

  it('outcomes and the CSM pulse (expiring after 60 days)', () => {
    const m = (dueDate: string, status: string) => ({
      dueDate,
      status,
      completedDate: status === 'done' ? dueDate : '',
      onboarding: false,
    });
    expect(
      points(
        empty({
          milestones: [
            m('2026-10-01', 'done'),
            m('2026-11-01', 'planned'),
            m('2027-01-01', 'planned'),
            m('2026-09-01', 'cancelled'),
          ],
        }),
        'milestonesOnTrack',
      ),
    ).toBe(50);
    expect(
      points(empty({ milestones: [m('2027-01-01', 'planned')] }), 'milestonesOnTrack'),
    ).toBeNull();
    const pulse = (stars: number, date: string) => empty({ pulses: [{ stars, date }] });
    expect(points(pulse(4, '2026-11-01'), 'csmPulse')).toBe(75);
    expect(points(pulse(1, '2026-11-01'), 'csmPulse')).toBe(0);
    expect(points(pulse(5, '2026-09-01'), 'csmPulse')).toBeNull();
    // At most 60 days old still counts; 61 does not.
    expect(points(pulse(5, '2026-09-23'), 'csmPulse')).toBe(100);
    expect(points(pulse(5, '2026-09-22'), 'csmPulse')).toBeNull();
  });
});

describe('health score', () => {
  it('matches a worked example computed by hand from DESIGN.md §4', () => {
    // Adoption: 31 of 80 seats (48.4375), 2 of 4 modules (50), 31 vs 40 users (55) → 50.0625.
    // Engagement: last touchpoint 22 days ago (89.4737), executive 135 days ago (50) → 73.6842.
    // Sentiment: NPS 10, 7, 3 (100, 60, 0 → 53.33), no CSAT, CES 5 and 6 (75) → 59.5238.
    // Support: one open P2 and two open P3 → 84. Relationship: champion yes (50), economic
    // buyer departed (0), one person met (1/3 of 25) → 58.33. Outcomes: 2 of 3 due done → 66.67.
    // CSM pulse missing: its 5 points spread over the other 95.
    // (30×50.0625 + 15×73.6842 + 20×59.5238 + 10×84 + 10×58.33 + 10×66.667) / 95 = 61.975 → 62.
    const signals = empty({
      seats: 80,
      purchasedModules: ['a', 'b', 'c', 'd'],
      usage: [usage('2026-11-20', 31, ['a', 'b']), usage('2026-10-20', 40, ['a'])],
      touchpoints: [
        { date: '2026-10-31', attendeeIds: ['s1'] },
        { date: '2026-07-10', attendeeIds: ['s2'] },
      ],
      stakeholders: [
        { id: 's1', role: 'champion', status: 'active', departedDate: '' },
        { id: 's2', role: 'executive_sponsor', status: 'active', departedDate: '' },
        { id: 's3', role: 'economic_buyer', status: 'departed', departedDate: '2025-01-01' },
      ],
      surveys: [
        { kind: 'nps', score: 10, date: '2026-06-01' },
        { kind: 'nps', score: 7, date: '2026-09-01' },
        { kind: 'nps', score: 3, date: '2026-10-01' },
        { kind: 'ces', score: 5, date: '2026-10-10' },
        { kind: 'ces', score: 6, date: '2026-11-01' },
      ],
      tickets: [
        { severity: 'P2', status: 'open', openedDate: '2026-11-01', closedDate: '' },
        { severity: 'P3', status: 'open', openedDate: '2026-11-02', closedDate: '' },
        { severity: 'P3', status: 'pending', openedDate: '2026-11-03', closedDate: '' },
        { severity: 'P1', status: 'closed', openedDate: '2026-10-01', closedDate: '2026-10-03' },
      ],
      milestones: [
        { dueDate: '2026-06-01', status: 'done', completedDate: '2026-06-01', onboarding: false },
        { dueDate: '2026-09-01', status: 'done', completedDate: '2026-08-20', onboarding: false },
        { dueDate: '2026-11-01', status: 'in_progress', completedDate: '', onboarding: false },
        { dueDate: '2027-02-01', status: 'planned', completedDate: '', onboarding: false },
      ],
    });
    const result = computeHealth(signals, AS_OF, DEFAULT_SCORECARD);
    const group = (id: string) => result.groups.find((g) => g.id === id)!;
    expect(group('adoption').points).toBeCloseTo(50.0625, 4);
    expect(group('engagement').points).toBeCloseTo(73.6842, 4);
    expect(group('sentiment').points).toBeCloseTo(59.5238, 4);
    expect(group('support').points).toBe(84);
    expect(group('relationship').points).toBeCloseTo(50 + 25 / 3, 9);
    expect(group('outcomes').points).toBeCloseTo(66.6667, 4);
    expect(group('csmPulse').points).toBeNull();
    expect(group('adoption').weight).toBeCloseTo(30 / 95, 9);
    expect(result).toMatchObject({
      score: 62,
      band: 'yellow',
      profile: 'default',
      scorecardVersion: 1,
    });
    // Top drivers: the largest (100 − points) × effective weight — utilisation 51.56 × 18/95
    // = 9.77, NPS 46.67 × (20/95 × 50/70) = 7.02, milestones 33.33 × 10/95 = 3.51 (next: modules
    // and the executive touchpoint at 3.16).
    expect(result.drivers.map((d) => d.id)).toEqual([
      'licenseUtilisation',
      'nps',
      'milestonesOnTrack',
    ]);
    expect(measure(result, 'licenseUtilisation').inputs).toEqual({
      activeUsers: 31,
      seats: 80,
      ratio: 0.3875,
    });
  });

  it('spreads a missing measure within its group, then a missing group across groups', () => {
    const onlyNps = computeHealth(
      empty({ surveys: [{ kind: 'nps', score: 10, date: '2026-11-01' }] }),
      AS_OF,
      DEFAULT_SCORECARD,
    );
    const sentiment = onlyNps.groups.find((g) => g.id === 'sentiment')!;
    expect(sentiment.points).toBe(100);
    expect(measure(onlyNps, 'nps').weight).toBeCloseTo(sentiment.weight, 12);
    const weights = onlyNps.groups.flatMap((g) => g.measures).reduce((sum, m) => sum + m.weight, 0);
    expect(weights).toBeCloseTo(1, 12);
  });

  it('uses the onboarding profile in the first 90 days: outcomes weigh 30, no usage trend', () => {
    const signals = empty({
      contracts: [contractOf(0, [], '2026-10-01')],
      usage: [usage('2026-11-20', 10), usage('2026-10-20', 40)],
      milestones: [
        { dueDate: '2026-11-01', status: 'done', completedDate: '2026-11-01', onboarding: true },
        { dueDate: '2026-11-10', status: 'planned', completedDate: '', onboarding: false },
      ],
    });
    const result = computeHealth(signals, AS_OF, DEFAULT_SCORECARD);
    expect(result.profile).toBe('onboarding');
    expect(measure(result, 'usageTrend').points).toBeNull();
    expect(measure(result, 'milestonesOnTrack').points).toBe(100); // onboarding milestones only
    expect(computeHealth(signals, '2027-01-15', DEFAULT_SCORECARD).profile).toBe('default');
  });

  it('keeps the default scorecard valid and bands at 50 and 75', () => {
    expect(scorecardProblem(DEFAULT_SCORECARD)).toBeNull();
    expect([bandOf(0), bandOf(49), bandOf(50), bandOf(74), bandOf(75), bandOf(100)]).toEqual([
      'red',
      'red',
      'yellow',
      'yellow',
      'green',
      'green',
    ]);
  });
});
