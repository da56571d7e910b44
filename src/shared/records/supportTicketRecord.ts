import { z } from 'zod';
import { TICKET_SEVERITIES, TICKET_STATUSES } from '../domain/enums';
import {
  isoDate,
  oneOf,
  optionalDate,
  optionalText,
  recordId,
  requiredText,
  whenValid,
  externalId,
} from './fieldTypes';

/** A support ticket raised by the account. */
export const supportTicketFields = z
  .object({
    externalId,
    accountId: recordId,
    subject: requiredText(300),
    severity: oneOf(TICKET_SEVERITIES).default('P3'),
    status: oneOf(TICKET_STATUSES).default('open'),
    openedDate: isoDate,
    closedDate: optionalDate,
    externalRef: optionalText(100),
  })
  .refine((t) => t.closedDate === '' || t.closedDate >= t.openedDate, {
    message: 'endBeforeStart',
    path: ['closedDate'],
    when: whenValid({ openedDate: isoDate, closedDate: optionalDate }),
  });
