/** One renewal in full: its row today, its whole history, the follow-on contract and the inputs
 * the CSM sizes the call with (open expansion opportunities, seats, modules). */
import { compareChanges } from '../../core/forecast/renewalHistory';
import type { RenewalChangeView, RenewalDetailView } from '../../shared/api/forecastViews';
import { loadRenewalSource, type RenewalSource } from '../../db/repositories/renewalRepository';
import { prepared } from '../../db/preparedStatement';
import { hlcIso } from '../../shared/sync/hlcFormat';
import { ServiceError } from '../serviceError';
import type { Workspace } from '../workspace';
import { forecastRowOn, healthOn, opportunityClaims, ProbabilityHistory } from './forecastRows';
import { probabilityViews } from './forecastService';

export function requireSource(ws: Workspace, contractId: string): RenewalSource {
  const source = loadRenewalSource(ws.db.sqlite, contractId);
  if (!source)
    throw new ServiceError(
      'not_found',
      `No contract with id ${contractId} (or its account was deleted)`,
    );
  return source;
}

export function renewalHistory(source: RenewalSource): RenewalChangeView[] {
  return [...source.changes]
    .sort(compareChanges)
    .reverse()
    .map((c) => ({
      id: c.id,
      at: hlcIso(c.at),
      date: c.date,
      kind: c.kind,
      changes: c.changes,
      note: c.note,
      author: c.author,
    }));
}

export function renewalDetail(ws: Workspace, contractId: string): RenewalDetailView {
  const source = requireSource(ws, contractId);
  const today = ws.today();
  const probabilities = new ProbabilityHistory(ws, today, today).on(today);
  const { contract } = source;
  const health = healthOn(ws, [contract.accountId], today).get(contract.accountId);
  const db = ws.db.sqlite;
  const followOn = prepared(
    db,
    `SELECT id, start_date AS startDate, end_date AS endDate, arr_minor AS arrMinor FROM contracts
      WHERE renewal_of = ? AND deleted = 0 AND renewal_of <> '' ORDER BY start_date, id LIMIT 1`,
  ).get(contractId) as RenewalDetailView['followOn'] | undefined;
  const opportunities = prepared(
    db,
    `SELECT id, title, amount_minor AS amountMinor, currency, probability,
            expected_close AS expectedClose
       FROM expansion_opportunities
      WHERE account_id = ? AND deleted = 0 AND status = 'open' ORDER BY expected_close, id`,
  ).all(contract.accountId) as RenewalDetailView['opportunities'];
  return {
    row: forecastRowOn(
      source,
      today,
      health,
      probabilities,
      opportunityClaims(ws, [source], today).get(contractId),
    ),
    history: renewalHistory(source),
    probabilities: probabilityViews(probabilities),
    followOn: followOn ?? null,
    opportunities,
    seats: contract.seats,
    modules: contract.modules,
  };
}
