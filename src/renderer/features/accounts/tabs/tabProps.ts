import type { AccountDetail } from '../../../../shared/api/views';
import type { EditTarget } from '../../records/RecordModal';

export interface TabProps {
  detail: AccountDetail;
  onEdit(target: EditTarget): void;
}

/** Today as the user's calendar day. */
export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
