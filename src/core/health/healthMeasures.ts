/**
 * Each measure of the scorecard, as a pure function of an account's signals and an as-of date:
 * points 0–100, or null when the data to judge it is missing, plus the input values that explain
 * the points ("31 of 80 seats active"). Every input is taken as it stood at the end of the day:
 * records dated later do not exist yet, a ticket closed later was open, a person who left later
 * was there, a milestone done later was not done.
 */
import { addDays, daysBetween } from '../dates';
import {
  activeOn,
  doneOn,
  ticketOpenOn,
  type AccountSignals,
  type UsageSignal,
} from './accountSignals';
import { linearPoints, type MeasureDef, type MeasureId } from './scorecard';

export type MeasureInputs = Record<string, number | string | null>;

export interface MeasureValue {
  points: number | null;
  inputs: MeasureInputs;
}

export interface MeasureContext {
  signals: AccountSignals;
  asOf: string;
  onboarding: boolean;
  /** Seats of every contract in force that day, add-ons included, and their modules. */
  seats: number;
  modules: ReadonlySet<string>;
}

const EXECUTIVE_ROLES = new Set(['executive_sponsor', 'economic_buyer']);
/** How far back an executive touchpoint is looked for (the touchpoints read reach this far). */
const EXECUTIVE_WINDOW_DAYS = 180;
/** A CSM pulse counts while it is at most this many days old. */
export const PULSE_DAYS = 60;

// Scoring a whole portfolio asks for the same few window starts thousands of times: they are
// kept per as-of day, keyed by the number of days (no string keys to build).
const windowStarts = new Map<string, Map<number, string>>();
function windowStart(asOf: string, days: number): string {
  let starts = windowStarts.get(asOf);
  if (!starts) {
    if (windowStarts.size > 100) windowStarts.clear();
    starts = new Map();
    windowStarts.set(asOf, starts);
  }
  let start = starts.get(days);
  if (start === undefined) {
    start = addDays(asOf, -days);
    starts.set(days, start);
  }
  return start;
}

