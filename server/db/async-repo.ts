import type { RunResult } from 'better-sqlite3';

/**
 * The async face of a repository written synchronously on better-sqlite3: the same methods, each
 * returning a promise (driver results become void), which the PostgreSQL twin implements too.
 */
export type AsyncRepo<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<R extends RunResult ? void : Awaited<R>> : never;
};

/** Wraps a synchronous SQLite repository; the work still runs synchronously underneath. */
export function asAsync<T extends object>(repo: T): AsyncRepo<T> {
  const wrapped: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(repo)) {
    if (typeof method !== 'function') continue;
    wrapped[name] = async (...args: unknown[]) => {
      const result = (method as (...a: unknown[]) => unknown).apply(repo, args);
      return isRunResult(result) ? undefined : result;
    };
  }
  return wrapped as AsyncRepo<T>;
}

const isRunResult = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && 'changes' in value && 'lastInsertRowid' in value;
