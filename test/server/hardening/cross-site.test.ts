import { beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { appPerTest } from '@test/helpers/app-per-test';
import { createSession } from '@test/helpers/test-app';

// Defect 3 of issue #7: cross-site sockets and text/plain POSTs are refused; CLI clients are not.

let sessionId: string;
let base: string;

const t = appPerTest({ leader: true, env: { ALLOWED_ORIGINS: 'https://coach.example.org' } });
beforeEach(async () => {
  sessionId = (await createSession(t.app, t.cookie)).id;
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  base = `127.0.0.1:${(t.app.server.address() as { port: number }).port}`;
});

const turnCount = async () => (await t.database.query<{ n: number }>('select cast(count(*) as integer) as n from turns'))[0].n;

/** Opens the stream as a browser on `origin` would; resolves with the upgrade's HTTP status (101 = accepted). */
function upgradeStatus(headers: Record<string, string>): Promise<{ status: number; socket?: WebSocket }> {
  return new Promise((resolve) => {
    const socket = new WebSocket(`ws://${base}/api/sessions/${sessionId}/stream`, { headers: { cookie: t.cookie, ...headers } });
    socket.once('open', () => resolve({ status: 101, socket }));
    socket.once('unexpected-response', (req, res) => {
      req.destroy();
      resolve({ status: res.statusCode ?? 0 });
    });
    socket.once('error', () => undefined);
  });
}

describe('cross-site WebSocket', () => {
  it('refuses an upgrade from another origin, before anything can be sent or stored', async () => {
    const before = await turnCount();
    expect((await upgradeStatus({ origin: 'https://evil.example' })).status).toBe(403);
    expect((await upgradeStatus({ origin: 'null' })).status).toBe(403);
    expect((await upgradeStatus({ 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect(await turnCount()).toBe(before);
  });

  it.each([
    ['its own origin', { origin: 'OWN' }],
    ['an ALLOWED_ORIGINS entry', { origin: 'https://coach.example.org' }],
    ['no Origin at all (a CLI client)', {}],
  ])('accepts %s', async (_name, headers) => {
    const resolved = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, v === 'OWN' ? `http://${base}` : v]));
    const { status, socket } = await upgradeStatus(resolved);
    expect(status).toBe(101);
    socket?.terminate();
  });
});

describe('cross-site and non-JSON state changes', () => {
  const post = (url: string, headers: Record<string, string>, body?: string) =>
    fetch(`http://${base}${url}`, { method: 'POST', headers: { cookie: t.cookie, ...headers }, body });

  it('refuses a cross-site text/plain POST to end a session, and the session stays open', async () => {
    const response = await post(`/api/sessions/${sessionId}/end`, { origin: 'https://evil.example', 'content-type': 'text/plain' }, '{}');
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: 'forbidden:origin' });
    const session = await fetch(`http://${base}/api/sessions/${sessionId}`, { headers: { cookie: t.cookie } });
    expect((await session.json()).status).toBe('open');
  });

  it('refuses a same-origin text/plain POST with 415 (log-out keeps the session)', async () => {
    const response = await post('/api/auth/logout', { origin: `http://${base}`, 'content-type': 'text/plain' }, 'x');
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ error: 'unsupported_media_type' });
    expect((await fetch(`http://${base}/api/me`, { headers: { cookie: t.cookie } })).status).toBe(200);
  });

  it.each(['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/plain;charset=UTF-8'])(
    'refuses %s on PATCH',
    async (type) => {
      const response = await fetch(`http://${base}/api/sessions/${sessionId}`, {
        method: 'PATCH',
        headers: { cookie: t.cookie, 'content-type': type },
        body: 'feedbackEnabled=false',
      });
      expect(response.status).toBe(415);
    },
  );

  it('accepts JSON from its own origin, and a body-less POST from a CLI client', async () => {
    const patched = await fetch(`http://${base}/api/sessions/${sessionId}`, {
      method: 'PATCH',
      headers: { cookie: t.cookie, origin: `http://${base}`, 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' },
      body: JSON.stringify({ feedbackEnabled: false }),
    });
    expect(patched.status).toBe(200);
    const ended = await post(`/api/sessions/${sessionId}/end`, {});
    expect(ended.status).toBe(200);
  });

  it('refuses a cross-site upload to /api/imports, the one route that takes multipart; its own origin may upload', async () => {
    const upload = (origin: string) => {
      const form = new FormData();
      form.append('file', new Blob(['Ann: What happened on Friday?\nBob: The feed broke again.\n']), 'talk.txt');
      form.append('leader', 'Ann');
      return fetch(`http://${base}/api/imports`, { method: 'POST', headers: { cookie: t.cookie, origin }, body: form });
    };
    const imported = async () => ((await (await fetch(`http://${base}/api/sessions`, { headers: { cookie: t.cookie } })).json()) as { kind: string }[]).filter((s) => s.kind === 'imported');
    const refused = await upload('https://evil.example');
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: 'forbidden:origin' });
    expect(await imported()).toEqual([]);
    expect((await upload(`http://${base}`)).status).toBe(201);
    expect(await imported()).toHaveLength(1);
  });

  it('refuses a state change from a sibling site by Sec-Fetch-Site when no Origin is sent', async () => {
    const response = await post('/api/auth/logout', { 'sec-fetch-site': 'same-site', 'content-type': 'application/json' }, '{}');
    expect(response.status).toBe(403);
  });
});
