import { createAnnotationsRepo } from './annotations-repo';
import { createCoachInvitesRepo } from './coach-invites-repo';
import { createCoachLinksRepo } from './coach-links-repo';
import { createCoachingSessionsRepo } from './coaching-sessions-repo';
import type { Db } from './open-database';
import { createTurnRefsRepo } from './turn-refs-repo';

/** The coaching aggregates, added to `app.repos` beside the practice ones. */
export const createCoachingRepos = (db: Db) => ({
  coachInvites: createCoachInvitesRepo(db),
  coachLinks: createCoachLinksRepo(db),
  coachingSessions: createCoachingSessionsRepo(db),
  annotations: createAnnotationsRepo(db),
  turnRefs: createTurnRefsRepo(db),
});
