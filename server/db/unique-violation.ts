/**
 * Whether an error (or one it wraps: drizzle wraps the driver's) is a unique-key violation, on
 * either engine: two nodes (or two requests) racing for the same key, where one must win.
 */
export function isUniqueViolation(err: unknown): boolean {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined; e && typeof e === 'object'; e = e.cause as typeof e)
    if (e.code === '23505' || e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || e.code === 'SQLITE_CONSTRAINT_UNIQUE') return true;
  return false;
}
