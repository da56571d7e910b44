import { z } from 'zod';
import { SENTIMENTS, STAKEHOLDER_ROLES, STAKEHOLDER_STATUSES } from '../domain/enums';
import {
  oneOf,
  optionalDate,
  optionalEmail,
  optionalRecordId,
  optionalText,
  recordId,
  requiredText,
  externalId,
} from './fieldTypes';

/** A person at the account. `isUser` separates product users from buyers. */
export const stakeholderFields = z.object({
  externalId,
  accountId: recordId,
  name: requiredText(200),
  title: optionalText(200),
  email: optionalEmail,
  phone: optionalText(50),
  role: oneOf(STAKEHOLDER_ROLES).default('user'),
  influence: z
    .number('notANumber')
    .int('notAWholeNumber')
    .min(1, 'outOfRange')
    .max(5, 'outOfRange')
    .default(3),
  sentiment: oneOf(SENTIMENTS).default('neutral'),
  reportsTo: optionalRecordId,
  isUser: z.boolean().default(false),
  status: oneOf(STAKEHOLDER_STATUSES).default('active'),
  departedDate: optionalDate,
});
