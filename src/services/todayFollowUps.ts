/**
 * What Today shows beside the action items so nothing falls between the cracks: renewals whose
 * contract ended with no outcome recorded, accounts nobody owns, and meetings held at least a day
 * ago with no notes written.
 */
import { addDays, daysBetween } from '../core/dates';
import { termsOn } from '../core/forecast/renewalTermsOn';
import type { PortfolioRow, TodayView } from '../shared/api/views';
import { loadRenewalSources } from '../db/repositories/renewalRepository';
import { prepared } from '../db/preparedStatement';
import type { Workspace } from './workspace';

/** How far back an ended, unrecorded renewal or an unwritten meeting is still shown. */
const UNCLOSED_DAYS = 365;
const NOTES_DAYS = 30;
/** Meetings whose notes are worth writing (an email or a call log is its own note). */
const MEETING_KINDS = ['onsite_visit', 'meeting', 'qbr', 'training'];

type FollowUps = Pick<
  TodayView,
  | 'unclosedRenewals'
  | 'unclosedRenewalsTotal'
  | 'unowned'
  | 'unownedTotal'
  | 'meetingsWithoutNotes'
  | 'meetingsWithoutNotesTotal'
>;

export function todayFollowUps(ws: Workspace, mine: PortfolioRow[], limit: number): FollowUps {
  const db = ws.db.sqlite;
  const today = ws.today();
  const byId = new Map(mine.map((r) => [r.id, r]));

  const unclosed = loadRenewalSources(db, addDays(today, -UNCLOSED_DAYS), today)
    .filter(
      (s) =>
        byId.has(s.contract.accountId) &&
        s.contract.status === 'active' &&
        s.followOnArr === null &&
        termsOn(s, today).terms.outcome === 'open',
    )
    .map(({ contract }) => ({
      contractId: contract.id,
      accountId: contract.accountId,
      accountName: contract.accountName,
      endDate: contract.endDate,
      daysAgo: daysBetween(contract.endDate, today),
      arrMinor: contract.arrMinor,
      currency: contract.currency,
    }))
    // The most recently ended first: still the easiest to find out about.
    .sort((a, b) => a.daysAgo - b.daysAgo);

  const unowned = mine
    .filter((r) => r.owner.trim() === '' && r.stage !== 'churned')
    .map((r) => ({
      accountId: r.id,
      accountName: r.name,
      arrMinor: r.arrMinor,
      currency: r.currency,
      renewalDate: r.renewalDate,
    }))
    .sort((a, b) => (a.renewalDate || '9999').localeCompare(b.renewalDate || '9999'));

  const unwritten = (
    prepared(
      db,
      `SELECT id, account_id AS accountId, date, kind, summary FROM touchpoints
        WHERE deleted = 0 AND notes = '' AND date >= ? AND date < ?
          AND kind IN (${MEETING_KINDS.map(() => '?').join(', ')})
        ORDER BY date DESC, id`,
    ).all(addDays(today, -NOTES_DAYS), today, ...MEETING_KINDS) as {
      id: string;
      accountId: string;
      date: string;
      kind: string;
      summary: string;
    }[]
  ).flatMap((t) => {
    const account = byId.get(t.accountId);
    return account ? [{ ...t, accountName: account.name }] : [];
  });

  return {
    unclosedRenewals: unclosed.slice(0, limit),
    unclosedRenewalsTotal: unclosed.length,
    unowned: unowned.slice(0, limit),
    unownedTotal: unowned.length,
    meetingsWithoutNotes: unwritten.slice(0, limit),
    meetingsWithoutNotesTotal: unwritten.length,
  };
}
