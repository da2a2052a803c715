import { eq } from 'drizzle-orm';
import type { User } from '@core/transcript/wire';
import { users, type UserRow } from '@db/schema';
import type { Db } from './open-database';

export const toPublicUser = ({ id, email, name, role }: UserRow): User => ({ id, email, name, role });

export interface UsersRepo {
  findByEmail(email: string): Promise<UserRow | undefined>;
  findById(id: string): Promise<UserRow | undefined>;
  /** Returns undefined when the email is taken. */
  insert(row: Omit<UserRow, 'createdAt'>): Promise<UserRow | undefined>;
}

export function createUsersRepo(db: Db): UsersRepo {
  return {
    findByEmail: async (email) => db.select().from(users).where(eq(users.email, email)).get(),
    findById: async (id) => db.select().from(users).where(eq(users.id, id)).get(),
    insert: async (row) => db.insert(users).values(row).onConflictDoNothing({ target: users.email }).returning().get(),
  };
}
