/**
 * Restoring a backup from the app: one call that closes the database, swaps the backup in and
 * opens it again; every page then reads the restored data. The result says where the replaced
 * database was kept.
 */
import { useState } from 'react';
import type { ApiInput } from '../../../shared/api/contract';
import type { RestoredView } from '../../../shared/api/securityViews';
import { invalidateReads } from '../../api/queryClient';
import { call } from '../../api/transport';
import { useI18n } from '../../i18n/i18nContext';

export function useRestore() {
  const { lang } = useI18n();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [restored, setRestored] = useState<RestoredView | null>(null);
  const restore = async (from: Omit<ApiInput<'backup:restore'>, 'lang'>): Promise<boolean> => {
    if (busy) return false;
    setBusy(true);
    setProblem(null);
    const result = await call('backup:restore', { ...from, lang });
    setBusy(false);
    if (!result.ok) {
      setProblem(result.error.message);
      return false;
    }
    setRestored(result.data);
    void invalidateReads();
    return true;
  };
  return { busy, problem, restored, restore, clearProblem: () => setProblem(null) };
}
