/**
 * The health score checked against a second, independent implementation of DESIGN.md §4 written
 * here from the text alone, over the records as `export --json` gives them. Random portfolios
 * (fast-check) are written to a real SQLite file; for today and past days, which accounts are
 * scored, each score and band, and each trend must agree with `portfolioHealth`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportRecords, type ExportDocument } from '../../src/services/exportService';
import { portfolioHealth } from '../../src/services/health/healthService';
import { RECORD_SCHEMAS, type RecordType } from '../../src/shared/records/recordTypes';
import { tempWorkspace } from './testWorkspace';

const TODAY = '2026-11-22';
const DAY = 86_400_000;
const dayNum = (d: string) => Date.parse(`${d}T00:00:00Z`) / DAY;
const iso = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);
const shift = (d: string, days: number) => iso(dayNum(d) + days);
const days = (from: string, to: string) => dayNum(to) - dayNum(from);

// ——— the independent implementation: DESIGN.md §4, nothing from src/core ———

type Doc = ExportDocument;
type Rec<T extends RecordType> = Doc[T][number];

const lin = (v: number, full: number, zero: number) =>
  Math.min(100, Math.max(0, ((v - zero) / (full - zero)) * 100));

const GROUPS: [string, number, [string, number][]][] = [
  [
    'adoption',
    30,
    [
      ['util', 60],
      ['modules', 20],
      ['trend', 20],
    ],
  ],
  [
    'engagement',
    15,
    [
      ['touch', 60],
      ['exec', 40],
    ],
  ],
  [
    'sentiment',
    20,
    [
      ['nps', 50],
      ['csat', 30],
      ['ces', 20],
    ],
  ],
  ['support', 10, [['tickets', 100]]],
  [
    'relationship',
    10,
    [
      ['champion', 50],
      ['buyer', 25],
      ['met', 25],
    ],
  ],
  ['outcomes', 10, [['milestones', 100]]],
  ['pulse', 5, [['pulse', 100]]],
];

function scoredOn(doc: Doc, accountId: string, d: string): boolean {
  const account = doc.accounts.find((a) => a.id === accountId);
  if (!account || account.deleted || account.stageOverride === 'churned') return false;
  const contracts = doc.contracts.filter(
    (c) => c.accountId === accountId && !c.deleted && c.status !== 'cancelled',
  );
  if (contracts.some((c) => c.startDate <= d && d < c.endDate)) return true;
  const ended = contracts.filter((c) => c.endDate <= d);
  if (ended.length === 0) return false;
  const latest = ended
    .map((c) => c.endDate)
    .sort()
    .at(-1)!;
  if (days(latest, d) >= 90) return false;
  return ended.some((c) => {
    if (c.endDate !== latest) return false;
    const r = doc.renewals.find((x) => x.contractId === c.id && !x.deleted);
    if (r && r.outcome !== 'open') return r.closedDate !== '' && r.closedDate > d;
    return c.status !== 'renewed' && c.status !== 'churned';
  });
}

function independentScore(doc: Doc, accountId: string, d: string): number | null {
  if (!scoredOn(doc, accountId, d)) return null;
  const own = <T extends RecordType>(type: T) =>
    (doc[type] as Rec<T>[]).filter(
      (r) => !r.deleted && (r as { accountId: string }).accountId === accountId,
    );
  const contracts = own('contracts').filter((c) => c.status !== 'cancelled');
  const inForce = contracts.filter((c) => c.startDate <= d && d < c.endDate);
  const firstStart = contracts.map((c) => c.startDate).sort()[0]!;
  const onboarding = firstStart <= d && days(firstStart, d) < 90;
  const seats = inForce.reduce((s, c) => s + c.seats, 0);
  const purchased = new Set(inForce.flatMap((c) => c.modules));
  const inWindow = (date: string, back: number, end = d) => date <= end && date > shift(end, -back);
  const usage = own('usage_snapshots').sort((a, b) => (a.date < b.date ? 1 : -1));
  const current = usage.find((u) => inWindow(u.date, 30));
  const prior = usage.find((u) => inWindow(u.date, 30, shift(d, -30)));
  const touchpoints = own('touchpoints').filter((t) => t.date <= d);
  const people = own('stakeholders');
  const activeOn = (s: Rec<'stakeholders'>) =>
    s.status !== 'departed' || (s.departedDate !== '' && s.departedDate > d);
  const lastWith = (pick: (t: Rec<'touchpoints'>) => boolean) =>
    touchpoints
      .filter(pick)
      .map((t) => t.date)
      .sort()
      .at(-1);
  const surveys = (kind: string, back: number) =>
    own('survey_responses')
      .filter((s) => s.kind === kind && inWindow(s.date, back))
      .map((s) => s.score);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const executives = new Set(
    people
      .filter((s) => s.role === 'executive_sponsor' || s.role === 'economic_buyer')
      .map((s) => s.id),
  );
  const open = own('support_tickets').filter(
    (t) => t.openedDate <= d && (t.closedDate !== '' ? t.closedDate > d : t.status !== 'closed'),
  );
  const champions = people.filter((s) => s.role === 'champion');
  const departedLately = champions.some(
    (s) => !activeOn(s) && s.departedDate !== '' && days(s.departedDate, d) < 90,
  );
  const met = new Set(
    touchpoints.filter((t) => inWindow(t.date, 90)).flatMap((t) => t.attendeeIds),
  );
  const known = new Set(people.map((s) => s.id));
  const due = own('milestones').filter(
    (m) => m.dueDate <= d && m.status !== 'cancelled' && (!onboarding || m.onboarding),
  );
  const pulse = own('csm_pulses')
    .filter((p) => p.date <= d)
    .sort((a, b) => (a.date < b.date ? -1 : 1))
    .at(-1);
  const nps = surveys('nps', 365);
  const csat = surveys('csat', 180);
  const ces = surveys('ces', 180);
  const last = lastWith(() => true);
  const lastExec = lastWith((t) => t.attendeeIds.some((id) => executives.has(id)));
  const points: Record<string, number | null> = {
    util: current && seats > 0 ? lin(current.activeUsers / seats, 0.8, 0) : null,
    modules:
      current && purchased.size > 0
        ? lin(current.modulesInUse.filter((m) => purchased.has(m)).length / purchased.size, 1, 0)
        : null,
    trend:
      !onboarding && current && prior && prior.activeUsers > 0
        ? lin(current.activeUsers / prior.activeUsers, 1, 0.5)
        : null,
    touch: last ? lin(days(last, d), 14, 90) : 0,
    exec: executives.size === 0 ? null : lastExec ? lin(days(lastExec, d), 90, 180) : 0,
    nps: nps.length ? mean(nps.map((s) => (s >= 9 ? 100 : s >= 7 ? 60 : 0))) : null,
    csat: csat.length ? (csat.filter((s) => s >= 4).length / csat.length) * 100 : null,
    ces: ces.length ? ((mean(ces) - 1) / 6) * 100 : null,
    tickets: Math.max(
      0,
      100 -
        25 * open.filter((t) => t.severity === 'P1').length -
        10 * open.filter((t) => t.severity === 'P2').length -
        3 * open.filter((t) => t.severity !== 'P1' && t.severity !== 'P2').length,
    ),
    champion: champions.some(activeOn) && !departedLately ? 100 : 0,
    buyer: people.some((s) => s.role === 'economic_buyer' && activeOn(s)) ? 100 : 0,
    met: lin([...met].filter((id) => known.has(id)).length, 3, 0),
    milestones: due.length
      ? (due.filter((m) => m.status === 'done' && (m.completedDate === '' || m.completedDate <= d))
          .length /
          due.length) *
        100
      : null,
    pulse: pulse && days(pulse.date, d) <= 60 ? (pulse.stars - 1) * 25 : null,
  };
  let total = 0;
  let weights = 0;
  for (const [id, weight, measures] of GROUPS) {
    const present = measures.filter(([m]) => points[m] !== null);
    if (present.length === 0) continue;
    const share = present.reduce((s, [, w]) => s + w, 0);
    const groupPoints = present.reduce((s, [m, w]) => s + w * points[m]!, 0) / share;
    const w = onboarding ? (id === 'outcomes' ? 30 : (weight * 70) / 90) : weight;
    total += w * groupPoints;
    weights += w;
  }
  return Math.floor(total / weights + 0.5 + 1e-9);
}

// ——— random portfolios ———

const dayBack = (max: number) => fc.integer({ min: -20, max }).map((n) => shift(TODAY, -n));
const maybeDay = (max: number) => fc.oneof(fc.constant(''), dayBack(max));

const accountArb = fc.record({
  stageOverride: fc.constantFrom('', '', '', 'churned', 'steady'),
  contracts: fc.array(
    fc.record({
      start: fc.integer({ min: -60, max: 800 }),
      length: fc.constantFrom(90, 180, 365, 730),
      seats: fc.integer({ min: 0, max: 60 }),
      modules: fc.subarray(['crm', 'bi', 'api']),
      status: fc.constantFrom('active', 'active', 'renewed', 'churned', 'cancelled'),
      renewal: fc.option(
        fc.record({ outcome: fc.constantFrom('renewed', 'churned'), closed: maybeDay(300) }),
      ),
    }),
    { maxLength: 3 },
  ),
  people: fc.array(
    fc.record({
      role: fc.constantFrom('champion', 'economic_buyer', 'executive_sponsor', 'user'),
      departed: maybeDay(300),
    }),
    { maxLength: 4 },
  ),
  touchpoints: fc.array(fc.record({ date: dayBack(400), attendees: fc.nat(15) }), { maxLength: 6 }),
  // One snapshot per account per day (DESIGN.md §2): which of two on one day is "the latest" is
  // not defined, so no portfolio here has two.
  usage: fc.uniqueArray(
    fc.record({
      date: dayBack(200),
      active: fc.integer({ min: 0, max: 70 }),
      modules: fc.subarray(['crm', 'bi', 'x']),
    }),
    { maxLength: 6, selector: (u) => u.date },
  ),
  surveys: fc.array(
    fc.oneof(
      fc.record({
        kind: fc.constant('nps'),
        score: fc.integer({ min: 0, max: 10 }),
        date: dayBack(500),
      }),
      fc.record({
        kind: fc.constant('csat'),
        score: fc.integer({ min: 1, max: 5 }),
        date: dayBack(300),
      }),
      fc.record({
        kind: fc.constant('ces'),
        score: fc.integer({ min: 1, max: 7 }),
        date: dayBack(300),
      }),
    ),
    { maxLength: 6 },
  ),
  tickets: fc.array(
    fc.record({
      severity: fc.constantFrom('P1', 'P2', 'P3', 'P4'),
      opened: fc.integer({ min: 0, max: 300 }),
      open: fc.integer({ min: 0, max: 120 }),
      status: fc.constantFrom('open', 'pending', 'closed', 'closed'),
      dated: fc.boolean(),
    }),
    { maxLength: 5 },
  ),
  milestones: fc.array(
    fc.record({
      due: dayBack(300),
      status: fc.constantFrom('planned', 'in_progress', 'done', 'done', 'cancelled'),
      late: fc.integer({ min: -20, max: 60 }),
      onboarding: fc.boolean(),
    }),
    { maxLength: 4 },
  ),
  pulses: fc
    .uniqueArray(fc.integer({ min: 0, max: 150 }), { maxLength: 2 })
    .chain((ds) =>
      fc.tuple(
        ...ds.map((n) => fc.record({ n: fc.constant(n), stars: fc.integer({ min: 1, max: 5 }) })),
      ),
    ),
});

function writePortfolio(
  ws: ReturnType<typeof tempWorkspace>,
  accounts: (typeof accountArb extends fc.Arbitrary<infer T> ? T : never)[],
): void {
  const put = (type: RecordType, fields: Record<string, unknown>) => {
    const id = ws.newId();
    ws.writer.insert(type, id, RECORD_SCHEMAS[type].parse(fields) as Record<string, unknown>);
    return id;
  };
  ws.db.sqlite.transaction(() => {
    accounts.forEach((a, i) => {
      const accountId = put('accounts', {
        name: `Account ${i}`,
        stageOverride: a.stageOverride,
        stageOverrideReason: a.stageOverride ? 'set by hand' : '',
      });
      for (const c of a.contracts) {
        const startDate = shift(TODAY, -c.start);
        const contractId = put('contracts', {
          accountId,
          startDate,
          endDate: shift(startDate, c.length),
          arrMinor: 1_000_000,
          seats: c.seats,
          modules: c.modules,
          status: c.status,
        });
        if (c.renewal)
          put('renewals', {
            accountId,
            contractId,
            targetArrMinor: 1_000_000,
            outcome: c.renewal.outcome,
            finalArrMinor: c.renewal.outcome === 'renewed' ? 1_000_000 : 0,
            closedDate: c.renewal.closed,
            reasonCodes: c.renewal.outcome === 'churned' ? ['price'] : [],
          });
      }
      const people = a.people.map((p, k) =>
        put('stakeholders', {
          accountId,
          name: `Person ${k}`,
          role: p.role,
          status: p.departed ? 'departed' : 'active',
          departedDate: p.departed,
        }),
      );
      for (const t of a.touchpoints)
        put('touchpoints', {
          accountId,
          date: t.date,
          summary: 'Call',
          attendeeIds: people.filter((_, k) => (t.attendees >> k) & 1),
        });
      for (const u of a.usage)
        put('usage_snapshots', {
          accountId,
          date: u.date,
          activeUsers: u.active,
          licensedSeats: 50,
          modulesInUse: u.modules,
        });
      for (const s of a.surveys) put('survey_responses', { accountId, ...s });
      for (const t of a.tickets) {
        const openedDate = shift(TODAY, -t.opened);
        const closed = t.dated && t.status === 'closed';
        put('support_tickets', {
          accountId,
          subject: 'Issue',
          severity: t.severity,
          status: t.status,
          openedDate,
          closedDate: closed ? shift(openedDate, t.open) : '',
        });
      }
      for (const m of a.milestones)
        put('milestones', {
          accountId,
          title: 'Step',
          dueDate: m.due,
          status: m.status,
          completedDate: m.status === 'done' && m.late > -10 ? shift(m.due, m.late) : '',
          onboarding: m.onboarding,
        });
      for (const p of a.pulses)
        put('csm_pulses', { accountId, date: shift(TODAY, -p.n), stars: p.stars, author: 'me' });
    });
  })();
}

describe('health against an independent implementation of DESIGN.md §4', () => {
  it('agrees on who is scored, every score, band and trend, today and on past days', () => {
    let scoredSeen = 0;
    fc.assert(
      fc.property(
        fc.array(accountArb, { minLength: 1, maxLength: 6 }),
        fc.constantFrom(0, 0, 17, 45, 120, 260),
        (accounts, back) => {
          const ws = tempWorkspace();
          try {
            writePortfolio(ws, accounts);
            const doc = exportRecords(ws);
            const day = shift(TODAY, -back);
            const app = new Map(portfolioHealth(ws, { asOf: day }).map((h) => [h.accountId, h]));
            scoredSeen += app.size;
            for (const account of doc.accounts) {
              const score = independentScore(doc, account.id, day);
              const got = app.get(account.id);
              expect({ id: account.id, day, score: got?.score ?? null }).toEqual({
                id: account.id,
                day,
                score,
              });
              if (score === null || !got) continue;
              expect(got.band).toBe(score < 50 ? 'red' : score < 75 ? 'yellow' : 'green');
              const before = independentScore(doc, account.id, shift(day, -30));
              expect(got.trend).toBe(before === null ? null : score - before);
            }
          } finally {
            ws.cleanup();
          }
        },
      ),
      { numRuns: 60 },
    );
    // The portfolios are not all unscored: the comparison covered real scores (about 60 on
    // average; 39 has been seen, so the floor leaves room for an unlucky seed).
    expect(scoredSeen).toBeGreaterThan(20);
  });
});
