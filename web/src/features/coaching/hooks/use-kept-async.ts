import { useRef } from 'react';
import { useAsync, type AsyncState } from '@web/lib/use-async';

/**
 * useAsync that keeps showing the last data while a reload is on its way. A plain reload swaps the
 * page for "Loading…": focus, scroll position and a half-typed comment would go with it each time a
 * live update or one's own change arrives.
 */
export function useKeptAsync<T>(load: () => Promise<T>, key: string): AsyncState<T> & { reload(): void } {
  const state = useAsync(load, key);
  const kept = useRef<{ key: string; data: T } | null>(null);
  if (state.status === 'ready') kept.current = { key, data: state.data };
  if (state.status === 'loading' && kept.current?.key === key) return { status: 'ready', data: kept.current.data, reload: state.reload };
  return state;
}
