import fp from 'fastify-plugin';
import { createAuthSessionsRepo } from '../db/auth-sessions-repo';
import { createImportsRepo } from '../db/imports-repo';
import { createCoachingRepos } from '../db/coaching-repos';
import { createHomeworkRepos } from '../db/homework-repos';
import { openDatabase, type Db, type Synchronous } from '../db/open-database';
import { createPracticeSessionsRepo } from '../db/practice-sessions-repo';
import { createSettingsRepo } from '../db/settings-repo';
import { createTurnsRepo } from '../db/turns-repo';
import { createUsersRepo } from '../db/users-repo';

export function createRepos(db: Db) {
  return {
    users: createUsersRepo(db),
    authSessions: createAuthSessionsRepo(db),
    practiceSessions: createPracticeSessionsRepo(db),
    turns: createTurnsRepo(db),
    imports: createImportsRepo(db),
    settings: createSettingsRepo(db),
    ...createCoachingRepos(db),
    ...createHomeworkRepos(db),
  };
}
export type Repos = ReturnType<typeof createRepos>;

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    repos: Repos;
  }
}

export default fp<{ databasePath: string; synchronous?: Synchronous }>(
  async (app, { databasePath, synchronous }) => {
    const db = openDatabase(databasePath, synchronous);
    app.decorate('db', db);
    app.decorate('repos', createRepos(db));
    app.addHook('onClose', async () => db.$client.close());
  },
  { name: 'db' },
);
