import { describe, expect, it } from 'vitest';
import { appPerTest } from '../helpers/app-per-test';
import { signUp } from '../helpers/test-app';

const t = appPerTest({ env: { LOGIN_RATE_LIMIT: '5' } });

const post = (url: string, payload: unknown, cookie?: string) =>
  t.app.inject({ method: 'POST', url, payload: payload as object, headers: cookie ? { cookie } : {} });

describe('sign-up and log-in', () => {
  it('signs up, answers /api/me, logs out and refuses /api/me after', async () => {
    const { cookie } = await signUp(t.app, { email: 'Ada@Example.com', name: 'Ada' });
    const me = await t.app.inject({ url: '/api/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user).toMatchObject({ email: 'ada@example.com', name: 'Ada', role: 'leader' });
    expect(me.json().user).not.toHaveProperty('passwordHash');

    const out = await post('/api/auth/logout', {}, cookie);
    expect(out.statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('sets an httpOnly SameSite=Lax cookie', async () => {
    const response = await post('/api/auth/signup', { email: 'c@example.com', password: 'long enough', name: 'C', role: 'coach' });
    const cookie = response.cookies.find((c) => c.name === 'askwell_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  });

  it('stores an scrypt hash with a per-user salt, never the password', async () => {
    await signUp(t.app, { email: 'a@example.com', password: 'same password' });
    await signUp(t.app, { email: 'b@example.com', password: 'same password' });
    const rows = await t.database.query<{ hash: string }>('select password_hash as hash from users');
    expect(rows).toHaveLength(2);
    for (const { hash } of rows) {
      expect(hash).toMatch(/^scrypt\$/);
      expect(hash).not.toContain('same password');
    }
    expect(rows[0].hash).not.toBe(rows[1].hash);
  });

  it.each([
    [{ email: 'not-an-email', password: 'long enough', name: 'X', role: 'leader' }, /valid email/],
    [{ email: 'x@example.com', password: 'short', name: 'X', role: 'leader' }, /at least 8 characters/],
    [{ email: 'x@example.com', password: 'long enough', name: 'X', role: 'admin' }, /role/],
  ])('refuses bad sign-up input with a clear message', async (payload, message) => {
    const response = await post('/api/auth/signup', payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toBe('validation');
    expect(response.json().message).toMatch(message);
  });

  it('refuses a second account for the same email', async () => {
    await signUp(t.app, { email: 'dup@example.com' });
    const response = await post('/api/auth/signup', { email: 'DUP@example.com', password: 'long enough', name: 'D', role: 'leader' });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toBe('conflict:email');
  });

  it('logs in, and gives the same answer for a wrong password and an unknown email', async () => {
    await signUp(t.app, { email: 'l@example.com', password: 'right password' });
    const ok = await post('/api/auth/login', { email: 'l@example.com', password: 'right password' });
    expect(ok.statusCode).toBe(200);
    expect(ok.cookies.some((c) => c.name === 'askwell_session')).toBe(true);

    const wrong = await post('/api/auth/login', { email: 'l@example.com', password: 'wrong password' });
    const unknown = await post('/api/auth/login', { email: 'nobody@example.com', password: 'wrong password' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it('rate-limits log-in attempts', async () => {
    const attempts = [];
    for (let i = 0; i < 6; i++) attempts.push(await post('/api/auth/login', { email: 'x@example.com', password: 'whatever1' }));
    expect(attempts.slice(0, 5).every((r) => r.statusCode === 401)).toBe(true);
    expect(attempts[5].statusCode).toBe(429);
    expect(attempts[5].json().error).toBe('rate_limited');
  });

  it('requires a session on every /api route except health and auth', async () => {
    expect((await t.app.inject({ url: '/api/health' })).statusCode).toBe(200);
    for (const url of ['/api/me', '/api/scenarios', '/api/sessions', '/api/sessions/x']) {
      const response = await t.app.inject({ url });
      expect(response.statusCode, url).toBe(401);
      expect(response.json().error).toBe('unauthorized');
    }
    expect((await post('/api/sessions', { scenarioId: 'x' })).statusCode).toBe(401);
  });

  it('ignores a forged cookie', async () => {
    const response = await t.app.inject({ url: '/api/me', headers: { cookie: 'askwell_session=forged.value' } });
    expect(response.statusCode).toBe(401);
  });
});
