import { z } from 'zod';
import { FEEDBACK_KINDS, FEEDBACK_STATUSES } from '../domain/enums';
import {
  isoDate,
  oneOf,
  optionalRecordId,
  optionalText,
  recordId,
  requiredText,
} from './fieldTypes';

/** A customer request or complaint routed to product. */
export const productFeedbackFields = z.object({
  accountId: recordId,
  kind: oneOf(FEEDBACK_KINDS).default('request'),
  area: optionalText(100),
  text: requiredText(5000),
  status: oneOf(FEEDBACK_STATUSES).default('new'),
  date: isoDate,
  stakeholderId: optionalRecordId,
});
