import { z } from 'zod';
import { ACTION_STATUSES } from '../domain/enums';
import {
  oneOf,
  optionalDate,
  optionalRecordId,
  optionalText,
  recordId,
  requiredText,
} from './fieldTypes';

/** A task, optionally born from a touchpoint or tied to a success-plan milestone. */
export const actionItemFields = z.object({
  accountId: recordId,
  touchpointId: optionalRecordId,
  milestoneId: optionalRecordId,
  title: requiredText(300),
  owner: optionalText(100),
  dueDate: optionalDate,
  status: oneOf(ACTION_STATUSES).default('open'),
});
