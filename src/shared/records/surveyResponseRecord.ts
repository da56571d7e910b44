import { z } from 'zod';
import { SURVEY_KINDS, SURVEY_RANGES } from '../domain/enums';
import { isoDate, oneOf, optionalRecordId, optionalText, recordId, externalId } from './fieldTypes';

const ranges = Object.values(SURVEY_RANGES);

/** An NPS (0–10), CSAT (1–5) or CES (1–7, 7 = easiest) response. */
export const surveyResponseFields = z
  .object({
    externalId,
    accountId: recordId,
    kind: oneOf(SURVEY_KINDS),
    // On its own (a sync change may carry only the score) a score is within some kind's range;
    // the record's refinement below holds it to its own kind's.
    score: z
      .number('notANumber')
      .int('notAWholeNumber')
      .min(Math.min(...ranges.map((r) => r.min)), 'outOfRange')
      .max(Math.max(...ranges.map((r) => r.max)), 'outOfRange'),
    date: isoDate,
    stakeholderId: optionalRecordId,
    respondent: optionalText(200),
    comment: optionalText(5000),
  })
  .refine((r) => r.score >= SURVEY_RANGES[r.kind].min && r.score <= SURVEY_RANGES[r.kind].max, {
    message: 'outOfRange',
    path: ['score'],
  });
