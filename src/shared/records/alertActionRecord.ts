import { z } from 'zod';
import { ALERT_ACTIONS, ALERT_TYPES } from '../domain/healthEnums';
import { isoDate, oneOf, optionalDate, optionalText, recordId, whenValid } from './fieldTypes';

/**
 * A person's decision about an account's alert of one type: snooze it until a date, resolve it
 * with a note, or reopen it. Alerts are computed on each device; these decisions sync.
 */
export const alertActionFields = z
  .object({
    accountId: recordId,
    alertType: oneOf(ALERT_TYPES),
    action: oneOf(ALERT_ACTIONS),
    /** Snoozed until this day (the alert shows again on it). */
    until: optionalDate,
    note: optionalText(1000),
    date: isoDate,
    author: optionalText(100),
  })
  .refine((a) => a.action !== 'snooze' || a.until > a.date, {
    message: 'snoozeUntilFuture',
    path: ['until'],
    when: whenValid({ action: oneOf(ALERT_ACTIONS), until: optionalDate, date: isoDate }),
  });
