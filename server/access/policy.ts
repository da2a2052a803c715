import type { Role } from '@core/transcript/wire';

// The one place that answers "may user U do action A on resource R" (docs/api.md "Access").
// Routes name an action in `config.access`; the access plugin loads the resource once, works out
// how the caller relates to it, and asks `decide`. Nothing else checks ownership.

/** How the caller stands to the resource the route names. */
export type Relation =
  /** Their own session, invite, link or comment. */
  | 'owner'
  /** A coach whose leader shares their practice with them (a live link). */
  | 'linked_coach'
  /** A usable invite someone else issued. */
  | 'invitee'
  /** A leader sharing their practice with the coach who wrote the (published) scenario. */
  | 'linked_leader'
  /** A resource open to every signed-in user (a built-in scenario). */
  | 'everyone'
  /** A leader an assignment was set for, while they still share with its coach. */
  | 'assignee'
  /** Anything else, including a resource that does not exist: indistinguishable by design. */
  | 'none';

export const ACTIONS = {
  /** No session needed (health, sign-up, log-in). */
  public: { resource: 'none', allow: [] },
  /** Any signed-in user, on their own account. */
  self: { resource: 'none', allow: [] },
  /** A signed-in coach, on their own coaching data (invites, leaders, calibration). */
  coach: { resource: 'none', allow: [] },
  'session:read': { resource: 'session', allow: ['owner', 'linked_coach'] },
  /** Practising: replying, streaming, ending, settings. Only the leader, whoever else may read. */
  'session:practise': { resource: 'practice_session', allow: ['owner'] },
  'session:comment': { resource: 'session', allow: ['owner', 'linked_coach'] },
  /** Deleting a session (practised or imported): only its leader. */
  'session:delete': { resource: 'session', allow: ['owner'] },
  /** Overriding labels and marking reviewed: a coach's judgement, not the leader's. */
  'session:judge': { resource: 'session', allow: ['linked_coach'] },
  'comment:edit': { resource: 'comment', allow: ['owner'] },
  'leader:read': { resource: 'leader', allow: ['linked_coach'] },
  'invite:read': { resource: 'invite', allow: ['invitee', 'owner'] },
  'invite:accept': { resource: 'invite', allow: ['invitee'] },
  'invite:revoke': { resource: 'invite', allow: ['owner'] },
  /** A leader stops sharing with one of their coaches. */
  'link:end': { resource: 'link', allow: ['owner'] },
  /** Reading and playing a scenario: built-ins for all, a coach's own for them and their linked leaders (published only). */
  'scenario:read': { resource: 'scenario', allow: ['owner', 'linked_leader', 'everyone'] },
  /** Editing, publishing, duplicating, archiving, exporting: the author only. */
  'scenario:edit': { resource: 'scenario', allow: ['owner'] },
  /** An assignment's detail: the coach who set it and the leaders it was set for. */
  'assignment:read': { resource: 'assignment', allow: ['owner', 'assignee'] },
  /** Starting an attempt at homework: only a leader it was set for, while linked to its coach. */
  'assignment:attempt': { resource: 'assignment', allow: ['assignee'] },
} as const satisfies Record<string, { resource: string; allow: readonly Relation[] }>;

export type Action = keyof typeof ACTIONS;
export type ResourceKind = (typeof ACTIONS)[Action]['resource'];

export type Decision = { ok: true } | { ok: false; status: 403 | 404 };

/** Which relations may still see that the resource exists, so a refusal is 403 rather than 404. */
const VISIBLE: Partial<Record<Action, readonly Relation[]>> = {
  'session:judge': ['owner'],
  'invite:accept': ['owner'],
  'scenario:edit': ['linked_leader', 'everyone'],
  'assignment:attempt': ['owner'],
};

export function decide(action: Action, role: Role, relation: Relation): Decision {
  if (action === 'public' || action === 'self') return { ok: true };
  if (action === 'coach') return role === 'coach' ? { ok: true } : { ok: false, status: 403 };
  const rule = ACTIONS[action];
  if ((rule.allow as readonly Relation[]).includes(relation)) return { ok: true };
  // Another user's resource answers exactly like a missing one; only someone who can already see
  // it learns that this action is not theirs.
  return VISIBLE[action]?.includes(relation) ? { ok: false, status: 403 } : { ok: false, status: 404 };
}
