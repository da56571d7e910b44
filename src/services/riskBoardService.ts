/**
 * The risk board (DESIGN.md §5): red and yellow accounts, worst first, each with its open alerts
 * and top drivers, the ARR they carry per currency, and the accounts behind each alert type.
 */
import type { AlertView, MoneyTotal, RiskAccountView, RiskBoardView } from '../shared/api/views';
import { ALERT_TYPES } from '../shared/domain/healthEnums';
import { compareNames } from '../shared/format/nameOrder';
import type { Lang } from '../shared/format/formatters';
import { listScores } from '../db/repositories/healthStoreRepository';
import { portfolioWithAlerts } from './portfolioService';
import type { Workspace } from './workspace';

function totals(accounts: { currency: string; arrMinor: number }[]): MoneyTotal[] {
  const sums = new Map<string, number>();
  for (const a of accounts) sums.set(a.currency, (sums.get(a.currency) ?? 0) + a.arrMinor);
  return [...sums]
    .map(([currency, arrMinor]) => ({ currency, arrMinor }))
    .sort((a, b) => a.currency.localeCompare(b.currency));
}

export function riskBoard(ws: Workspace, lang: Lang = 'en'): RiskBoardView {
  const { rows: portfolio, alerts: firing } = portfolioWithAlerts(ws);
  const drivers = new Map(
    listScores(ws.db.sqlite).map((s) => [
      s.accountId,
      JSON.parse(s.drivers) as RiskAccountView['drivers'],
    ]),
  );
  const alerts = new Map<string, AlertView[]>();
  for (const alert of firing) {
    if (alert.state !== 'open') continue;
    const list = alerts.get(alert.accountId);
    if (list) list.push(alert);
    else alerts.set(alert.accountId, [alert]);
  }
  const board: RiskAccountView[] = [];
  let greenCount = 0;
  for (const row of portfolio) {
    if (!row.health) continue;
    if (row.health.band === 'green') {
      greenCount++;
      continue;
    }
    board.push({
      accountId: row.id,
      name: row.name,
      owner: row.owner,
      stage: row.stage,
      health: row.health,
      currency: row.currency,
      arrMinor: row.arrMinor,
      renewalDate: row.renewalDate,
      alerts: alerts.get(row.id) ?? [],
      drivers: drivers.get(row.id) ?? [],
    });
  }
  const names = compareNames(lang);
  board.sort((a, b) => a.health.score - b.health.score || names(a.name, b.name));
  const red = board.filter((a) => a.health.band === 'red');
  const yellow = board.filter((a) => a.health.band === 'yellow');
  const byId = new Map(portfolio.map((r) => [r.id, r]));
  return {
    asOf: ws.today(),
    red,
    yellow,
    greenCount,
    arrAtRisk: { red: totals(red), yellow: totals(yellow) },
    byAlert: ALERT_TYPES.map((type) => {
      const accounts = [...alerts.values()]
        .filter((list) => list.some((a) => a.type === type))
        .map((list) => byId.get(list[0]?.accountId ?? ''))
        .filter((r) => r !== undefined);
      return { type, accounts: accounts.length, arr: totals(accounts) };
    }).filter((g) => g.accounts > 0),
  };
}
