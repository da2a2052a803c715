import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SessionView } from '@core/review/wire';
import { permitted } from '../plugins/access';
import { personaOutcomes, type BranchSource } from './build-export';

// The branches a session file carries: every branch of the session, branches of branches included,
// that the caller may read (the policy's `session:read`, asked per branch: a leader's own, a coach's
// shared ones). A branch the caller may not read is left out with everything forked from it, which
// would have nowhere to hang. Parents come before their branches, each level in the order made;
// local ids "b1", "b2"... in that order. Walked with a stack, and each session at most once.

export async function visibleBranches(
  app: FastifyInstance,
  request: FastifyRequest,
  rootId: string,
  viewOf: (id: string) => Promise<SessionView>,
): Promise<BranchSource[]> {
  const out: BranchSource[] = [];
  const seen = new Set<string>([rootId]);
  const childrenOf = async (id: string, localId: string | null) =>
    (await app.repos.practiceSessions.listBranches(id)).map((b) => ({ id: b.id, parentId: localId })).reverse();
  const stack = await childrenOf(rootId, null);
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (seen.has(next.id) || !(await permitted(app, request, 'session:read', { id: next.id }))) continue;
    seen.add(next.id);
    const localId = `b${out.length + 1}`;
    out.push({ id: localId, parentId: next.parentId, view: await viewOf(next.id), outcomes: personaOutcomes(await app.repos.turns.list(next.id)) });
    stack.push(...(await childrenOf(next.id, localId)));
  }
  return out;
}
