import { eq } from 'drizzle-orm';
import { settings } from '@db/schema.pg';
import type { SettingsRepo } from '../settings-repo';
import type { PgDb } from './open-pg';

export function createPgSettingsRepo(db: PgDb): SettingsRepo {
  const get = async (key: string) => (await db.select({ value: settings.value }).from(settings).where(eq(settings.key, key)))[0]?.value;
  return {
    get,
    async getOrInsert(key, value) {
      await db.insert(settings).values({ key, value }).onConflictDoNothing();
      return (await get(key)) ?? value;
    },
  };
}
