import { z } from 'zod';
import { MILESTONE_STATUSES } from '../domain/enums';
import {
  isoDate,
  oneOf,
  optionalDate,
  optionalRecordId,
  recordId,
  requiredText,
} from './fieldTypes';

/** A dated step of the success plan; onboarding milestones feed the onboarding health profile. */
export const milestoneFields = z.object({
  accountId: recordId,
  objectiveId: optionalRecordId,
  title: requiredText(300),
  dueDate: isoDate,
  status: oneOf(MILESTONE_STATUSES).default('planned'),
  completedDate: optionalDate,
  onboarding: z.boolean().default(false),
});
