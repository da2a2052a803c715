import { afterEach, beforeEach } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { AppOptions } from '@server/app';
import { signUp, startTestApp, type TestApp } from './test-app';
import type { TestDatabase } from './test-database';
import { openStream, type MessageQueue } from './ws-client';

type Env = Record<string, string>;

export interface AppPerTestSettings {
  /** Env overrides for startTestApp; a function when they depend on something started per test (a fake model's URL). */
  env?: Env | (() => Env);
  options?: AppOptions;
  /** Signs up a leader before each test (with these sign-up fields, if an object); its cookie is `cookie`. */
  leader?: true | Parameters<typeof signUp>[1];
}

export interface AppPerTest {
  readonly app: FastifyInstance;
  readonly database: TestDatabase;
  /** The cookie of the leader signed up before the test. */
  readonly cookie: string;
  /** Opens a session's stream (as the leader unless `as` says otherwise); closed after the test. */
  connect(sessionId: string, as?: string): Promise<MessageQueue>;
  /** Replaces the app with one on a fresh database, these env overrides added, the leader signed up anew. */
  restart(env: Env): Promise<void>;
}

/**
 * A fresh app on a fresh test database for every test of the file, hooks registered here: hooks the
 * file registers before this call run before the app starts, and (vitest runs after-hooks in reverse)
 * their after-hooks once it is closed; those registered after it run with the app up.
 */
export function appPerTest(settings: AppPerTestSettings = {}): AppPerTest {
  let current: TestApp | undefined;
  let cookie: string | undefined;
  let sockets: MessageQueue[] = [];
  const envNow = () => (typeof settings.env === 'function' ? settings.env() : settings.env);

  const start = async (env: Env = {}) => {
    current = await startTestApp(env, settings.options);
    if (settings.leader) ({ cookie } = await signUp(current.app, settings.leader === true ? {} : settings.leader));
  };
  const leaderCookie = () => {
    if (cookie === undefined) throw new Error('appPerTest: no leader was signed up (pass `leader`)');
    return cookie;
  };
  const started = () => {
    if (!current) throw new Error('appPerTest: the app is up only inside a test');
    return current;
  };

  beforeEach(() => start(envNow()));
  afterEach(async () => {
    for (const socket of sockets) socket.close();
    sockets = [];
    await current?.close();
    current = undefined;
    cookie = undefined;
  });

  return {
    get app() {
      return started().app;
    },
    get database() {
      return started().database;
    },
    get cookie() {
      return leaderCookie();
    },
    async connect(sessionId, as = leaderCookie()) {
      const queue = await openStream(started().app, sessionId, as);
      sockets.push(queue);
      return queue;
    },
    async restart(env) {
      await started().close();
      current = undefined;
      await start({ ...envNow(), ...env });
    },
  };
}
