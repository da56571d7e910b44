import { z } from 'zod';
import { count, isoDate, recordId, stringList, externalId } from './fieldTypes';

/** Product usage of an account on one day (or the week starting that day). */
export const usageSnapshotFields = z.object({
  externalId,
  accountId: recordId,
  date: isoDate,
  activeUsers: count,
  licensedSeats: count,
  modulesInUse: stringList,
  usageMinutes: count.default(0),
});
