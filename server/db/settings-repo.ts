import { eq } from 'drizzle-orm';
import { settings } from '@db/schema';
import type { Db } from './open-database';

export interface SettingsRepo {
  get(key: string): Promise<string | undefined>;
  /** Stores `value` unless the key already has one (another node may have been first); returns the stored value. */
  getOrInsert(key: string, value: string): Promise<string>;
}

export function createSettingsRepo(db: Db): SettingsRepo {
  const get = async (key: string) => db.select({ value: settings.value }).from(settings).where(eq(settings.key, key)).get()?.value;
  return {
    get,
    async getOrInsert(key, value) {
      db.insert(settings).values({ key, value }).onConflictDoNothing().run();
      return (await get(key)) ?? value;
    },
  };
}
