import { describe, expect, it } from 'vitest';
import type { AlertType } from '../../shared/domain/healthEnums';
import type { AccountSignals } from '../health/accountSignals';
import { DEFAULT_SCORECARD } from '../health/defaultScorecard';
import { computeHealth } from '../health/healthScore';
import { ALERT_PLAYS } from './alertPlays';
import { ALERT_RULES, evaluateAlerts, type AlertContext } from './alertRules';
import { alertStatus, type AlertDecision } from './alertState';

const AS_OF = '2026-11-22';

/** A healthy account met yesterday: no rule holds for it. */
const signals = (over: Partial<AccountSignals> = {}): AccountSignals => ({
  contracts: [
    {
      startDate: '2025-01-01',
      endDate: '2027-06-01',
      status: 'active',
      seats: 10,
      modules: ['a'],
      renewalClosed: null,
    },
  ],
  usage: [
    { date: '2026-11-20', activeUsers: 9, licensedSeats: 10, modulesInUse: ['a'] },
    { date: '2026-10-20', activeUsers: 9, licensedSeats: 10, modulesInUse: ['a'] },
  ],
  touchpoints: [{ date: '2026-11-21', attendeeIds: ['c'] }],
  touchpointsSince: '',
  lastTouchpointDate: '2026-11-21',
  stakeholders: [{ id: 'c', role: 'champion', status: 'active', departedDate: '', name: 'Ann' }],
  surveys: [],
  tickets: [],
  milestones: [],
  pulses: [],
  ...over,
});

const context = (
  s: AccountSignals,
  over: Partial<Omit<AlertContext, 'signals' | 'health'>> & { score?: number } = {},
): AlertContext => {
  const health = computeHealth(s, AS_OF, DEFAULT_SCORECARD);
  if (over.score !== undefined) {
    health.score = over.score;
    health.band = over.score < 50 ? 'red' : over.score < 75 ? 'yellow' : 'green';
  }
  return {
    asOf: AS_OF,
    signals: s,
    health,
    scoreBefore: null,
    bandBefore: null,
    renewalDue: null,
    firing: new Set(),
    ...over,
  };
};

const fired = (ctx: AlertContext) => evaluateAlerts(ctx).map((f) => f.type);
const rule = (type: AlertType, ctx: AlertContext) => ALERT_RULES[type](ctx);

