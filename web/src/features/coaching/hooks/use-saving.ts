import { useState, type FormEvent } from 'react';
import { errorMessage } from '@web/lib/api-client';

/**
 * A coaching form's save: a second submit while one is on its way does nothing, and a failure is
 * kept as `error` to show by the form. The button stays enabled meanwhile (`aria-disabled={busy}`):
 * a disabled button drops the focus of the keyboard user who pressed it.
 */
export function useSaving() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = async (e: FormEvent, action: () => Promise<void>) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, save };
}
