import { z } from 'zod';
import { OBJECTIVE_STATUSES } from '../domain/enums';
import { oneOf, optionalDate, optionalText, recordId, requiredText } from './fieldTypes';

const measure = z.number('notANumber').finite('notANumber').nullable().default(null);

/** A customer objective in the account's success plan, with a measurable metric. */
export const objectiveFields = z.object({
  accountId: recordId,
  title: requiredText(300),
  metric: optionalText(200),
  startValue: measure,
  targetValue: measure,
  currentValue: measure,
  targetDate: optionalDate,
  status: oneOf(OBJECTIVE_STATUSES).default('on_track'),
});
