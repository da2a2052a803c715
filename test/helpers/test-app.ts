import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '@server/app';
import { loadConfig } from '@server/config';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  close: () => Promise<void>;
}

/**
 * The real app on a fresh database of the engine under test (SQLite temp file, or PostgreSQL with
 * TEST_DATABASE_URL); env overrides are the same strings as in production.
 */
export async function startTestApp(env: Record<string, string> = {}, options: AppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({ ...database.env, LOG_LEVEL: 'silent', SIMULATOR_WORD_DELAY_MS: '0', ...env });
  const app = await buildApp(config, { logger: env.LOG_LEVEL !== undefined, ...options });
  await app.ready();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.remove();
    },
  };
}

let counter = 0;

/** Signs up a fresh user and returns its cookie header. */
export async function signUp(
  app: FastifyInstance,
  overrides: Partial<{ email: string; password: string; name: string; role: 'leader' | 'coach' }> = {},
): Promise<{ cookie: string; userId: string }> {
  counter += 1;
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/signup',
    payload: { email: `leader${counter}@example.com`, password: 'correct horse', name: 'Lee', role: 'leader', ...overrides },
  });
  if (response.statusCode !== 201) throw new Error(`signup failed: ${response.statusCode} ${response.body}`);
  const setCookie = response.cookies.find((c) => c.name === 'askwell_session');
  if (!setCookie) throw new Error('signup set no session cookie');
  return { cookie: `askwell_session=${setCookie.value}`, userId: response.json().user.id };
}

export async function createSession(app: FastifyInstance, cookie: string, scenarioId?: string) {
  const scenarios = (await app.inject({ url: '/api/scenarios', headers: { cookie } })).json() as { id: string }[];
  const response = await app.inject({
    method: 'POST',
    url: '/api/sessions',
    headers: { cookie },
    payload: { scenarioId: scenarioId ?? scenarios[0].id },
  });
  if (response.statusCode !== 201) throw new Error(`create session failed: ${response.statusCode} ${response.body}`);
  return response.json() as { id: string; turns: { text: string }[] };
}
