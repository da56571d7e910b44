/**
 * The default alert rules (DESIGN.md §5) as pure functions of an account's health, signals and
 * an as-of date. A finding carries its severity, the facts its reason is told from, and `since`:
 * the day the condition began where the records say so (a resolution made before that day does
 * not cover it), else the day this device first saw it.
 */
import type { AlertSeverity, AlertType, Band } from '../../shared/domain/healthEnums';
import { addDays, daysBetween } from '../dates';
import {
  activeOn,
  doneOn,
  firstContractStart,
  ticketOpenOn,
  type AccountSignals,
} from '../health/accountSignals';
import type { HealthResult } from '../health/healthScore';

export type AlertFacts = Record<string, string | number>;

export interface AlertFinding {
  type: AlertType;
  severity: AlertSeverity;
  facts: AlertFacts;
  /** When the condition began, if the records tell; '' otherwise. */
  since: string;
}

export interface AlertContext {
  asOf: string;
  signals: AccountSignals;
  health: HealthResult;
  /** The score 30 days earlier, or null when there was nothing to score then. */
  scoreBefore: number | null;
  bandBefore: Band | null;
  /** The contract in force when it ends within the renewal window without a follow-on. */
  renewalDue: { endDate: string } | null;
  /** Alert types already firing for the account before this evaluation (a set or map of them). */
  firing: { has(type: AlertType): boolean };
}

export const HEALTH_DROP_POINTS = 15;
export const DARK_AFTER_DAYS = 45;
export const LOW_UTILISATION = 0.4;
export const DETRACTOR_DAYS = 30;
export const CHAMPION_DEPARTED_DAYS = 90;

type Rule = (ctx: AlertContext) => Omit<AlertFinding, 'type'> | null;

function measureInputs(ctx: AlertContext, id: string) {
  for (const g of ctx.health.groups) for (const m of g.measures) if (m.id === id) return m.inputs;
  return undefined;
}

export const ALERT_RULES: Record<AlertType, Rule> = {
  open_p1_ticket({ signals, asOf }) {
    let count = 0;
    let since = '';
    for (const t of signals.tickets) {
      if (t.severity !== 'P1' || !ticketOpenOn(t, asOf)) continue;
      count++;
      if (t.openedDate !== '' && (since === '' || t.openedDate < since)) since = t.openedDate;
    }
    if (count === 0) return null;
    return { severity: 'high', facts: { count }, since };
  },
  turned_red({ health, bandBefore, firing }) {
    if (health.band !== 'red') return null;
    // Red all along is not news; red after yellow or green is, and it stays until it recovers.
    if (!firing.has('turned_red') && (bandBefore === null || bandBefore === 'red')) return null;
    return {
      severity: 'high',
      facts: { score: health.score, before: bandBefore ?? '' },
      since: '',
    };
  },
  health_drop({ health, scoreBefore }) {
    if (scoreBefore === null || scoreBefore - health.score < HEALTH_DROP_POINTS) return null;
    const drop = scoreBefore - health.score;
    return {
      severity: drop >= 25 ? 'high' : 'medium',
      facts: { from: scoreBefore, to: health.score, drop },
      since: '',
    };
  },
  champion_departed({ signals, asOf }) {
    const from = addDays(asOf, -CHAMPION_DEPARTED_DAYS);
    // The latest to leave in the window; of those who left the same day, the first listed.
    let last: (typeof signals.stakeholders)[number] | undefined;
    for (const s of signals.stakeholders)
      if (
        s.role === 'champion' &&
        s.status === 'departed' &&
        s.departedDate !== '' &&
        s.departedDate > from &&
        s.departedDate <= asOf &&
        (!last || s.departedDate > last.departedDate)
      )
        last = s;
    if (!last) return null;
    const stillHasOne = signals.stakeholders.some(
      (s) => s.role === 'champion' && activeOn(s, asOf),
    );
    return {
      severity: stillHasOne ? 'medium' : 'high',
      facts: { name: last.name ?? '', date: last.departedDate },
      since: last.departedDate,
    };
  },
  renewal_at_risk({ renewalDue, health, asOf }) {
    if (!renewalDue || health.band === 'green') return null;
    return {
      severity: health.band === 'red' ? 'high' : 'medium',
      facts: {
        endDate: renewalDue.endDate,
        days: daysBetween(asOf, renewalDue.endDate),
        band: health.band,
        score: health.score,
      },
      since: addDays(renewalDue.endDate, -90),
    };
  },
  detractor_response({ signals, asOf }) {
    const from = addDays(asOf, -DETRACTOR_DAYS);
    let last: { score: number; date: string } | undefined;
    let count = 0;
    for (const s of signals.surveys) {
      if (s.kind !== 'nps' || s.score > 6 || s.date <= from || s.date > asOf) continue;
      count++;
      if (!last || s.date > last.date) last = s;
    }
    if (!last) return null;
    return {
      severity: 'high',
      facts: { score: last.score, date: last.date, count },
      since: last.date,
    };
  },
  no_recent_touchpoint({ signals, asOf }) {
    // The last touchpoint held by the day (one scheduled later never counts); an account never
    // met has been quiet since its first contract began.
    const last = signals.lastTouchpointDate;
    const start = firstContractStart(signals.contracts);
    const reference = last && last <= asOf ? last : start;
    if (!reference || reference > asOf) return null;
    const days = daysBetween(reference, asOf);
    if (days < DARK_AFTER_DAYS) return null;
    return {
      severity: days >= 90 ? 'high' : 'medium',
      facts: { days, last: last && last <= asOf ? last : '' },
      since: addDays(reference, DARK_AFTER_DAYS),
    };
  },
  low_utilisation(ctx) {
    const inputs = measureInputs(ctx, 'licenseUtilisation');
    const ratio = inputs?.ratio;
    if (typeof ratio !== 'number' || ratio >= LOW_UTILISATION) return null;
    return {
      severity: ratio < 0.2 ? 'high' : 'medium',
      facts: {
        percent: Math.round(ratio * 100),
        active: Number(inputs?.activeUsers ?? 0),
        seats: Number(inputs?.seats ?? 0),
      },
      since: '',
    };
  },
  milestone_overdue({ signals, asOf }) {
    let count = 0;
    let oldest = '9999';
    for (const m of signals.milestones) {
      if (m.dueDate === '' || m.dueDate >= asOf || doneOn(m, asOf) || m.status === 'cancelled')
        continue;
      count++;
      if (m.dueDate < oldest) oldest = m.dueDate;
    }
    if (count === 0) return null;
    return {
      severity: daysBetween(oldest, asOf) > 30 ? 'medium' : 'low',
      facts: { count, oldest },
      since: addDays(oldest, 1),
    };
  },
};

const RULES = Object.entries(ALERT_RULES) as [AlertType, Rule][];

/** Every rule that holds for the account, in the order of ALERT_RULES (most urgent first). */
export function evaluateAlerts(ctx: AlertContext): AlertFinding[] {
  const findings: AlertFinding[] = [];
  for (const [type, rule] of RULES) {
    const finding = rule(ctx);
    if (finding) findings.push({ type, ...finding });
  }
  return findings;
}
