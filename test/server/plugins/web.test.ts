import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '@test/helpers/test-app';

// The web app routes in the URL's hash, so the server serves `/` and the assets, and nothing else.

let webDir: string;
let test: TestApp;

beforeAll(async () => {
  webDir = mkdtempSync(join(tmpdir(), 'askwell-web-'));
  writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Askwell</title>');
  test = await startTestApp({}, { webDir });
});

afterAll(async () => {
  await test.close();
  rmSync(webDir, { recursive: true, force: true });
});

describe('web plugin', () => {
  it('serves index.html at /', async () => {
    const response = await test.app.inject({ url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<title>Askwell</title>');
  });

  it('answers a path outside the app with the JSON 404, not index.html', async () => {
    const response = await test.app.inject({ url: '/sessions/abc' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: 'not_found:route', message: 'No route GET /sessions/abc.' });
  });
});
