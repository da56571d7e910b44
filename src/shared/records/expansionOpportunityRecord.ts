import { z } from 'zod';
import { CURRENCIES, OPPORTUNITY_KINDS, OPPORTUNITY_STATUSES } from '../domain/enums';
import {
  money,
  oneOf,
  optionalDate,
  optionalText,
  recordId,
  requiredText,
  externalId,
} from './fieldTypes';

/** An upsell, cross-sell, seat-growth or referral opportunity. Probability in percent. */
export const expansionOpportunityFields = z.object({
  externalId,
  accountId: recordId,
  title: requiredText(300),
  kind: oneOf(OPPORTUNITY_KINDS).default('upsell'),
  amountMinor: money,
  currency: oneOf(CURRENCIES).default('USD'),
  probability: z
    .number('notANumber')
    .int('notAWholeNumber')
    .min(0, 'percentRange')
    .max(100, 'percentRange')
    .default(50),
  expectedClose: optionalDate,
  status: oneOf(OPPORTUNITY_STATUSES).default('open'),
  notes: optionalText(5000),
});
