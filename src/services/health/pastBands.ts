/**
 * The health band an account had on a past day: the score the records give as they stood at the
 * end of that day (DESIGN.md §4) — none for an account not scored that day. The snapshot kept
 * that day gives it where one is, else it is worked out and kept per scorecard version; both are
 * forgotten when a change to the account's records reaches back to that day.
 * Calibration, forecasts of past days, forecast accuracy and past health rates all ask here.
 */
import { bandOf, type Scorecard } from '../../core/health/scorecard';
import type { Band } from '../../shared/domain/healthEnums';
import { addDays } from '../../core/dates';
import {
  loadHealthAccounts,
  loadHealthAccountsOnDays,
  type HealthAccount,
} from '../../db/repositories/healthSignalsRepository';
import { forgetChangedPast } from '../../db/repositories/healthStoreRepository';
import { prepared } from '../../db/preparedStatement';
import type { Workspace } from '../workspace';
import { scoreNumberOn } from './healthService';
import { currentScorecard } from './scorecardService';

export interface BandRequest {
  accountId: string;
  day: string;
}

export const bandKey = (accountId: string, day: string) => `${accountId}|${day}`;

/** Kept for an account that had no score that day. */
const NOT_SCORED = '';

/**
 * Above this many accounts on one day, one pass over all records beats reading the accounts one
 * by one (some 600 ms for a pass over 10,000 accounts).
 */
const PER_ACCOUNT_LIMIT = 2_000;
/** Days and requests read together: a month of dated records, for at most this many requests. */
const STRETCH_DAYS = 31;
const STRETCH_REQUESTS = 1_500;

/** Bands keyed by `bandKey(accountId, day)`; null for an account that no longer exists. */
export function bandsOn(
  ws: Workspace,
  requests: BandRequest[],
  scorecard: Scorecard = currentScorecard(ws),
): Map<string, Band | null> {
  const db = ws.db.sqlite;
  const bands = new Map<string, Band | null>();
  // Records changed since the last rescoring may change what was worked out before.
  forgetChangedPast(db);
  const snapshot = prepared(
    db,
    'SELECT band FROM health_snapshots WHERE account_id = ? AND date = ? AND scorecard_version = ?',
  ).pluck();
  const kept = prepared(
    db,
    'SELECT band FROM past_bands WHERE account_id = ? AND day = ? AND scorecard_version = ?',
  ).pluck();
  const missing = new Map<string, string[]>();
  for (const { accountId, day } of requests) {
    const key = bandKey(accountId, day);
    if (bands.has(key)) continue;
    const band = (snapshot.get(accountId, day, scorecard.version) ??
      kept.get(accountId, day, scorecard.version)) as Band | '' | undefined;
    bands.set(key, band || null);
    if (band === undefined) {
      const list = missing.get(day);
      if (list) list.push(accountId);
      else missing.set(day, [accountId]);
    }
  }
  if (missing.size === 0) return bands;
  const keep = prepared(
    db,
    `INSERT INTO past_bands (account_id, day, scorecard_version, band) VALUES (?, ?, ?, ?)
     ON CONFLICT (account_id, day, scorecard_version) DO UPDATE SET band = excluded.band`,
  );
  const work = (account: HealthAccount, day: string) => {
    const score = scoreNumberOn(account, day, scorecard);
    const band = score === null ? null : bandOf(score);
    keep.run(account.id, day, scorecard.version, band ?? NOT_SCORED);
    bands.set(bandKey(account.id, day), band);
  };
  db.transaction(() => {
    const few: BandRequest[] = [];
    for (const [day, ids] of missing) {
      if (ids.length <= PER_ACCOUNT_LIMIT) {
        for (const accountId of ids) few.push({ accountId, day });
        continue;
      }
      const wanted = new Set(ids);
      for (const account of loadHealthAccounts(db, day))
        if (wanted.has(account.id)) work(account, day);
    }
    // The rest in stretches of days: one read of their accounts' records serves every day of
    // the stretch (each measure takes only what stood at the end of its own day).
    few.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
    for (let start = 0; start < few.length;) {
      const from = few[start]!.day;
      const last = addDays(from, STRETCH_DAYS - 1);
      let end = start;
      while (end < few.length && few[end]!.day <= last && end - start < STRETCH_REQUESTS) end++;
      const stretch = few.slice(start, end);
      const to = stretch[stretch.length - 1]!.day;
      const accounts = new Map(
        loadHealthAccountsOnDays(
          db,
          stretch.map((r) => r.accountId),
          from,
          to,
        ).map((a) => [a.id, a]),
      );
      for (const r of stretch) {
        const account = accounts.get(r.accountId);
        if (account) work(account, r.day);
      }
      start = end;
    }
  })();
  return bands;
}
