/**
 * A form's submit: runs the writing call, keeps the error message to show beside the form, and
 * says when it is busy.
 */
import { useState } from 'react';
import { ApiCallError } from './useApi';

export function useSubmit() {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (write: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await write();
      return true;
    } catch (e) {
      setError(e instanceof ApiCallError ? e.message : String(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  /** Shows a problem found before anything was sent. */
  const fail = (message: string) => setError(message);
  return { error, busy, run, fail };
}
