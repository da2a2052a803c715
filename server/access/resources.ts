import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Scenario } from '@core/scenario/schema';
import type { CoachInviteRow, PracticeSessionRow, TurnCommentRow, UserRow } from '@db/schema';
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
}

type Params = Partial<Record<'id' | 'commentId' | 'leaderId' | 'code' | 'coachId', string>>;

const isLinkedCoach = (app: FastifyInstance, user: PublicUser, leaderId: string) =>
  user.role === 'coach' && app.repos.coachLinks.isLive(user.id, leaderId);

function loadSession(app: FastifyInstance, user: PublicUser, id: string | undefined): LoadedResource {
  const row = id === undefined ? undefined : app.repos.practiceSessions.findById(id);
  const scenario = row?.scenarioId ? app.scenarios.get(row.scenarioId) : undefined;
  if (!row || (row.kind === 'practice' && !scenario)) return { relation: 'none' };
  const relation: Relation = row.userId === user.id ? 'owner' : isLinkedCoach(app, user, row.userId) ? 'linked_coach' : 'none';
  return relation === 'none' ? { relation } : { relation, session: { row, scenario } };
}

export function loadResource(app: FastifyInstance, request: FastifyRequest, kind: ResourceKind): LoadedResource {
  const user = request.user!;
  const params = (request.params ?? {}) as Params;
  switch (kind) {
    case 'none':
      return { relation: 'none' };
    case 'session':
      return loadSession(app, user, params.id);
    case 'practice_session': {
      // Replying, streaming and ending exist only for practice; an imported conversation answers like a missing session.
      const loaded = loadSession(app, user, params.id);
      return loaded.session?.row.kind === 'practice' ? loaded : { relation: 'none' };
    }
    case 'comment': {
      const loaded = loadSession(app, user, params.id);
      const comment = loaded.session && params.commentId ? app.repos.annotations.findComment(loaded.session.row.id, params.commentId) : undefined;
      return comment?.authorId === user.id ? { ...loaded, relation: 'owner', comment } : { relation: 'none' };
    }
    case 'leader': {
      const leader = params.leaderId ? app.repos.users.findById(params.leaderId) : undefined;
      return leader && isLinkedCoach(app, user, leader.id) ? { relation: 'linked_coach', leader } : { relation: 'none' };
    }
    case 'invite': {
      const invite = params.code ? app.repos.coachInvites.find(params.code) : undefined;
      if (!invite) return { relation: 'none' };
      if (invite.coachId === user.id) return { relation: 'owner', invite };
      const status = inviteStatus(invite);
      // Accepting twice is harmless, so the leader who used the invite may use it again.
      const usable = status === 'pending' || (status === 'accepted' && invite.acceptedBy === user.id);
      return usable ? { relation: 'invitee', invite } : { relation: 'none' };
    }
    case 'link': {
      const coachId = params.coachId;
      return coachId && app.repos.coachLinks.isLive(coachId, user.id) ? { relation: 'owner', coachId } : { relation: 'none' };
    }
  }
}
