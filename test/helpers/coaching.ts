import type { FastifyInstance } from 'fastify';
import { createSession, signUp } from './test-app';
import { openStream } from './ws-client';

export type Caller = { cookie: string; userId: string };

export async function call(app: FastifyInstance, who: Caller | null, method: string, url: string, payload?: unknown) {
  return app.inject({
    method: method as 'GET',
    url,
    headers: who ? { cookie: who.cookie } : {},
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });
}

export async function createInvite(app: FastifyInstance, coach: Caller): Promise<{ code: string; url: string; expiresAt: string }> {
  const response = await call(app, coach, 'POST', '/api/coach/invites', {});
  if (response.statusCode !== 201) throw new Error(`invite failed: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** A coach and a leader who accepted their invite. */
export async function linkedPair(app: FastifyInstance, names = { coach: 'Cora Coach', leader: 'Lee Leader' }) {
  const coach = await signUp(app, { role: 'coach', name: names.coach });
  const leader = await signUp(app, { role: 'leader', name: names.leader });
  const invite = await createInvite(app, coach);
  const accepted = await call(app, leader, 'POST', `/api/invites/${invite.code}/accept`);
  if (accepted.statusCode !== 200) throw new Error(`accept failed: ${accepted.statusCode} ${accepted.body}`);
  return { coach, leader, invite };
}

/** The leader sends each reply over the real stream and waits for its note; then ends the session if asked. */
export async function practise(app: FastifyInstance, leader: Caller, replies: string[], options: { end?: boolean; scenarioId?: string } = {}) {
  const session = await createSession(app, leader.cookie, options.scenarioId);
  const ws = await openStream(app, session.id, leader.cookie);
  try {
    for (const text of replies) {
      ws.send({ type: 'reply', text });
      await ws.until('feedback.done');
    }
  } finally {
    ws.close();
  }
  if (options.end ?? true) await call(app, leader, 'POST', `/api/sessions/${session.id}/end`);
  return session.id;
}
