import { z } from 'zod';
import { SENTIMENTS, TOUCHPOINT_KINDS } from '../domain/enums';
import {
  isoDate,
  oneOf,
  optionalText,
  recordId,
  requiredText,
  stringList,
  externalId,
} from './fieldTypes';

/** An interaction with the customer, with its meeting-note body in markdown. */
export const touchpointFields = z.object({
  externalId,
  accountId: recordId,
  date: isoDate,
  kind: oneOf(TOUCHPOINT_KINDS).default('meeting'),
  summary: requiredText(300),
  notes: optionalText(100000),
  sentiment: oneOf(SENTIMENTS).default('neutral'),
  attendeeIds: z.array(recordId).max(200).default([]),
  internalAttendees: stringList,
  nextSteps: optionalText(5000),
});
