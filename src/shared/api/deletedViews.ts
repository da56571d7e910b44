/** What "Recently deleted" and the delete confirmation show. */
import type { AccountDependent, DeletableType } from '../records/deletableTypes';

export interface DeletedRecordView {
  type: DeletableType;
  id: string;
  /** The words that name it (a name, a title, a date range). */
  label: string;
  /** The account it belongs to ('' for exchange rates); for an account, itself. */
  accountId: string;
  accountName: string;
  /** Its account is deleted too: restoring it brings the account back as well. */
  accountDeleted: boolean;
  /** When it was deleted (ISO instant). */
  deletedAt: string;
  /** Who deleted it: the user's name where known, '' otherwise. */
  deletedBy: string;
  /** Deleted on this device (by whoever uses it), not pulled from another through sync. */
  byThisDevice: boolean;
  /** For an account: the records hidden with it, by type (only types with any). */
  with: { type: AccountDependent; count: number }[];
}

export interface DeletedListView {
  items: DeletedRecordView[];
  /** Every deleted record of the window that matches the filter (items is one page of them). */
  total: number;
  /** How many of each type the window holds, for the filter. */
  byType: { type: DeletableType; count: number }[];
  days: number;
}

export interface DeleteImpactView {
  type: DeletableType;
  id: string;
  label: string;
  /** What goes with it (an account's records), by type, only types with any. */
  with: { type: AccountDependent; count: number }[];
}

export interface RestoredRecordsView {
  /** Every record brought back: the one asked for, and its account if that was deleted too. */
  restored: { type: DeletableType; id: string; label: string }[];
}
