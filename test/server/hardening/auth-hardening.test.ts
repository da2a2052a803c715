import { afterEach, describe, expect, it } from 'vitest';
import type { ServerMessage } from '@server/practice/messages';
import { createSession, signUp, startTestApp, type TestApp } from '@test/helpers/test-app';
import { openStream } from '@test/helpers/ws-client';

// Defects 4, 6, 7 and 8 of issue #7.

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const signupBody = (email: string) => ({ email, password: 'long enough', name: 'Lee', role: 'leader' });
const sessionCookie = (response: { cookies: { name: string; secure?: boolean }[] }) =>
  response.cookies.find((cookie) => cookie.name === 'askwell_session');

describe('Secure cookies (COOKIE_SECURE, TRUST_PROXY)', () => {
  const signupVia = (headers: Record<string, string>, email: string) =>
    t!.app.inject({ method: 'POST', url: '/api/auth/signup', headers, payload: signupBody(email) });

  it('sets Secure when a trusted proxy says the request came over HTTPS, and not for an untrusted one', async () => {
    t = await startTestApp({ TRUST_PROXY: '127.0.0.1' });
    const viaProxy = await signupVia({ 'x-forwarded-proto': 'https' }, 'a@example.com');
    expect(sessionCookie(viaProxy)?.secure).toBe(true);
    const plain = await signupVia({}, 'b@example.com');
    expect(sessionCookie(plain)?.secure).toBeFalsy();
  });

  it('ignores X-Forwarded-Proto without TRUST_PROXY', async () => {
    t = await startTestApp();
    const forged = await signupVia({ 'x-forwarded-proto': 'https' }, 'c@example.com');
    expect(sessionCookie(forged)?.secure).toBeFalsy();
  });

  it.each([
    ['always', true],
    ['never', false],
  ] as const)('COOKIE_SECURE=%s overrides the request', async (mode, secure) => {
    t = await startTestApp({ COOKIE_SECURE: mode, TRUST_PROXY: 'true' });
    const response = await signupVia({ 'x-forwarded-proto': mode === 'always' ? 'http' : 'https' }, 'd@example.com');
    expect(Boolean(sessionCookie(response)?.secure)).toBe(secure);
  });
});

describe('sockets follow their auth session', () => {
  it('logout closes the sockets opened under that auth session; nothing more is stored', async () => {
    t = await startTestApp();
    const { cookie } = await signUp(t.app);
    const session = await createSession(t.app, cookie);
    const ws = await openStream(t.app, session.id, cookie);
    const closed = new Promise<number>((resolve) => ws.socket.once('close', resolve));
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    expect(await ws.next()).toMatchObject({ type: 'error', code: 'unauthorized' });
    expect(await closed).toBe(4401);
    expect(t.app.liveSockets.size).toBe(0);
  });

  it('an expired auth session stops replies on an open socket, and the sweep closes it', async () => {
    t = await startTestApp();
    const { cookie } = await signUp(t.app);
    const session = await createSession(t.app, cookie);
    const ws = await openStream(t.app, session.id, cookie);
    const closed = new Promise<number>((resolve) => ws.socket.once('close', resolve));
    await t.database.query('update auth_sessions set expires_at = $1', [new Date(Date.now() - 1000).toISOString()]);
    ws.send({ type: 'reply', text: 'Are you still storing this?' });
    expect(await ws.next()).toMatchObject({ type: 'error', code: 'unauthorized' });
    expect(await closed).toBe(4401);
    const [turns] = await t.database.query<{ n: number }>('select cast(count(*) as integer) as n from turns where speaker = $1', ['leader']);
    expect(turns.n).toBe(0);

    // A socket that sends nothing is closed by the sweep.
    const { cookie: other } = await signUp(t.app);
    const idle = await openStream(t.app, (await createSession(t.app, other)).id, other);
    const idleClosed = new Promise<number>((resolve) => idle.socket.once('close', resolve));
    await t.database.query('update auth_sessions set expires_at = $1', [new Date(Date.now() - 1000).toISOString()]);
    await t.app.liveSockets.sweep(async (hash) => (await t!.app.repos.authSessions.findLiveUserId(hash)) !== undefined);
    expect(await idleClosed).toBe(4401);
    expect((idle.received[0] as Extract<ServerMessage, { type: 'error' }>).code).toBe('unauthorized');
  });
});

describe('sign-up and log-in abuse', () => {
  it('throttles one account after repeated failures, whichever of 5 addresses they come from', async () => {
    t = await startTestApp({ LOGIN_RATE_LIMIT: '100', LOGIN_ACCOUNT_FAILURES: '5' });
    await signUp(t.app, { email: 'target@example.com', password: 'the right one' });
    const statuses: number[] = [];
    for (let i = 0; i < 50; i++) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: `10.0.0.${i % 5}`,
        payload: { email: 'target@example.com', password: `guess ${i}` },
      });
      statuses.push(response.statusCode);
      if (response.statusCode === 429) expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    }
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(45);
    // Another account is unaffected.
    await signUp(t.app, { email: 'other@example.com', password: 'the right one' });
    const other = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'other@example.com', password: 'the right one' } });
    expect(other.statusCode).toBe(200);
  });

  it('counts parallel guesses before any of them is checked', async () => {
    t = await startTestApp({ LOGIN_RATE_LIMIT: '100', LOGIN_ACCOUNT_FAILURES: '3' });
    await signUp(t.app, { email: 'burst@example.com' });
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t!.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: `10.1.0.${i}`, payload: { email: 'burst@example.com', password: `x${i}` } }),
      ),
    );
    expect(responses.filter((r) => r.statusCode === 401)).toHaveLength(3);
  });

  it('limits sign-ups per address (SIGNUP_RATE_LIMIT)', async () => {
    t = await startTestApp({ SIGNUP_RATE_LIMIT: '3' });
    const statuses = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await t.app.inject({ method: 'POST', url: '/api/auth/signup', payload: signupBody(`s${i}@example.com`) })).statusCode);
    expect(statuses).toEqual([201, 201, 201, 429, 429]);
    const elsewhere = await t.app.inject({ method: 'POST', url: '/api/auth/signup', remoteAddress: '10.9.9.9', payload: signupBody('s9@example.com') });
    expect(elsewhere.statusCode).toBe(201);
  });
});

describe('look-alike emails', () => {
  it.each([
    ['fullwidth letters', 'ｄｕｐ@ｅｘａｍｐｌｅ.ｃｏｍ'],
    ['upper case and spaces', '  DUP@Example.COM '],
  ])('folds %s onto the same account', async (_name, email) => {
    t = await startTestApp();
    await signUp(t.app, { email: 'dup@example.com', password: 'the right one' });
    const again = await t.app.inject({ method: 'POST', url: '/api/auth/signup', payload: signupBody(email) });
    expect(again.statusCode).toBe(409);
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: 'the right one' } });
    expect(login.statusCode).toBe(200);
  });

  it.each([
    ['a zero-width space', 'd\u200bup@example.com'],
    ['a NUL', 'dup\u0000@example.com'],
    ['a bidi override', 'dup@exa\u202emple.com'],
    ['a soft hyphen', 'd\u00adup@example.com'],
  ])('refuses %s with a clear reason and makes no account', async (_name, email) => {
    t = await startTestApp();
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/signup', payload: signupBody(email) });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: 'validation', message: expect.stringMatching(/invisible/) });
    expect(await t.database.query('select cast(count(*) as integer) as n from users')).toEqual([{ n: 0 }]);
  });
});