/** The latest usage snapshot dated in the 30 days up to and including `asOf`. */
function latestUsage(usage: UsageSignal[], asOf: string): UsageSignal | undefined {
  const from = windowStart(asOf, 30);
  let found: UsageSignal | undefined;
  for (const u of usage)
    if (u.date > from && u.date <= asOf && (!found || u.date > found.date)) found = u;
  return found;
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const missing = (inputs: MeasureInputs = {}): MeasureValue => ({ points: null, inputs });

/** What a day's measures share of one account's signals, worked out once per account. */
interface AccountFacts {
  /** Ids of the account's stakeholders, and those who are executives (sponsor or buyer). */
  known: Set<string>;
  executives: Set<string>;
}
const factsOf = new WeakMap<AccountSignals, AccountFacts>();
function facts(signals: AccountSignals): AccountFacts {
  let f = factsOf.get(signals);
  if (!f) {
    const known = new Set<string>();
    const executives = new Set<string>();
    for (const s of signals.stakeholders) {
      known.add(s.id);
      if (EXECUTIVE_ROLES.has(s.role)) executives.add(s.id);
    }
    f = { known, executives };
    factsOf.set(signals, f);
  }
  return f;
}

function metAnyOf(attendeeIds: readonly string[], people: Set<string>): boolean {
  for (const id of attendeeIds) if (people.has(id)) return true;
  return false;
}

function lastTouchpointDays(ctx: MeasureContext, attendees?: Set<string>): number | null {
  // The last touchpoint of all, read for a later day, is the last of this day only if no
  // later one came before that day ended; otherwise the listed ones decide.
  const known = ctx.signals.lastTouchpointDate;
  let last: string | undefined = !attendees && known && known <= ctx.asOf ? known : undefined;
  // Newest first: meetings are listed oldest first, so older ones are passed over on their date.
  const listed = ctx.signals.touchpoints;
  for (let i = listed.length - 1; i >= 0; i--) {
    const t = listed[i]!;
    if (t.date > ctx.asOf || (last !== undefined && t.date <= last)) continue;
    if (attendees && !metAnyOf(t.attendeeIds, attendees)) continue;
    last = t.date;
  }
  return last === undefined ? null : daysBetween(last, ctx.asOf);
}

type MeasureFn = (ctx: MeasureContext, def: MeasureDef) => MeasureValue;

/** Points of a linear measure, at the scorecard's thresholds or the default ones. */
const linear = (def: MeasureDef, value: number, full: number, zero: number) =>
  linearPoints(value, def.full ?? full, def.zero ?? zero);

export const MEASURES: Record<MeasureId, MeasureFn> = {
  licenseUtilisation(ctx, def) {
    const current = latestUsage(ctx.signals.usage, ctx.asOf);
    const seats = ctx.seats;
    if (!current || seats <= 0) return missing({ seats: seats || null });
    const ratio = current.activeUsers / seats;
    return {
      points: linear(def, ratio, 0.8, 0),
      inputs: { activeUsers: current.activeUsers, seats, ratio },
    };
  },

  moduleAdoption(ctx, def) {
    const purchased = ctx.modules;
    const current = latestUsage(ctx.signals.usage, ctx.asOf);
    if (purchased.size === 0 || !current) return missing({ purchased: purchased.size || null });
    let inUse = 0;
    for (const m of current.modulesInUse) if (purchased.has(m)) inUse++;
    const ratio = inUse / purchased.size;
    return {
      points: linear(def, ratio, 1, 0),
      inputs: { inUse, purchased: purchased.size, ratio },
    };
  },

  usageTrend(ctx, def) {
    if (ctx.onboarding) return missing();
    const current = latestUsage(ctx.signals.usage, ctx.asOf);
    const prior = latestUsage(ctx.signals.usage, windowStart(ctx.asOf, 30));
    if (!current || !prior || prior.activeUsers <= 0) return missing();
    const ratio = current.activeUsers / prior.activeUsers;
    return {
      points: linear(def, ratio, 1, 0.5),
      inputs: { activeUsers: current.activeUsers, priorActiveUsers: prior.activeUsers, ratio },
    };
  },

  daysSinceTouchpoint(ctx, def) {
    const days = lastTouchpointDays(ctx);
    // Never met counts as long ago: silence is a signal, not missing data.
    return { points: days === null ? 0 : linear(def, days, 14, 90), inputs: { days } };
  },

  daysSinceExecutiveTouchpoint(ctx, def) {
    const { executives } = facts(ctx.signals);
    if (executives.size === 0) return missing({ executives: 0 });
    const days = lastTouchpointDays(ctx, executives);
    // Only recent touchpoints are listed: none among them means none in the executive window
    // (the list always reaches back at least that far), whatever else was read.
    const listed = ctx.signals.touchpointsSince;
    const window = windowStart(ctx.asOf, EXECUTIVE_WINDOW_DAYS);
    const since = days === null && listed ? (listed > window ? listed : window) : null;
    return {
      points: days === null ? 0 : linear(def, days, 90, 180),
      inputs: since ? { days, since } : { days },
    };
  },

  nps(ctx) {
    const from = windowStart(ctx.asOf, 365);
    let responses = 0;
    let promoters = 0;
    let passives = 0;
    let detractors = 0;
    for (const s of ctx.signals.surveys) {
      if (s.kind !== 'nps' || s.date <= from || s.date > ctx.asOf) continue;
      responses++;
      if (s.score >= 9) promoters++;
      else if (s.score >= 7) passives++;
      if (s.score <= 6) detractors++;
    }
    if (responses === 0) return missing({ responses: 0 });
    // Promoters 100, passives 60, detractors 0: the sum is an exact integer.
    return {
      points: (promoters * 100 + passives * 60) / responses,
      inputs: { responses, promoters, detractors },
    };
  },

  csat(ctx) {
    const from = windowStart(ctx.asOf, 180);
    let responses = 0;
    let satisfied = 0;
    for (const s of ctx.signals.surveys) {
      if (s.kind !== 'csat' || s.date <= from || s.date > ctx.asOf) continue;
      responses++;
      if (s.score >= 4) satisfied++;
    }
    if (responses === 0) return missing({ responses: 0 });
    return { points: (satisfied / responses) * 100, inputs: { responses, satisfied } };
  },

  ces(ctx) {
    const from = windowStart(ctx.asOf, 180);
    const scores: number[] = [];
    for (const s of ctx.signals.surveys)
      if (s.kind === 'ces' && s.date > from && s.date <= ctx.asOf) scores.push(s.score);
    if (scores.length === 0) return missing({ responses: 0 });
    const average = mean(scores);
    return {
      points: Math.min(100, Math.max(0, ((average - 1) / 6) * 100)),
      inputs: { responses: scores.length, mean: average },
    };
  },

  openTickets(ctx) {
    let p1 = 0;
    let p2 = 0;
    let other = 0;
    for (const t of ctx.signals.tickets) {
      if (!ticketOpenOn(t, ctx.asOf)) continue;
      if (t.severity === 'P1') p1++;
      else if (t.severity === 'P2') p2++;
      else other++;
    }
    return { points: Math.max(0, 100 - 25 * p1 - 10 * p2 - 3 * other), inputs: { p1, p2, other } };
  },

  activeChampion(ctx) {
    let active = 0;
    let departedRecently = 0;
    for (const s of ctx.signals.stakeholders) {
      if (s.role !== 'champion') continue;
      if (activeOn(s, ctx.asOf)) active++;
      // Not active that day, so departed by then: recently when less than 90 days before.
      else if (s.departedDate !== '' && daysBetween(s.departedDate, ctx.asOf) < 90)
        departedRecently++;
    }
    return {
      points: active > 0 && departedRecently === 0 ? 100 : 0,
      inputs: { active, departedRecently },
    };
  },

  economicBuyerKnown(ctx) {
    let known = false;
    for (const s of ctx.signals.stakeholders)
      if (s.role === 'economic_buyer' && activeOn(s, ctx.asOf)) known = true;
    return { points: known ? 100 : 0, inputs: { known: known ? 1 : 0 } };
  },

  stakeholdersMet(ctx, def) {
    const { known } = facts(ctx.signals);
    const from = windowStart(ctx.asOf, 90);
    // A handful of people: a list beats a set.
    const met: string[] = [];
    for (const t of ctx.signals.touchpoints)
      if (t.date > from && t.date <= ctx.asOf)
        for (const id of t.attendeeIds) if (known.has(id) && !met.includes(id)) met.push(id);
    const count = met.length;
    return { points: linear(def, count, 3, 0), inputs: { met: count } };
  },

  milestonesOnTrack(ctx) {
    let due = 0;
    let done = 0;
    for (const m of ctx.signals.milestones) {
      if (m.dueDate === '' || m.dueDate > ctx.asOf || m.status === 'cancelled') continue;
      if (ctx.onboarding && !m.onboarding) continue;
      due++;
      if (doneOn(m, ctx.asOf)) done++;
    }
    if (due === 0) return missing({ due: 0 });
    return { points: (done / due) * 100, inputs: { done, due } };
  },

  csmPulse(ctx) {
    // The latest call made by the day, while it is at most 60 days old.
    let pulse: { stars: number; date: string } | undefined;
    for (const p of ctx.signals.pulses) if (p.date <= ctx.asOf) pulse = p;
    if (!pulse || daysBetween(pulse.date, ctx.asOf) > PULSE_DAYS) return missing();
    const stars = Math.min(5, Math.max(1, Math.round(pulse.stars)));
    return { points: (stars - 1) * 25, inputs: { stars } };
  },
};
