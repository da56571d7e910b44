/**
 * Keeps the stored health scores, daily snapshots and firing alerts current (DESIGN.md §4–5).
 * Triggers mark the accounts whose records changed — by a local edit, a sync, an import or the
 * CLI — and every read of health first rescores what is marked; a new day or a new scorecard
 * rescores every account. Scoring is local and takes milliseconds per account.
 */
import { evaluateAlerts } from '../../core/alerts/alertRules';
import { addDays } from '../../core/dates';
import {
  deleteAlerts,
  replaceAlerts,
  replaceAllAlerts,
  storedAlerts,
  type FiringAlert,
} from '../../db/repositories/alertRepository';
import {
  loadHealthAccounts,
  loadHealthAccountsOnDay,
  loadHealthAccountsOnDays,
  type HealthAccount,
} from '../../db/repositories/healthSignalsRepository';
import { scoringOn } from '../../core/health/scoredOn';
import {
  clearDirty,
  deleteScores,
  forgetChangedPast,
  readDirty,
  replaceAllScores,
  snapshotScores,
  writeScores,
} from '../../db/repositories/healthStoreRepository';
import { readMeta, writeMeta } from '../../db/repositories/metaRepository';
import type { Workspace } from '../workspace';
import { scoreAccounts, TREND_DAYS } from './healthService';
import { currentScorecard } from './scorecardService';
import { stopIfCancelled } from '../taskContext';

const DAY_KEY = 'health_day';
const NOTHING_CHANGED = 'Stopped: no score was changed.';
const NONE_FIRING: ReadonlyMap<string, unknown> = new Map();
/** Above this many marked accounts one pass over all records beats one query set per account. */
const PER_ACCOUNT_LIMIT = 25;
/** Above this share of accounts without a kept trend score, one full read beats two reads. */
const UNKEPT_SHARE = 0.25;

function loadAccounts(ws: Workspace, asOf: string, ids: string[] | 'all'): HealthAccount[] {
  const db = ws.db.sqlite;
  if (ids === 'all') return loadHealthAccounts(db, asOf);
  if (ids.length <= PER_ACCOUNT_LIMIT) return ids.flatMap((id) => loadHealthAccounts(db, asOf, id));
  const wanted = new Set(ids);
  return loadHealthAccounts(db, asOf).filter((a) => wanted.has(a.id));
}

/**
 * Every account for a full rescoring. When most trends come from kept scores, only what the day
 * itself needs is read; the accounts scored today with no kept score of 30 days before are read
 * again with the month before, so their trend is computed from the records.
 */
function loadForRescoring(
  ws: Workspace,
  asOf: string,
  kept: ReadonlyMap<string, number>,
): HealthAccount[] {
  const db = ws.db.sqlite;
  if (kept.size === 0) return loadHealthAccounts(db, asOf);
  const accounts = loadHealthAccountsOnDay(db, asOf);
  const unkept = accounts
    .filter((a) => !kept.has(a.id) && scoringOn(a.contracts, asOf, a.stageOverride).scored)
    .map((a) => a.id);
  if (unkept.length === 0) return accounts;
  if (unkept.length > accounts.length * UNKEPT_SHARE) return loadHealthAccounts(db, asOf);
  const withMonth = new Map(loadHealthAccountsOnDays(db, unkept, asOf, asOf).map((a) => [a.id, a]));
  return accounts.map((a) => withMonth.get(a.id) ?? a);
}

/**
 * Rescores the given accounts (or all), stores scores, today's snapshots and alerts, and clears
 * the dirty marks it covered (every mark, for all accounts).
 */
export function refreshHealth(
  ws: Workspace,
  ids: string[] | 'all',
  seen?: Map<string, number>,
): number {
  const db = ws.db.sqlite;
  const marks = seen ?? (ids === 'all' ? readDirty(db).marks : new Map<string, number>());
  const asOf = ws.today();
  const one = ids !== 'all' && ids.length === 1 ? (ids[0] ?? null) : null;
  const scorecard = currentScorecard(ws);
  // The trend's score of 30 days ago: kept where no change has reached back to it since.
  forgetChangedPast(db);
  const kept = snapshotScores(db, addDays(asOf, -TREND_DAYS), scorecard.version, one);
  const accounts = ids === 'all' ? loadForRescoring(ws, asOf, kept) : loadAccounts(ws, asOf, ids);
  stopIfCancelled(NOTHING_CHANGED);
  const scored = scoreAccounts(accounts, asOf, scorecard, kept);
  const firing = storedAlerts(db, one);
  db.transaction(() => {
    const scores = scored.map(({ health }) => ({
      accountId: health.accountId,
      asOf,
      score: health.score,
      band: health.band,
      profile: health.profile,
      stage: health.stage,
      scorecardVersion: health.scorecardVersion,
      trend: health.trend,
      drivers: JSON.stringify(
        health.drivers.map((d) => ({ id: d.id, points: d.points, inputs: d.inputs })),
      ),
    }));
    if (ids === 'all') replaceAllScores(db, scores, asOf);
    else writeScores(db, scores, asOf);
    const alerts: FiringAlert[] = [];
    for (const s of scored) {
      const before = firing.get(s.account.id);
      const findings = evaluateAlerts({
        asOf,
        signals: s.account.signals,
        health: s.health,
        scoreBefore: s.scoreBefore,
        bandBefore: s.bandBefore,
        renewalDue: s.renewalDue,
        firing: before ?? NONE_FIRING,
      });
      for (const f of findings)
        alerts.push({
          accountId: s.account.id,
          type: f.type,
          severity: f.severity,
          facts: f.facts,
          firstSeen: f.since || before?.get(f.type)?.[2] || asOf,
        });
    }
    const kept = new Set(scored.map((s) => s.account.id));
    if (ids === 'all') {
      replaceAllAlerts(db, alerts, firing);
      writeMeta(db, DAY_KEY, asOf);
    } else {
      const byAccount = new Map<string, FiringAlert[]>([...kept].map((id) => [id, []]));
      for (const a of alerts) byAccount.get(a.accountId)?.push(a);
      for (const [id, own] of byAccount) replaceAlerts(db, id, own);
      // Deleted, not scored today or unknown: no score and no alerts.
      const gone = ids.filter((id) => !kept.has(id));
      deleteScores(db, gone, asOf);
      for (const id of gone) deleteAlerts(db, id);
    }
    clearDirty(db, marks);
    // The last moment to stop: throwing here rolls every write of the rescoring back.
    stopIfCancelled(NOTHING_CHANGED);
  })();
  return scored.length;
}

/** Rescores what changed since the last look, or everything on a new day or scorecard. */
export function ensureHealthCurrent(ws: Workspace): void {
  const db = ws.db.sqlite;
  const dirty = readDirty(db);
  if (dirty.all || readMeta(db, DAY_KEY) !== ws.today()) refreshHealth(ws, 'all', dirty.marks);
  else if (dirty.marks.size > 0) refreshHealth(ws, [...dirty.marks.keys()], dirty.marks);
}
