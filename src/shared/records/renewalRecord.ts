import { z } from 'zod';
import { CURRENCIES, FORECAST_CALLS, RENEWAL_OUTCOMES } from '../domain/enums';
import {
  money,
  oneOf,
  optionalDate,
  optionalText,
  recordId,
  signedMoney,
  stringList,
} from './fieldTypes';

/** The renewal decision for a contract ending in a period. */
export const renewalFields = z.object({
  accountId: recordId,
  contractId: recordId,
  targetArrMinor: money,
  currency: oneOf(CURRENCIES).default('USD'),
  forecastCall: z.union([oneOf(FORECAST_CALLS), z.literal('')]).default(''),
  callReason: optionalText(1000),
  expectedChangeMinor: signedMoney.default(0),
  outcome: oneOf(RENEWAL_OUTCOMES).default('open'),
  finalArrMinor: money.nullable().default(null),
  reasonCodes: stringList,
  closedDate: optionalDate,
});
