import { z } from 'zod';
import { FORECAST_CALLS, RENEWAL_CHANGE_KINDS, RENEWAL_OUTCOMES } from '../domain/enums';
import { isHlc } from '../sync/hlcFormat';
import { isoDate, money, oneOf, optionalText, recordId, signedMoney } from './fieldTypes';

/** The forecast fields of a renewal one history entry may set (a subset of the renewal's). */
export const renewalTermsPatch = z
  .object({
    targetArrMinor: money,
    forecastCall: z.union([oneOf(FORECAST_CALLS), z.literal('')]),
    callReason: z.string().max(1000, 'tooLong'),
    expectedChangeMinor: signedMoney,
    outcome: oneOf(RENEWAL_OUTCOMES),
    finalArrMinor: money.nullable(),
    reasonCodes: z.array(z.string().min(1).max(100)).max(100),
    closedDate: z.union([isoDate, z.literal('')]),
  })
  .partial()
  .strict();

export type RenewalTermsPatch = z.output<typeof renewalTermsPatch>;

export function parseTermsPatch(text: string): RenewalTermsPatch | null {
  try {
    const parsed = renewalTermsPatch.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** When a change was made, as a hybrid logical clock time: it orders changes as sync does. */
const changeTime = z.string().refine(isHlc, 'invalidTimestamp');

/**
 * One entry of a renewal's history: a change of its call, amounts or outcome, made at `at` (an
 * HLC time, so changes order as the renewal's own fields merge) on the local day `date`, naming
 * only the fields it set. Entries are never edited, so entries
 * from several devices simply add up, and the forecast of any past day can be rebuilt.
 */
export const renewalChangeFields = z.object({
  renewalId: recordId,
  accountId: recordId,
  contractId: recordId,
  at: changeTime,
  date: isoDate,
  kind: oneOf(RENEWAL_CHANGE_KINDS).default('forecast'),
  /** The fields set, as JSON of the renewal's own field names. */
  changes: z
    .string()
    .max(20000, 'tooLong')
    .refine((text) => parseTermsPatch(text) !== null, 'invalidChanges'),
  note: optionalText(1000),
  author: optionalText(100),
});
