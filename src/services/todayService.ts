/**
 * Today (DESIGN.md §5): the CSM's cockpit — overdue and due action items, alerts first seen this
 * week, renewals in the next 90 days, accounts going dark and today's touchpoints — for one CSM
 * or the whole team.
 */
import { addDays, daysBetween } from '../core/dates';
import type { TodayActionItem, TodayView } from '../shared/api/views';
import { compareNames, sortedNames } from '../shared/format/nameOrder';
import type { Lang } from '../shared/format/formatters';
import { todayFollowUps } from './todayFollowUps';
import { prepared } from '../db/preparedStatement';
import { portfolioWithAlerts } from './portfolioService';
import type { Workspace } from './workspace';

/** Each list's first rows; its total is always the true count, and `all` lifts the limit. */
const LIST_LIMIT = 200;
const DUE_SOON_DAYS = 7;
const NEW_ALERT_DAYS = 7;
const RENEWAL_DAYS = 90;
/** Quiet for this long is going dark; the no-touchpoint alert fires at 45. */
const DARK_DAYS = 30;

export function todayView(ws: Workspace, owner: string, lang: Lang = 'en', all = false): TodayView {
  const db = ws.db.sqlite;
  const today = ws.today();
  const { rows: portfolio, alerts } = portfolioWithAlerts(ws, lang);
  const names = compareNames(lang);
  const owners = sortedNames(
    portfolio.map((r) => r.owner),
    lang,
  );
  const mine = portfolio.filter((r) => !owner || r.owner === owner);
  const byId = new Map(mine.map((r) => [r.id, r]));
  const everyone = new Map(portfolio.map((r) => [r.id, r]));

  // Open items on live accounts (not churned, not deleted) that are the CSM's: theirs, or
  // unassigned on one of their accounts.
  const open = (
    prepared(
      db,
      `SELECT i.id, i.account_id AS accountId, i.title, i.owner, i.due_date AS dueDate
         FROM action_items i
        WHERE i.deleted = 0 AND i.status = 'open'
        ORDER BY i.id`,
    ).all() as Omit<TodayActionItem, 'accountName'>[]
  ).flatMap((a) => {
    const account = everyone.get(a.accountId);
    if (!account || account.stage === 'churned') return [];
    if (owner && (a.owner || account.owner) !== owner) return [];
    return [{ ...a, accountName: account.name }];
  });
  const soonLimit = addDays(today, DUE_SOON_DAYS);
  // Overdue: the most recently missed first (what was due yesterday is still in reach); due
  // soon: the nearest first; each in the order typed within a day.
  const overdue = open
    .filter((a) => a.dueDate !== '' && a.dueDate < today)
    .sort((a, b) => (a.dueDate === b.dueDate ? 0 : a.dueDate < b.dueDate ? 1 : -1));
  const dueSoon = open
    .filter((a) => a.dueDate >= today && a.dueDate <= soonLimit)
    .sort((a, b) => (a.dueDate === b.dueDate ? 0 : a.dueDate < b.dueDate ? -1 : 1));
  const noDueDate = open.filter((a) => a.dueDate === '');
  const limit = all ? Number.MAX_SAFE_INTEGER : LIST_LIMIT;

  const lastTouch = new Map(
    prepared(
      db,
      `SELECT account_id, max(date) FROM touchpoints WHERE deleted = 0 AND date <= ? GROUP BY account_id`,
    )
      .raw()
      .all(today) as [string, string][],
  );
  const goingDark = mine
    .filter((r) => r.stage !== 'churned' && r.arrMinor > 0)
    .map((r) => {
      const last = lastTouch.get(r.id) ?? '';
      return {
        accountId: r.id,
        accountName: r.name,
        lastTouchpoint: last,
        days: last ? daysBetween(last, today) : Number.POSITIVE_INFINITY,
        health: r.health,
      };
    })
    .filter((r) => r.days >= DARK_DAYS)
    .sort((a, b) => b.days - a.days || names(a.accountName, b.accountName))
    .slice(0, LIST_LIMIT)
    .map((r) => ({ ...r, days: Number.isFinite(r.days) ? r.days : -1 }));

  const touchpoints = (
    prepared(
      db,
      `SELECT id, account_id AS accountId, kind, summary FROM touchpoints
        WHERE deleted = 0 AND date = ? ORDER BY kind, summary`,
    ).all(today) as { id: string; accountId: string; kind: string; summary: string }[]
  )
    .filter((t) => byId.has(t.accountId))
    .map((t) => ({ ...t, accountName: byId.get(t.accountId)?.name ?? '' }));

  return {
    today,
    owner,
    owners,
    overdue: overdue.slice(0, limit),
    overdueTotal: overdue.length,
    dueSoon: dueSoon.slice(0, limit),
    dueSoonTotal: dueSoon.length,
    noDueDate: noDueDate.slice(0, limit),
    noDueDateTotal: noDueDate.length,
    ...todayFollowUps(ws, mine, limit),
    newAlerts: alerts
      .filter(
        (a) =>
          a.state === 'open' &&
          byId.has(a.accountId) &&
          a.firstSeen >= addDays(today, -NEW_ALERT_DAYS),
      )
      .slice(0, LIST_LIMIT),
    renewals: mine
      .filter(
        (r) =>
          r.stage === 'renewal' &&
          r.renewalDate !== '' &&
          daysBetween(today, r.renewalDate) <= RENEWAL_DAYS,
      )
      .map((r) => ({
        accountId: r.id,
        accountName: r.name,
        endDate: r.renewalDate,
        days: daysBetween(today, r.renewalDate),
        currency: r.currency,
        arrMinor: r.arrMinor,
        health: r.health,
      }))
      .sort((a, b) => a.days - b.days || names(a.accountName, b.accountName))
      .slice(0, LIST_LIMIT),
    goingDark,
    touchpoints,
  };
}
