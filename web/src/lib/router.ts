import { useSyncExternalStore } from 'react';

// A tiny hash router: routes are `#/path`, so the server only ever serves index.html at `/`.

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

const currentPath = () => window.location.hash.replace(/^#/, '') || '/';

export const usePath = (): string => useSyncExternalStore(subscribe, currentPath, () => '/');

export const navigate = (path: string) => {
  window.location.hash = path;
};

export const href = (path: string) => `#${path}`;

/** Matches `/sessions/:id/scorecard` against a path; returns the params or null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const got = path.split('?')[0].split('/').filter(Boolean);
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(':')) params[want[i].slice(1)] = decodeURIComponent(got[i]);
    else if (want[i] !== got[i]) return null;
  }
  return params;
}
