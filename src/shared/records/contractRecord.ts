import { z } from 'zod';
import { CONTRACT_STATUSES, CURRENCIES } from '../domain/enums';
import {
  whenValid,
  count,
  isoDate,
  money,
  oneOf,
  optionalRecordId,
  optionalText,
  recordId,
  stringList,
  externalId,
} from './fieldTypes';

/** A subscription term of an account. `renewalOf` links it to the contract it renewed. */
export const contractFields = z
  .object({
    externalId,
    accountId: recordId,
    startDate: isoDate,
    endDate: isoDate,
    arrMinor: money,
    currency: oneOf(CURRENCIES).default('USD'),
    seats: count.default(0),
    modules: stringList,
    status: oneOf(CONTRACT_STATUSES).default('active'),
    renewalOf: optionalRecordId,
    paymentTerms: optionalText(200),
    discountPct: z.number('notANumber').min(0, 'percentRange').max(100, 'percentRange').default(0),
  })
  .refine((c) => c.endDate > c.startDate, {
    message: 'endBeforeStart',
    path: ['endDate'],
    when: whenValid({ startDate: isoDate, endDate: isoDate }),
  });
