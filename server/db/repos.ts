import type { AuthSessionsRepo } from './auth-sessions-repo';
import { createAuthSessionsRepo } from './auth-sessions-repo';
import type { Db } from './open-database';
import { createPgAuthSessionsRepo } from './pg/auth-sessions-repo';
import type { PgDb } from './pg/open-pg';
import { createPgPracticeSessionsRepo } from './pg/practice-sessions-repo';
import { createPgRateLimitsRepo } from './pg/rate-limits-repo';
import { createPgSettingsRepo } from './pg/settings-repo';
import { createPgTurnClaimsRepo } from './pg/turn-claims-repo';
import { createPgTurnsRepo } from './pg/turns-repo';
import { createPgUsersRepo } from './pg/users-repo';
import { createPracticeSessionsRepo, type PracticeSessionsRepo } from './practice-sessions-repo';
import { createRateLimitsRepo, type RateLimitsRepo } from './rate-limits-repo';
import { createSettingsRepo, type SettingsRepo } from './settings-repo';
import { createTurnClaimsRepo, type TurnClaimsRepo } from './turn-claims-repo';
import { createTurnsRepo, type TurnsRepo } from './turns-repo';
import { createUsersRepo, type UsersRepo } from './users-repo';

/** Every repository, one async interface each; SQLite and PostgreSQL each implement all of them. */
export interface Repos {
  users: UsersRepo;
  authSessions: AuthSessionsRepo;
  practiceSessions: PracticeSessionsRepo;
  turns: TurnsRepo;
  settings: SettingsRepo;
  turnClaims: TurnClaimsRepo;
  rateLimits: RateLimitsRepo;
}

export function createSqliteRepos(db: Db): Repos {
  return {
    users: createUsersRepo(db),
    authSessions: createAuthSessionsRepo(db),
    practiceSessions: createPracticeSessionsRepo(db),
    turns: createTurnsRepo(db),
    settings: createSettingsRepo(db),
    turnClaims: createTurnClaimsRepo(db),
    rateLimits: createRateLimitsRepo(db),
  };
}

export function createPgRepos(db: PgDb): Repos {
  return {
    users: createPgUsersRepo(db),
    authSessions: createPgAuthSessionsRepo(db),
    practiceSessions: createPgPracticeSessionsRepo(db),
    turns: createPgTurnsRepo(db),
    settings: createPgSettingsRepo(db),
    turnClaims: createPgTurnClaimsRepo(db),
    rateLimits: createPgRateLimitsRepo(db),
  };
}
