import { eq } from 'drizzle-orm';
import { settings } from '@db/schema';
import type { Db } from './open-database';

export function createSettingsRepo(db: Db) {
  return {
    get: (key: string): string | undefined =>
      db.select({ value: settings.value }).from(settings).where(eq(settings.key, key)).get()?.value,
    /** Stores `value` unless the key already has one; returns the value that is stored. */
    getOrInsert(key: string, value: string): string {
      db.insert(settings).values({ key, value }).onConflictDoNothing().run();
      return this.get(key) ?? value;
    },
  };
}
