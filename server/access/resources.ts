import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Scenario } from '@core/scenario/schema';
import type { AssignmentRow, CoachInviteRow, PracticeSessionRow, TurnCommentRow, UserRow } from '@db/schema';
import type { CatalogEntry } from '../scenarios/catalog';
import { inviteStatus } from '../db/coach-invites-repo';
import type { User as PublicUser } from '@core/transcript/wire';
import type { Relation, ResourceKind } from './policy';

// Loads the resource a route names, once, and says how the caller relates to it. A resource that
// does not exist and one the caller has no tie to both come back as relation 'none'.

export interface LoadedResource {
  relation: Relation;
  /** An imported conversation has no scenario; a practice session always has one. */
  session?: { row: PracticeSessionRow; scenario?: Scenario };
  comment?: TurnCommentRow;
  leader?: UserRow;
  invite?: CoachInviteRow;
  /** link:end — the coach the leader stops sharing with. */
  coachId?: string;
  scenario?: CatalogEntry;
  assignment?: AssignmentRow;
}

export type Params = Partial<Record<'id' | 'commentId' | 'leaderId' | 'code' | 'coachId', string>>;

async function loadScenario(app: FastifyInstance, user: PublicUser, id: string | undefined): Promise<LoadedResource> {
  const entry = id === undefined ? undefined : await app.scenarioCatalog.find(id);
  if (!entry) return { relation: 'none' };
  if (entry.source === 'builtin') return { relation: 'everyone', scenario: entry };
  if (entry.authorId === user.id) return { relation: 'owner', scenario: entry };
  // Drafts stay with their author; archived scenarios leave the lists of the leaders too.
  const shared = entry.status === 'published' && (await app.repos.coachLinks.isLive(entry.authorId!, user.id));
  return shared ? { relation: 'linked_leader', scenario: entry } : { relation: 'none' };
}

async function loadAssignment(app: FastifyInstance, user: PublicUser, id: string | undefined): Promise<LoadedResource> {
  const assignment = id === undefined ? undefined : await app.repos.assignments.find(id);
  if (!assignment) return { relation: 'none' };
  if (assignment.coachId === user.id) return { relation: 'owner', assignment };
  const assignee = (await app.repos.assignments.isAssignee(assignment.id, user.id)) && (await app.repos.coachLinks.isLive(assignment.coachId, user.id));
  return assignee ? { relation: 'assignee', assignment } : { relation: 'none' };
}

const isLinkedCoach = async (app: FastifyInstance, user: PublicUser, leaderId: string) =>
  user.role === 'coach' && (await app.repos.coachLinks.isLive(user.id, leaderId));

async function loadSession(app: FastifyInstance, user: PublicUser, id: string | undefined): Promise<LoadedResource> {
  const row = id === undefined ? undefined : await app.repos.practiceSessions.findById(id);
  if (!row) return { relation: 'none' };
  const relation: Relation = row.userId === user.id ? 'owner' : (await isLinkedCoach(app, user, row.userId)) ? 'linked_coach' : 'none';
  // The scenario is resolved only for a caller tied to the session: a stranger's probe costs no more than a miss.
  const scenario = relation !== 'none' && row.scenarioId ? await app.scenarioCatalog.resolve(row.scenarioId, row.scenarioVersion) : undefined;
  if (relation === 'none' || (row.kind === 'practice' && !scenario)) return { relation: 'none' };
  return { relation, session: { row, scenario } };
}

/** `params` defaults to the route's; a body-named resource (an assignment to start) passes its own. */
export async function loadResource(app: FastifyInstance, request: FastifyRequest, kind: ResourceKind, params = (request.params ?? {}) as Params): Promise<LoadedResource> {
  const user = request.user!;
  switch (kind) {
    case 'none':
      return { relation: 'none' };
    case 'session':
      return loadSession(app, user, params.id);
    case 'practice_session': {
      // Replying, streaming and ending exist only for practice; an imported conversation answers like a missing session.
      const loaded = await loadSession(app, user, params.id);
      return loaded.session?.row.kind === 'practice' ? loaded : { relation: 'none' };
    }
    case 'comment': {
      const loaded = await loadSession(app, user, params.id);
      const comment = loaded.session && params.commentId ? await app.repos.annotations.findComment(loaded.session.row.id, params.commentId) : undefined;
      return comment?.authorId === user.id ? { ...loaded, relation: 'owner', comment } : { relation: 'none' };
    }
    case 'leader': {
      const leader = params.leaderId ? await app.repos.users.findById(params.leaderId) : undefined;
      return leader && (await isLinkedCoach(app, user, leader.id)) ? { relation: 'linked_coach', leader } : { relation: 'none' };
    }
    case 'invite': {
      const invite = params.code ? await app.repos.coachInvites.find(params.code) : undefined;
      if (!invite) return { relation: 'none' };
      if (invite.coachId === user.id) return { relation: 'owner', invite };
      const status = inviteStatus(invite);
      // Accepting twice is harmless, so the leader who used the invite may use it again.
      const usable = status === 'pending' || (status === 'accepted' && invite.acceptedBy === user.id);
      return usable ? { relation: 'invitee', invite } : { relation: 'none' };
    }
    case 'scenario':
      return loadScenario(app, user, params.id);
    case 'assignment':
      return loadAssignment(app, user, params.id);
    case 'link': {
      const coachId = params.coachId;
      return coachId && (await app.repos.coachLinks.isLive(coachId, user.id)) ? { relation: 'owner', coachId } : { relation: 'none' };
    }
  }
}
