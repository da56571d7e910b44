/** English text for the validation codes, for hosts that answer in plain text (CLI, API errors). */
export const VALIDATION_MESSAGES = {
  required: 'is required',
  tooLong: 'is too long',
  invalidDate: 'must be a date as YYYY-MM-DD',
  invalidId: 'must be a record id',
  notANumber: 'must be a number',
  notAWholeNumber: 'must be a whole number',
  mustNotBeNegative: 'must not be negative',
  tooLarge: 'is too large',
  invalidEmail: 'must be an email address',
  invalidChoice: 'is not one of the allowed values',
  endBeforeStart: 'must not be before the start date',
  outOfRange: 'is outside the allowed range',
  percentRange: 'must be between 0 and 100',
  unknownAccount: 'does not name an existing account',
  invalidScorecard: 'is not a valid scorecard',
  weightsMustSum100: 'the group weights must add up to 100',
  sharesMustSum100: 'the measure shares of a group must add up to 100',
  thresholdsRequired: 'needs two different thresholds',
  duplicate: 'appears twice',
  snoozeUntilFuture: 'must be after the day of the snooze',
  invalidInstant: 'must be a time as YYYY-MM-DDTHH:MM:SS.sssZ',
  invalidTimestamp: 'must be a hybrid logical clock time (YYYY-MM-DDTHH:MM:SS.sssZ-counter-node)',
  invalidChanges: 'is not a valid set of renewal changes',
  mustBePositive: 'must be more than 0',
  sameCurrency: 'must differ from the other currency',
  windowOrder: 'must be after the start of the period',
  invalidColour: 'must be a colour as #RRGGBB',
  invalidLogo: 'must be a PNG or JPEG image',
  logoTooLarge: 'is too large (at most about 350 KB)',
  invalidChangeId: 'is not a clock time that exists (format(parse(id)) must give the id back)',
  invalidRowId: 'must be a record id (a UUID)',
  rowIdTaken: 'is already the id of a record of another kind',
  unknownTable: 'is not a synced table',
  unknownColumn: 'is not a field of this table',
  wrongType: 'has the wrong type of value',
  invalidValue: 'is not a valid value',
} as const;

export type ValidationCode = keyof typeof VALIDATION_MESSAGES;

export function describeValidation(code: string): string {
  return code in VALIDATION_MESSAGES ? VALIDATION_MESSAGES[code as ValidationCode] : code;
}
