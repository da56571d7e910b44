import { z } from 'zod';
import { CURRENCIES, LIFECYCLE_STAGES, SEGMENTS } from '../domain/enums';
import { oneOf, optionalText, requiredText, stringList, externalId } from './fieldTypes';

/** A customer company. */
export const accountFields = z.object({
  externalId,
  name: requiredText(200),
  industry: optionalText(100),
  segment: oneOf(SEGMENTS).default('mid_market'),
  region: optionalText(100),
  owner: optionalText(100),
  stageOverride: z.union([oneOf(LIFECYCLE_STAGES), z.literal('')]).default(''),
  stageOverrideReason: optionalText(500),
  tags: stringList,
  currency: oneOf(CURRENCIES).default('USD'),
  website: optionalText(300),
  notes: optionalText(20000),
});
