/**
 * Field validators shared by every record schema. Messages are stable codes
 * (see validationMessages.ts) so each host can show them in the user's language.
 */
import { z } from 'zod';
import { isIsoDate, isIsoInstant } from '../domain/isoTimes';

export const requiredText = (max = 200) => z.string().trim().min(1, 'required').max(max, 'tooLong');

export const optionalText = (max = 2000) => z.string().trim().max(max, 'tooLong').default('');

export const isoDate = z.string().refine(isIsoDate, 'invalidDate');

export const optionalDate = z.union([isoDate, z.literal('')]).default('');

/** An instant as `toISOString` writes it (UTC, milliseconds): a record's created/updated time. */
export const isoInstant = z.string().refine(isIsoInstant, 'invalidInstant');

export const recordId = z.uuid('invalidId');
export const optionalRecordId = z.union([recordId, z.literal('')]).default('');

export const money = z
  .number('notANumber')
  .int('notAWholeNumber')
  .min(0, 'mustNotBeNegative')
  .max(Number.MAX_SAFE_INTEGER, 'tooLarge');

export const signedMoney = z
  .number('notANumber')
  .int('notAWholeNumber')
  .min(Number.MIN_SAFE_INTEGER, 'tooLarge')
  .max(Number.MAX_SAFE_INTEGER, 'tooLarge');

export const count = z.number('notANumber').int('notAWholeNumber').min(0, 'mustNotBeNegative');

export const optionalEmail = z.union([z.email('invalidEmail'), z.literal('')]).default('');

export const stringList = z.array(z.string().trim().min(1).max(100)).max(100).default([]);

export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, 'invalidChoice');
}

/**
 * Runs a cross-field check as soon as the fields it reads are valid, even when other fields are
 * not, so a form shows every problem at once.
 */
export function whenValid(fields: Record<string, z.ZodType>) {
  return (payload: { value: unknown }) => {
    const value = (payload.value ?? {}) as Record<string, unknown>;
    return Object.entries(fields).every(([name, schema]) => schema.safeParse(value[name]).success);
  };
}

/** The id a record has in the system it was imported from, as `source:id`; '' when typed here. */
export const externalId = z.string().trim().max(300, 'tooLong').default('');
