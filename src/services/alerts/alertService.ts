/**
 * Alerts as people see them (DESIGN.md §5): what fires now, each open, snoozed or resolved by
 * the team's synced decisions; snoozing, resolving and reopening; and running an alert's play,
 * which turns its template into action items in one go.
 */
import { compareNames } from '../../shared/format/nameOrder';
import type { Lang } from '../../shared/format/formatters';
import { alertStatus } from '../../core/alerts/alertState';
import {
  ALERT_SEVERITIES,
  ALERT_TYPES,
  type AlertAction,
  type AlertSeverity,
  type AlertType,
} from '../../shared/domain/healthEnums';
import type { AlertView } from '../../shared/api/healthViews';
import { alertDecisions, firingAlerts } from '../../db/repositories/alertRepository';
import { preparedFor } from '../../db/preparedStatement';
import { ensureHealthCurrent } from '../health/healthRefresh';
import { createRecord } from '../recordService';
import { ServiceError } from '../serviceError';
import type { Workspace } from '../workspace';

const STATE_ORDER = { open: 0, snoozed: 1, resolved: 2 } as const;

/** Open first, then by severity and type, then by account name in the language's order. */
export function alertOrder(lang: Lang): (a: AlertView, b: AlertView) => number {
  const names = compareNames(lang);
  return (a, b) =>
    STATE_ORDER[a.state] - STATE_ORDER[b.state] ||
    ALERT_SEVERITIES.indexOf(a.severity) - ALERT_SEVERITIES.indexOf(b.severity) ||
    ALERT_TYPES.indexOf(a.type) - ALERT_TYPES.indexOf(b.type) ||
    names(a.accountName, b.accountName);
}

/** Every alert firing now (for one account, or all), with its state; open ones first. */
export function listAlerts(
  ws: Workspace,
  accountId: string | null = null,
  lang: Lang = 'en',
): AlertView[] {
  ensureHealthCurrent(ws);
  const db = ws.db.sqlite;
  const today = ws.today();
  const firing = firingAlerts(db, accountId);
  const decisions = alertDecisions(db, accountId);
  const names = new Map(
    (
      preparedFor(
        db,
        'SELECT id, name, owner FROM accounts WHERE deleted = 0 AND (? IS NULL OR id = ?)',
        accountId,
      )
        .raw()
        .all(accountId, accountId) as [string, string, string][]
    ).map(([id, name, owner]) => [id, { name, owner }]),
  );
  const views: AlertView[] = [];
  for (const [id, alerts] of firing) {
    const account = names.get(id);
    if (!account) continue;
    for (const alert of alerts.values()) {
      const status = alertStatus(
        alert.firstSeen,
        decisions.get(`${id}\u0000${alert.type}`) ?? [],
        today,
      );
      views.push({
        accountId: id,
        accountName: account.name,
        owner: account.owner,
        type: alert.type as AlertType,
        severity: alert.severity as AlertSeverity,
        facts: alert.facts,
        firstSeen: alert.firstSeen,
        state: status.state,
        decision: status.decision && {
          action: status.decision.action,
          date: status.decision.date,
          until: status.decision.until,
          note: status.decision.note,
          author: status.decision.author,
        },
      });
    }
  }
  return views.sort(alertOrder(lang));
}

export function firingAlert(ws: Workspace, accountId: string, type: AlertType): AlertView {
  const alert = listAlerts(ws, accountId).find((a) => a.type === type);
  if (!alert)
    throw new ServiceError(
      'not_found',
      `No ${type.replaceAll('_', ' ')} alert is firing for account ${accountId}`,
    );
  return alert;
}

/** Snooze (until a later day), resolve (with a note) or reopen an account's alert. */
export function decideAlert(
  ws: Workspace,
  input: {
    accountId: string;
    type: AlertType;
    action: AlertAction;
    until: string;
    note: string;
    author: string;
  },
): AlertView {
  firingAlert(ws, input.accountId, input.type);
  const today = ws.today();
  if (input.action === 'snooze' && !(input.until > today))
    throw new ServiceError('invalid_input', `Snooze until a day after today (${today})`);
  if (input.action === 'resolve' && input.note.trim() === '')
    throw new ServiceError('invalid_input', 'Say how the alert was resolved: a note is required');
  createRecord(ws, 'alert_actions', {
    accountId: input.accountId,
    alertType: input.type,
    action: input.action,
    until: input.action === 'snooze' ? input.until : '',
    note: input.note,
    date: today,
    author: input.author,
  });
  return firingAlert(ws, input.accountId, input.type);
}
