import { z } from 'zod';
import { CURRENCIES } from '../domain/enums';
import { isoDate, oneOf, optionalText } from './fieldTypes';

/**
 * An exchange rate the team uses for reporting: 1 unit of `fromCurrency` is worth `rate` units of
 * `toCurrency` from `effectiveDate` on. A new rate is a new record, so the history of rates is
 * kept and a forecast of a past day converts at the rates of that day.
 */
export const exchangeRateFields = z
  .object({
    fromCurrency: oneOf(CURRENCIES),
    toCurrency: oneOf(CURRENCIES),
    rate: z
      .number('notANumber')
      .gt(0, 'mustBePositive')
      .max(1_000_000, 'tooLarge')
      .refine(Number.isFinite, 'notANumber'),
    effectiveDate: isoDate,
    note: optionalText(500),
    author: optionalText(100),
  })
  .refine((r) => r.fromCurrency !== r.toCurrency, {
    message: 'sameCurrency',
    path: ['toCurrency'],
  });
