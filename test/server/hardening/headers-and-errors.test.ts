import { beforeEach, describe, expect, it } from 'vitest';
import { WEB_DIST } from '@server/web-build';
import { appPerTest } from '@test/helpers/app-per-test';
import { createSession, signUp } from '@test/helpers/test-app';
import { startServedApp } from '@test/helpers/browser-app';

// Defects 5 and 12 of issue #7: security headers, no-store on the API, JSON errors everywhere.

beforeEach(async () => {
  await startServedApp().then((served) => served.close()); // makes sure dist/web is built
});
const t = appPerTest({ env: { TRUST_PROXY: '127.0.0.1' }, options: { webDir: WEB_DIST } });

describe('security headers', () => {
  it('serves the app with a strict CSP, nosniff, no framing and a referrer policy; HSTS only over HTTPS', async () => {
    const page = await t.app.inject({ url: '/' });
    expect(page.statusCode).toBe(200);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(page.headers['strict-transport-security']).toBeUndefined();

    const overHttps = await t.app.inject({ url: '/', headers: { 'x-forwarded-proto': 'https' } });
    expect(overHttps.headers['strict-transport-security']).toMatch(/max-age=\d+/);
  });

  it('marks every /api answer no-store, errors included', async () => {
    for (const url of ['/api/health', '/api/me', '/api/nope']) {
      const response = await t.app.inject({ url });
      expect(response.headers['cache-control'], url).toBe('no-store');
    }
    expect((await t.app.inject({ url: '/' })).headers['cache-control']).not.toBe('no-store');
  });
});

describe('consistent JSON errors', () => {
  it('answers a plain GET on the stream route with a JSON 426, not an empty 404', async () => {
    const { cookie } = await signUp(t.app);
    const session = await createSession(t.app, cookie);
    const response = await t.app.inject({ url: `/api/sessions/${session.id}/stream`, headers: { cookie } });
    expect(response.statusCode).toBe(426);
    expect(response.json()).toEqual({ error: 'upgrade_required', message: expect.stringMatching(/WebSocket/) });
  });

  it.each(['/..%2f..%2fetc%2fpasswd', '/assets/..%2f..%2f..%2fpackage.json'])('labels a traversal attempt %s as forbidden', async (url) => {
    const response = await t.app.inject({ url });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ error: 'forbidden' });
    expect(response.body).not.toContain('"name"');
  });

  it.each([
    ['DELETE', '/api/sessions', undefined, 'not_found:route', 404],
    ['POST', '/api/auth/login', '{bad', 'bad_request', 400],
  ])('%s %s answers JSON with a stable code', async (method, url, payload, code, status) => {
    const headers = payload ? { 'content-type': 'application/json' } : {};
    const response = await t.app.inject({ method: method as 'POST', url, headers, payload });
    expect(response.statusCode).toBe(status);
    expect(response.json()).toMatchObject({ error: code });
  });
});
