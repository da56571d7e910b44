/** Input schemas of the renewal forecast, KPI and exchange-rate methods of the API contract. */
import { z } from 'zod';
import { CHURN_REASONS, CURRENCIES, FORECAST_CALLS, SEGMENTS } from '../domain/enums';
import { isoDate, money, recordId, signedMoney } from '../records/fieldTypes';

export const FORECAST_GROUPS = [
  'none',
  'month',
  'quarter',
  'owner',
  'segment',
  'currency',
] as const;
export const FORECAST_STATUSES = ['open', 'overdue', 'closed', 'renewed', 'churned'] as const;
export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export const EXPORT_LANGUAGES = ['en', 'zh-CN'] as const;

const optionalDay = z.union([isoDate, z.literal('')]).default('');
const optionalCurrency = z.union([z.enum(CURRENCIES, 'invalidChoice'), z.literal('')]).default('');

/** A closed-open period [from, to). */
export const periodInput = z
  .object({ from: isoDate, to: isoDate })
  .refine((p) => p.from < p.to, { message: 'windowOrder', path: ['to'] });

export const forecastFilters = z.object({
  owner: z.string().max(100).default(''),
  segment: z.union([z.enum(SEGMENTS, 'invalidChoice'), z.literal('')]).default(''),
  band: z.enum(['', 'green', 'yellow', 'red', 'none'], 'invalidChoice').default(''),
  call: z.enum(['', ...FORECAST_CALLS, 'none'], 'invalidChoice').default(''),
  status: z.enum(['', ...FORECAST_STATUSES], 'invalidChoice').default(''),
  flagged: z.boolean().default(false),
  /** Part of the account's name. */
  q: z.string().max(200).default(''),
});
export type ForecastFilters = z.output<typeof forecastFilters>;

export const forecastQuery = z
  .object({
    from: isoDate,
    to: isoDate,
    /** The forecast as it stood at the end of this day ('' = today). */
    asOf: optionalDay,
    /** The reporting currency ('' = the team's home currency). */
    currency: optionalCurrency,
    groupBy: z.enum(FORECAST_GROUPS, 'invalidChoice').default('none'),
    filters: forecastFilters.prefault({}),
    /** The language names are sorted in (and an export is written in). */
    lang: z.enum(EXPORT_LANGUAGES, 'invalidChoice').default('en'),
  })
  .refine((p) => p.from < p.to, { message: 'windowOrder', path: ['to'] });
export type ForecastQuery = z.output<typeof forecastQuery>;

export const renewalUpdateInput = z.object({
  contractId: recordId,
  forecastCall: z.union([z.enum(FORECAST_CALLS, 'invalidChoice'), z.literal('')]).optional(),
  callReason: z.string().trim().max(1000, 'tooLong').optional(),
  expectedChangeMinor: signedMoney.optional(),
  targetArrMinor: money.optional(),
});
export type RenewalUpdateInput = z.output<typeof renewalUpdateInput>;

export const renewalCloseInput = z.object({
  contractId: recordId,
  outcome: z.enum(['renewed', 'churned'], 'invalidChoice'),
  finalArrMinor: money.optional(),
  closedDate: optionalDay,
  reasonCodes: z.array(z.enum(CHURN_REASONS, 'invalidChoice')).max(9).default([]),
  note: z.string().trim().max(1000, 'tooLong').default(''),
  /** The follow-on contract of a renewal ('' = start when the old one ends, same length). */
  newStartDate: optionalDay,
  newEndDate: optionalDay,
  newSeats: z.number('notANumber').int('notAWholeNumber').min(0, 'mustNotBeNegative').optional(),
});
export type RenewalCloseInput = z.output<typeof renewalCloseInput>;

export const exportInput = forecastQuery.and(
  z.object({
    format: z.enum(EXPORT_FORMATS, 'invalidChoice'),
  }),
);

export const kpiQuery = z
  .object({
    from: isoDate,
    to: isoDate,
    currency: optionalCurrency,
    /** Gross margin for LTV, 0–1 (default 100 %). */
    margin: z.number('notANumber').gt(0, 'mustBePositive').max(1, 'outOfRange').default(1),
  })
  .refine((p) => p.from < p.to, { message: 'windowOrder', path: ['to'] });
export type KpiQuery = z.output<typeof kpiQuery>;

export const exchangeRateInput = z
  .object({
    fromCurrency: z.enum(CURRENCIES, 'invalidChoice'),
    toCurrency: z.enum(CURRENCIES, 'invalidChoice'),
    rate: z.number('notANumber').gt(0, 'mustBePositive').max(1_000_000, 'tooLarge'),
    effectiveDate: isoDate,
    note: z.string().trim().max(500, 'tooLong').default(''),
  })
  .refine((r) => r.fromCurrency !== r.toCurrency, {
    message: 'sameCurrency',
    path: ['toCurrency'],
  });
