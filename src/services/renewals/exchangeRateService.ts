/**
 * Exchange rates for reporting (DESIGN.md §6): listing them with which one is in effect for each
 * pair, adding a new one (a new record, so the history stays), and a converter into a reporting
 * currency on a day.
 */
import { makeConverter, ratesInEffect, type Converter } from '../../core/money/exchangeRates';
import type { ExchangeRatesView } from '../../shared/api/forecastViews';
import type { Currency } from '../../shared/domain/enums';
import { listExchangeRates } from '../../db/repositories/exchangeRateRepository';
import { prepared } from '../../db/preparedStatement';
import { createRecord } from '../recordService';
import { currentAuthor } from '../profileService';
import type { Workspace } from '../workspace';

export function exchangeRatesView(ws: Workspace): ExchangeRatesView {
  const today = ws.today();
  const rates = listExchangeRates(ws.db.sqlite);
  const current = new Set(ratesInEffect(rates, today).map((r) => r.id));
  return {
    today,
    rates: rates.map((r) => ({
      id: r.id,
      fromCurrency: r.from,
      toCurrency: r.to,
      rate: r.rate,
      effectiveDate: r.effectiveDate,
      note: r.note,
      author: r.author,
      createdAt: r.createdAt,
      current: current.has(r.id),
    })),
  };
}

export function saveExchangeRate(
  ws: Workspace,
  input: {
    fromCurrency: Currency;
    toCurrency: Currency;
    rate: number;
    effectiveDate: string;
    note: string;
  },
): ExchangeRatesView {
  createRecord(ws, 'exchange_rates', { ...input, author: currentAuthor(ws) });
  return exchangeRatesView(ws);
}

export function converterOn(ws: Workspace, currency: string, day: string): Converter {
  return makeConverter(listExchangeRates(ws.db.sqlite), currency, day);
}

/** The team's home currency: the one most live accounts are billed in (USD with none). */
export function defaultReportingCurrency(ws: Workspace): string {
  const top = prepared(
    ws.db.sqlite,
    `SELECT currency FROM accounts WHERE deleted = 0 AND currency <> ''
      GROUP BY currency ORDER BY count(*) DESC, currency LIMIT 1`,
  )
    .pluck()
    .get() as string | undefined;
  return top ?? 'USD';
}
