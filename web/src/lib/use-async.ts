import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from './api-client';

export type AsyncState<T> =
  | { status: 'loading'; data?: undefined; error?: undefined }
  | { status: 'error'; data?: undefined; error: string }
  | { status: 'ready'; data: T; error?: undefined };

/** Loads once per `key` (and on reload()); ignores answers that arrive after the key changed. */
export function useAsync<T>(load: () => Promise<T>, key: string): AsyncState<T> & { reload(): void } {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  const [round, setRound] = useState(0);

  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    load().then(
      (data) => live && setState({ status: 'ready', data }),
      (e: unknown) => live && setState({ status: 'error', error: errorMessage(e) }),
    );
    return () => {
      live = false;
    };
    // `load` is usually an inline closure; `key` names what it loads.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reruns on `key`, not on each new closure
  }, [key, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { ...state, reload };
}
