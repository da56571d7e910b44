/** What the Sync page and the CLI show of the changes held back because they failed validation. */

export interface QuarantineProblemView {
  /** The column as it travels (`end_date`), or '' when the id, table or row is wrong. */
  column: string;
  /** The record field (`endDate`) when the column is one, for its label. */
  field: string;
  /** A validation code; the UI shows `quarantine.reason.<code>`. */
  code: string;
  /** The same in English (CLI, logs). */
  reason: string;
  /** The refused value, long text cut short. */
  value: unknown;
}

export interface QuarantineView {
  /** The change id as received. */
  id: string;
  type: string;
  rowId: string;
  /** The account the row belongs to, when this device knows it. */
  accountId: string | null;
  accountName: string;
  author: string;
  origin: 'remote' | 'snapshot';
  receivedAt: string;
  problems: QuarantineProblemView[];
}
