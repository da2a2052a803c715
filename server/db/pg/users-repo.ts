import { eq } from 'drizzle-orm';
import { users } from '@db/schema.pg';
import type { UsersRepo } from '../users-repo';
import type { PgDb } from './open-pg';

export function createPgUsersRepo(db: PgDb): UsersRepo {
  return {
    findByEmail: async (email) => (await db.select().from(users).where(eq(users.email, email)))[0],
    findById: async (id) => (await db.select().from(users).where(eq(users.id, id)))[0],
    insert: async (row) => (await db.insert(users).values(row).onConflictDoNothing({ target: users.email }).returning())[0],
  };
}
