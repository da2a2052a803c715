import { eq } from 'drizzle-orm';
import type { User } from '@core/transcript/wire';
import { users, type UserRow } from '@db/schema';
import type { Db } from './open-database';

export const toPublicUser = ({ id, email, name, role }: UserRow): User => ({ id, email, name, role });

export function createUsersRepo(db: Db) {
  return {
    findByEmail: (email: string): UserRow | undefined =>
      db.select().from(users).where(eq(users.email, email)).get(),
    findById: (id: string): UserRow | undefined => db.select().from(users).where(eq(users.id, id)).get(),
    /** Returns undefined when the email is taken. */
    insert(row: Omit<UserRow, 'createdAt'>): UserRow | undefined {
      return db.insert(users).values(row).onConflictDoNothing({ target: users.email }).returning().get();
    },
  };
}
