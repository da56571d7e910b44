import { z } from 'zod';
import { parseScorecardDefinition } from '../health/scorecardDefinition';
import { optionalText } from './fieldTypes';

/**
 * One version of the team's health scorecard. Saving an edit creates a new version; the highest
 * version is the one in force, and every stored score names the version it was computed with.
 */
export const scorecardFields = z.object({
  version: z.number('notANumber').int('notAWholeNumber').min(1, 'outOfRange'),
  /** The groups and measures as JSON (see scorecardDefinition.ts). */
  definition: z
    .string()
    .max(20000, 'tooLong')
    .refine((text) => parseScorecardDefinition(text) !== null, 'invalidScorecard'),
  note: optionalText(500),
  author: optionalText(100),
});
