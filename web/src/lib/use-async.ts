import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from './api-client';

export type AsyncState<T> =
  | { status: 'loading'; data?: undefined; error?: undefined }
  | { status: 'error'; data?: undefined; error: string }
  | { status: 'ready'; data: T; error?: undefined };

type Settled<T> = Exclude<AsyncState<T>, { status: 'loading' }>;

const LOADING = { status: 'loading' } as const;

interface AsyncOptions<T> {
  /** The answer of the first load, already in hand (the page loaded it): no request until reload() or a new key. */
  initial?: T;
  /**
   * Keep showing the last data while a reload() of the same key is on its way, instead of
   * "Loading…": a live page would otherwise lose focus, scroll position and a half-typed comment
   * each time an update arrives. A new key always starts from "Loading…".
   */
  keep?: boolean;
}

/**
 * Loads once per `key` (and on reload()); ignores answers that arrive after the key changed.
 * What is shown is derived from which load the last answer belongs to, so a new key never shows
 * the previous key's data, not even for one render.
 */
export function useAsync<T>(
  load: () => Promise<T>,
  key: string,
  { keep = false, initial }: AsyncOptions<T> = {},
): AsyncState<T> & { reload(): void; /** `keep`: the data shown is from before a reload() still on its way. */ reloading: boolean } {
  const [round, setRound] = useState(0);
  const [settled, setSettled] = useState<{ key: string; round: number; state: Settled<T> } | null>(() =>
    initial === undefined ? null : { key, round: 0, state: { status: 'ready', data: initial } },
  );
  const [initialKey] = useState(initial === undefined ? null : key);

  useEffect(() => {
    if (round === 0 && key === initialKey) return;
    let live = true;
    load().then(
      (data) => live && setSettled({ key, round, state: { status: 'ready', data } }),
      (e: unknown) => live && setSettled({ key, round, state: { status: 'error', error: errorMessage(e) } }),
    );
    return () => {
      live = false;
    };
    // `load` is usually an inline closure; `key` names what it loads.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reruns on `key`, not on each new closure
  }, [key, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  const current = settled !== null && settled.key === key && (settled.round === round || (keep && settled.state.status === 'ready'));
  return { ...(current ? settled.state : LOADING), reload, reloading: current && settled.round !== round };
}
