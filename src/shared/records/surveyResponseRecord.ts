import { z } from 'zod';
import { SURVEY_KINDS, SURVEY_RANGES } from '../domain/enums';
import { isoDate, oneOf, optionalRecordId, optionalText, recordId } from './fieldTypes';

/** An NPS (0–10), CSAT (1–5) or CES (1–7, 7 = easiest) response. */
export const surveyResponseFields = z
  .object({
    accountId: recordId,
    kind: oneOf(SURVEY_KINDS),
    score: z.number('notANumber').int('notAWholeNumber'),
    date: isoDate,
    stakeholderId: optionalRecordId,
    respondent: optionalText(200),
    comment: optionalText(5000),
  })
  .refine((r) => r.score >= SURVEY_RANGES[r.kind].min && r.score <= SURVEY_RANGES[r.kind].max, {
    message: 'outOfRange',
    path: ['score'],
  });
