import type { LoginThrottlesRepo } from '../auth/login-throttle';
import { createAnnotationsRepo, type AnnotationsRepo } from './annotations-repo';
import { createAssignmentsRepo, type AssignmentsRepo } from './assignments-repo';
import { createAuthoredScenariosRepo, type AuthoredScenariosRepo } from './authored-scenarios-repo';
import { createPgAssignmentsRepo } from './pg/assignments-repo';
import { createPgAuthoredScenariosRepo } from './pg/authored-scenarios-repo';
import type { AuthSessionsRepo } from './auth-sessions-repo';
import { createAuthSessionsRepo } from './auth-sessions-repo';
import { createCoachInvitesRepo, type CoachInvitesRepo } from './coach-invites-repo';
import { createCoachLinksRepo, type CoachLinksRepo } from './coach-links-repo';
import { createCoachingSessionsRepo, type CoachingSessionsRepo } from './coaching-sessions-repo';
import { createImportsRepo, type ImportsRepo } from './imports-repo';
import { createLoginThrottlesRepo } from './login-throttles-repo';
import { createPgAnnotationsRepo } from './pg/annotations-repo';
import { createPgCoachInvitesRepo } from './pg/coach-invites-repo';
import { createPgCoachLinksRepo } from './pg/coach-links-repo';
import { createPgCoachingSessionsRepo } from './pg/coaching-sessions-repo';
import { createPgImportsRepo } from './pg/imports-repo';
import { createPgLoginThrottlesRepo } from './pg/login-throttles-repo';
import { createPgTurnRefsRepo } from './pg/turn-refs-repo';
import { createTurnRefsRepo, type TurnRefsRepo } from './turn-refs-repo';
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
  loginThrottles: LoginThrottlesRepo;
  imports: ImportsRepo;
  coachInvites: CoachInvitesRepo;
  coachLinks: CoachLinksRepo;
  coachingSessions: CoachingSessionsRepo;
  annotations: AnnotationsRepo;
  turnRefs: TurnRefsRepo;
  authoredScenarios: AuthoredScenariosRepo;
  assignments: AssignmentsRepo;
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
    loginThrottles: createLoginThrottlesRepo(db),
    imports: createImportsRepo(db),
    coachInvites: createCoachInvitesRepo(db),
    coachLinks: createCoachLinksRepo(db),
    coachingSessions: createCoachingSessionsRepo(db),
    annotations: createAnnotationsRepo(db),
    turnRefs: createTurnRefsRepo(db),
    authoredScenarios: createAuthoredScenariosRepo(db),
    assignments: createAssignmentsRepo(db),
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
    loginThrottles: createPgLoginThrottlesRepo(db),
    imports: createPgImportsRepo(db),
    coachInvites: createPgCoachInvitesRepo(db),
    coachLinks: createPgCoachLinksRepo(db),
    coachingSessions: createPgCoachingSessionsRepo(db),
    annotations: createPgAnnotationsRepo(db),
    turnRefs: createPgTurnRefsRepo(db),
    authoredScenarios: createPgAuthoredScenariosRepo(db),
    assignments: createPgAssignmentsRepo(db),
  };
}
