import { z } from 'zod';
import { isoDate, optionalText, recordId } from './fieldTypes';

/** The CSM's own call on an account: 1–5 stars; it counts towards health for 60 days. */
export const csmPulseFields = z.object({
  accountId: recordId,
  date: isoDate,
  stars: z.number('notANumber').int('notAWholeNumber').min(1, 'outOfRange').max(5, 'outOfRange'),
  note: optionalText(1000),
  author: optionalText(100),
});
