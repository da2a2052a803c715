import { describe, expect, it, vi } from 'vitest';
import type WebSocket from 'ws';
import { call, createInvite, linkedPair, practise } from '@test/helpers/coaching';
import { appPerTest } from '@test/helpers/app-per-test';

const t = appPerTest();

/** Messages and the close code of a review socket, as they arrive. */
function record(socket: WebSocket) {
  const messages: unknown[] = [];
  socket.on('message', (data) => messages.push(JSON.parse(data.toString())));
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  return { messages, closed };
}

describe('a leader stops sharing', () => {
  it('removes the coach’s access at once, closing the review socket they had open', async () => {
    const { coach, leader } = await linkedPair(t.app);
    const id = await practise(t.app, leader, ['What do you need from me?']);
    const socket = await t.app.injectWS(`/api/sessions/${id}/events`, { headers: { cookie: coach.cookie } });
    const seen = record(socket);

    // The review socket hears what changes while it is open.
    await call(t.app, leader, 'POST', `/api/sessions/${id}/comments`, { turnIndex: 1, text: 'Was that OK?' });
    await vi.waitUntil(() => seen.messages.length > 0, { timeout: 2000, interval: 10 });
    expect(seen.messages[0]).toEqual({ type: 'session.changed', what: 'comments' });

    const stop = await call(t.app, leader, 'DELETE', `/api/me/coaches/${coach.userId}`);
    expect(stop.statusCode).toBe(204);
    expect(await seen.closed).toBe(4404);
    expect(seen.messages.at(-1)).toEqual({ type: 'access.ended' });

    const missing = await call(t.app, coach, 'GET', '/api/sessions/missing');
    for (const url of [`/api/sessions/${id}`, `/api/coach/leaders/${leader.userId}/sessions`]) {
      const response = await call(t.app, coach, 'GET', url);
      expect(response.statusCode, url).toBe(404);
    }
    expect((await call(t.app, coach, 'GET', `/api/sessions/${id}`)).body).toBe(missing.body);
    expect((await call(t.app, coach, 'POST', `/api/sessions/${id}/comments`, { turnIndex: 1, text: 'still here?' })).statusCode).toBe(404);
    await expect(t.app.injectWS(`/api/sessions/${id}/events`, { headers: { cookie: coach.cookie } })).rejects.toThrow(/404/);
    expect((await call(t.app, coach, 'GET', '/api/coach/leaders')).json()).toEqual([]);
    expect((await call(t.app, coach, 'GET', '/api/coach/sessions')).json()).toEqual([]);
    expect((await call(t.app, leader, 'GET', '/api/me/coaches')).json()).toEqual([]);
    // Stopping twice finds nothing to stop.
    expect((await call(t.app, leader, 'DELETE', `/api/me/coaches/${coach.userId}`)).statusCode).toBe(404);
    // Nothing the coach did is lost from the leader's record.
    expect((await call(t.app, leader, 'GET', `/api/sessions/${id}`)).json().comments).toHaveLength(1);
    // Sharing again takes a new invite, and then works again; the ended link stays on record.
    const again = await createInvite(t.app, coach);
    expect((await call(t.app, leader, 'POST', `/api/invites/${again.code}/accept`)).statusCode).toBe(200);
    expect((await call(t.app, coach, 'GET', `/api/sessions/${id}`)).statusCode).toBe(200);
    expect(await t.database.query('select cast(count(*) as integer) as n from coach_links')).toEqual([{ n: 2 }]);
  });

  it('leaves other coaches and other leaders untouched', async () => {
    const a = await linkedPair(t.app);
    const sessionA = await practise(t.app, a.leader, ['What is next?']);
    const other = await linkedPair(t.app, { coach: 'Omar', leader: 'Lina' });
    const sessionB = await practise(t.app, other.leader, ['What is next?']);
    const socket = await t.app.injectWS(`/api/sessions/${sessionB}/events`, { headers: { cookie: other.coach.cookie } });
    const seen = record(socket);
    await call(t.app, a.leader, 'DELETE', `/api/me/coaches/${a.coach.userId}`);
    expect((await call(t.app, other.coach, 'GET', `/api/sessions/${sessionB}`)).statusCode).toBe(200);
    expect((await call(t.app, a.coach, 'GET', `/api/sessions/${sessionA}`)).statusCode).toBe(404);
    expect(socket.readyState).toBe(socket.OPEN);
    socket.terminate();
    expect(await seen.closed).not.toBe(4404);
  });
});