describe('alert rules', () => {
  it('fire for nothing on a healthy, recently met account', () => {
    expect(fired(context(signals()))).toEqual([]);
  });

  it('open P1 ticket: fires while a P1 is not closed, from the day it was opened', () => {
    const open = { severity: 'P1', status: 'open', openedDate: '2026-11-18', closedDate: '' };
    expect(rule('open_p1_ticket', context(signals({ tickets: [open] })))).toMatchObject({
      severity: 'high',
      facts: { count: 1 },
      since: '2026-11-18',
    });
    expect(
      rule('open_p1_ticket', context(signals({ tickets: [{ ...open, severity: 'P2' }] }))),
    ).toBeNull();
    // Closed by the day: no alert. Closed after it, or opened after it: as the day stood.
    const closed = { ...open, status: 'closed', closedDate: '2026-11-20' };
    expect(rule('open_p1_ticket', context(signals({ tickets: [closed] })))).toBeNull();
    expect(
      rule(
        'open_p1_ticket',
        context(signals({ tickets: [{ ...closed, closedDate: '2026-11-25' }] })),
      ),
    ).toMatchObject({ facts: { count: 1 } });
    expect(
      rule(
        'open_p1_ticket',
        context(signals({ tickets: [{ ...open, openedDate: '2026-11-23' }] })),
      ),
    ).toBeNull();
  });

  it('turned red: fires on a move into red, stays while red, clears when it recovers', () => {
    expect(
      rule('turned_red', context(signals(), { score: 45, bandBefore: 'yellow' })),
    ).toMatchObject({
      severity: 'high',
      facts: { score: 45, before: 'yellow' },
    });
    // Red a month ago too: not news, unless it was already firing.
    expect(rule('turned_red', context(signals(), { score: 45, bandBefore: 'red' }))).toBeNull();
    expect(
      rule(
        'turned_red',
        context(signals(), { score: 45, bandBefore: 'red', firing: new Set(['turned_red']) }),
      ),
    ).not.toBeNull();
    expect(
      rule(
        'turned_red',
        context(signals(), { score: 55, bandBefore: 'red', firing: new Set(['turned_red']) }),
      ),
    ).toBeNull();
  });

  it('health drop: fires at 15 points down in 30 days, not at 14', () => {
    expect(rule('health_drop', context(signals(), { score: 60, scoreBefore: 75 }))).toMatchObject({
      severity: 'medium',
      facts: { from: 75, to: 60, drop: 15 },
    });
    expect(rule('health_drop', context(signals(), { score: 61, scoreBefore: 75 }))).toBeNull();
    expect(rule('health_drop', context(signals(), { score: 40, scoreBefore: 70 }))?.severity).toBe(
      'high',
    );
    expect(rule('health_drop', context(signals(), { score: 40, scoreBefore: null }))).toBeNull();
  });

  it('champion departed: fires for 90 days after a champion leaves, high when none is left', () => {
    const gone = {
      id: 'g',
      role: 'champion',
      status: 'departed',
      departedDate: '2026-10-01',
      name: 'Bo',
    };
    const alone = rule('champion_departed', context(signals({ stakeholders: [gone] })));
    expect(alone).toMatchObject({
      severity: 'high',
      facts: { name: 'Bo', date: '2026-10-01' },
      since: '2026-10-01',
    });
    const withAnother = rule(
      'champion_departed',
      context(signals({ stakeholders: [gone, ...signals().stakeholders] })),
    );
    expect(withAnother?.severity).toBe('medium');
    expect(
      rule(
        'champion_departed',
        context(signals({ stakeholders: [{ ...gone, departedDate: '2026-08-24' }] })),
      ),
    ).toBeNull();
  });

  it('renewal at risk: fires within the renewal window unless green', () => {
    const due = { renewalDue: { endDate: '2027-01-31' } };
    expect(rule('renewal_at_risk', context(signals(), { ...due, score: 60 }))).toMatchObject({
      severity: 'medium',
      facts: { endDate: '2027-01-31', days: 70, band: 'yellow', score: 60 },
      since: '2026-11-02',
    });
    expect(rule('renewal_at_risk', context(signals(), { ...due, score: 40 }))?.severity).toBe(
      'high',
    );
    expect(rule('renewal_at_risk', context(signals(), { ...due, score: 80 }))).toBeNull();
    expect(rule('renewal_at_risk', context(signals(), { score: 40 }))).toBeNull();
  });

  it('detractor response: an NPS of 0–6 in the last 30 days, from its date', () => {
    const nps = (score: number, date: string) => ({ kind: 'nps', score, date });
    expect(
      rule('detractor_response', context(signals({ surveys: [nps(6, '2026-11-10')] }))),
    ).toMatchObject({
      severity: 'high',
      facts: { score: 6, date: '2026-11-10', count: 1 },
      since: '2026-11-10',
    });
    expect(
      rule('detractor_response', context(signals({ surveys: [nps(7, '2026-11-10')] }))),
    ).toBeNull();
    expect(
      rule('detractor_response', context(signals({ surveys: [nps(2, '2026-10-23')] }))),
    ).toBeNull();
    expect(
      rule(
        'detractor_response',
        context(signals({ surveys: [{ kind: 'csat', score: 1, date: '2026-11-10' }] })),
      ),
    ).toBeNull();
  });

  it('no recent touchpoint: fires at 45 quiet days, high at 90', () => {
    const quiet = (last: string) => context(signals({ touchpoints: [], lastTouchpointDate: last }));
    expect(rule('no_recent_touchpoint', quiet('2026-10-08'))).toMatchObject({
      severity: 'medium',
      facts: { days: 45, last: '2026-10-08' },
      since: '2026-11-22',
    });
    expect(rule('no_recent_touchpoint', quiet('2026-10-09'))).toBeNull();
    expect(rule('no_recent_touchpoint', quiet('2026-08-01'))?.severity).toBe('high');
    // Never met: counted from the first contract.
    expect(rule('no_recent_touchpoint', quiet(''))?.facts).toEqual({ days: 690, last: '' });
  });

  it('low utilisation: under 40 % of seats active', () => {
    const use = (active: number) =>
      context(
        signals({
          usage: [
            { date: '2026-11-20', activeUsers: active, licensedSeats: 10, modulesInUse: ['a'] },
          ],
        }),
      );
    expect(rule('low_utilisation', use(3))).toMatchObject({
      severity: 'medium',
      facts: { percent: 30, active: 3, seats: 10 },
    });
    expect(rule('low_utilisation', use(1))?.severity).toBe('high');
    expect(rule('low_utilisation', use(4))).toBeNull();
    expect(rule('low_utilisation', context(signals({ usage: [] })))).toBeNull();
  });

  it('milestone overdue: a milestone past its due day that is neither done nor cancelled', () => {
    const m = (dueDate: string, status: string) => ({
      dueDate,
      status,
      completedDate: status === 'done' ? dueDate : '',
      onboarding: false,
    });
    expect(
      rule(
        'milestone_overdue',
        context(
          signals({ milestones: [m('2026-11-01', 'planned'), m('2026-09-01', 'in_progress')] }),
        ),
      ),
    ).toMatchObject({
      severity: 'medium',
      facts: { count: 2, oldest: '2026-09-01' },
      since: '2026-09-02',
    });
    expect(
      rule('milestone_overdue', context(signals({ milestones: [m('2026-11-20', 'planned')] })))
        ?.severity,
    ).toBe('low');
    expect(
      rule(
        'milestone_overdue',
        context(
          signals({
            milestones: [
              m('2026-11-01', 'done'),
              m('2026-11-01', 'cancelled'),
              m('2026-11-22', 'planned'),
            ],
          }),
        ),
      ),
    ).toBeNull();
  });

  it('each rule has a play of dated action items in both languages', () => {
    for (const steps of Object.values(ALERT_PLAYS)) {
      expect(steps.length).toBeGreaterThan(0);
      for (const step of steps) {
        expect(step.en.length).toBeGreaterThan(5);
        expect(step.zh.length).toBeGreaterThan(3);
        expect(step.dueInDays).toBeGreaterThanOrEqual(0);
      }
    }
  });
});

describe('alert state', () => {
  const decision = (over: Partial<AlertDecision>): AlertDecision => ({
    action: 'resolve',
    date: '2026-11-20',
    until: '',
    note: 'Called them',
    author: '',
    createdAt: '2026-11-20T10:00:00Z',
    ...over,
  });

  it('is open without decisions, snoozed until the day, resolved by a later resolution', () => {
    expect(alertStatus('2026-11-10', [], AS_OF).state).toBe('open');
    const snooze = decision({ action: 'snooze', until: '2026-11-25' });
    expect(alertStatus('2026-11-10', [snooze], AS_OF).state).toBe('snoozed');
    expect(alertStatus('2026-11-10', [snooze], '2026-11-25').state).toBe('open');
    expect(alertStatus('2026-11-10', [decision({})], AS_OF)).toMatchObject({ state: 'resolved' });
  });

  it('the latest decision counts, and a resolution before the episode began does not cover it', () => {
    const resolved = decision({});
    const reopened = decision({ action: 'reopen', createdAt: '2026-11-20T11:00:00Z' });
    expect(alertStatus('2026-11-10', [reopened, resolved], AS_OF).state).toBe('open');
    expect(alertStatus('2026-11-21', [resolved], AS_OF).state).toBe('open');
  });
});
