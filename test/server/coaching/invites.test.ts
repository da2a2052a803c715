import { describe, expect, it } from 'vitest';
import { call, createInvite, linkedPair } from '@test/helpers/coaching';
import { appPerTest } from '@test/helpers/app-per-test';
import { signUp } from '@test/helpers/test-app';

const t = appPerTest();

const expire = (code: string) =>
  t.database.query('update coach_invites set expires_at = $1 where code = $2', [new Date(Date.now() - 1000).toISOString(), code]);

describe('coach invites', () => {
  it('creates an expiring invite with a code and a link; only coaches can', async () => {
    const coach = await signUp(t.app, { role: 'coach' });
    const response = await call(t.app, coach, 'POST', '/api/coach/invites', { expiresInDays: 3 });
    expect(response.statusCode).toBe(201);
    const invite = response.json();
    expect(Object.keys(invite).sort()).toEqual(['code', 'expiresAt', 'url']);
    expect(invite.code).toMatch(/^[\w-]{24}$/);
    expect(invite.url).toMatch(new RegExp(`^http://[^/]+/#/invites/${invite.code}$`));
    const days = (Date.parse(invite.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(2.99);
    expect(days).toBeLessThanOrEqual(3);

    const leader = await signUp(t.app);
    const refused = await call(t.app, leader, 'POST', '/api/coach/invites', {});
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toBe('forbidden:coach');
    expect((await call(t.app, null, 'POST', '/api/coach/invites', {})).statusCode).toBe(401);
    expect((await call(t.app, coach, 'POST', '/api/coach/invites', { expiresInDays: 365 })).json().error).toBe('validation');
  });

  it('links a leader who accepts, idempotently, and shows each side the other', async () => {
    const { coach, leader, invite } = await linkedPair(t.app);
    const preview = await call(t.app, leader, 'GET', `/api/invites/${invite.code}`);
    expect(preview.json()).toEqual({ coach: { id: coach.userId, name: 'Cora Coach' }, expiresAt: invite.expiresAt });
    const again = await call(t.app, leader, 'POST', `/api/invites/${invite.code}/accept`);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ coach: { id: coach.userId, name: 'Cora Coach' } });

    const mine = (await call(t.app, leader, 'GET', '/api/me/coaches')).json();
    expect(mine).toEqual([expect.objectContaining({ id: coach.userId, name: 'Cora Coach' })]);
    const leaders = (await call(t.app, coach, 'GET', '/api/coach/leaders')).json();
    expect(leaders).toEqual([expect.objectContaining({ id: leader.userId, name: 'Lee Leader', email: expect.any(String), sessions: 0 })]);
    const invites = (await call(t.app, coach, 'GET', '/api/coach/invites')).json();
    expect(invites).toEqual([expect.objectContaining({ code: invite.code, status: 'accepted', acceptedBy: { id: leader.userId, name: 'Lee Leader' } })]);
  });

  it('answers an unknown, expired, revoked or already used code with one and the same 404', async () => {
    const coach = await signUp(t.app, { role: 'coach' });
    const leader = await signUp(t.app);
    const unknown = await call(t.app, leader, 'POST', '/api/invites/no-such-code/accept');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error).toBe('not_found:invite');

    const expired = await createInvite(t.app, coach);
    await expire(expired.code);
    const revoked = await createInvite(t.app, coach);
    expect((await call(t.app, coach, 'DELETE', `/api/coach/invites/${revoked.code}`)).statusCode).toBe(204);
    const used = await createInvite(t.app, coach);
    const first = await signUp(t.app);
    expect((await call(t.app, first, 'POST', `/api/invites/${used.code}/accept`)).statusCode).toBe(200);

    for (const code of [expired.code, revoked.code, used.code]) {
      const accept = await call(t.app, leader, 'POST', `/api/invites/${code}/accept`);
      expect(accept.statusCode, code).toBe(404);
      expect(accept.body).toBe(unknown.body);
      expect((await call(t.app, leader, 'GET', `/api/invites/${code}`)).statusCode).toBe(404);
    }
    expect((await call(t.app, leader, 'GET', '/api/me/coaches')).json()).toEqual([]);
    const statuses = (await call(t.app, coach, 'GET', '/api/coach/invites')).json().map((i: { status: string }) => i.status).sort();
    expect(statuses).toEqual(['accepted', 'expired', 'revoked']);
  });

  it('lets only the issuing coach revoke, and refuses a coach accepting their own invite', async () => {
    const coach = await signUp(t.app, { role: 'coach' });
    const other = await signUp(t.app, { role: 'coach' });
    const invite = await createInvite(t.app, coach);
    const foreign = await call(t.app, other, 'DELETE', `/api/coach/invites/${invite.code}`);
    const missing = await call(t.app, other, 'DELETE', '/api/coach/invites/missing');
    expect(foreign.statusCode).toBe(404);
    expect(foreign.body).toBe(missing.body);
    expect((await call(t.app, coach, 'POST', `/api/invites/${invite.code}/accept`)).statusCode).toBe(403);
    // The other coach practises too, and may share with this coach.
    expect((await call(t.app, other, 'POST', `/api/invites/${invite.code}/accept`)).statusCode).toBe(200);
  });
});
