import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import rateLimit from '@fastify/rate-limit';
import websocket from '@fastify/websocket';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import { allowedOrigins, trustProxySetting, type Config } from './config';
import { sharedRateLimitStore } from './auth/shared-rate-limit-store';
import { ApiError } from './http-errors';
import { frameworkErrorCode } from './http/error-codes';
import accessPlugin from './plugins/access';
import clockPlugin, { type Clock } from './plugins/clock';
import authPlugin from './plugins/auth';
import dbPlugin from './plugins/db';
import enginesPlugin from './plugins/engines';
import lifecyclePlugin from './plugins/lifecycle';
import practicePlugin from './plugins/practice';
import requestGuard from './plugins/request-guard';
import securityHeaders from './plugins/security-headers';
import scenariosPlugin from './plugins/scenarios';
import scenarioCatalogPlugin from './plugins/scenario-catalog';
import socketGuard, { websocketErrorHandler } from './plugins/socket-guard';
import sessionHubPlugin from './plugins/session-hub';
import sessionWatchersPlugin from './plugins/session-watchers';
import webPlugin from './plugins/web';
import { assignmentRoutes } from './routes/assignments';
import { authoredScenarioRoutes } from './routes/authored-scenarios';
import { authRoutes } from './routes/auth';
import { branchRoutes } from './routes/branches';
import { calibrationRoutes } from './routes/calibration';
import { coachInviteRoutes } from './routes/coach-invites';
import { coachLeaderRoutes } from './routes/coach-leaders';
import { exportRoutes } from './routes/exports';
import { healthRoutes } from './routes/health';
import { importRoutes } from './routes/imports';
import { meRoutes } from './routes/me';
import { myCoachRoutes } from './routes/my-coaches';
import { scenarioRoutes } from './routes/scenarios';
import { sessionAnnotationRoutes } from './routes/session-annotations';
import { sessionEventRoutes } from './routes/session-events';
import { sessionRoutes } from './routes/sessions';
import { streamRoutes } from './routes/stream';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface AppOptions {
  scenariosDir?: string;
  /** Built web app to serve; omitted in API-only tests. */
  webDir?: string;
  logger?: boolean;
  /** Where log lines go (default stdout); tests read them to check what is logged. */
  logStream?: { write: (line: string) => void };
  /** The time homework is judged by; tests pass one they can move. */
  clock?: Clock;
}

/** Largest WebSocket frame accepted; a 4,000-character reply fits many times over. */
const MAX_FRAME_BYTES = 256 * 1024;

/** Composes infrastructure, then services, then routes. Tests build it with their own config. */
export async function buildApp(config: Config, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: config.LOG_LEVEL,
            redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
            ...(options.logStream ? { stream: options.logStream } : {}),
          },
    bodyLimit: 64 * 1024,
    trustProxy: trustProxySetting(config),
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setErrorHandler((error: Error & { statusCode?: number; validation?: unknown }, request, reply) => {
    if (error instanceof ApiError) return reply.code(error.statusCode).send({ error: error.code, message: error.message });
    const status = error.statusCode ?? 500;
    if (error.validation)
      return reply.code(400).send({ error: 'validation', message: error.message });
    if (status === 429) return reply.code(429).send({ error: 'rate_limited', message: 'Too many attempts; wait a minute and try again.' });
    // Framework errors (malformed JSON, body too large, traversal) get a stable code by status, not Fastify's internal ones.
    if (status < 500) return reply.code(status).send({ error: frameworkErrorCode(status), message: error.message });
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send({ error: 'internal', message: 'Something went wrong on our side.' });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ error: 'not_found:route', message: `No route ${request.method} ${request.url.split('?')[0]}.` }),
  );

  await app.register(securityHeaders);
  await app.register(dbPlugin, {
    databaseUrl: config.DATABASE_URL,
    databasePath: config.DATABASE_PATH,
    synchronous: config.DATABASE_SYNCHRONOUS,
    poolMax: config.DATABASE_POOL_MAX,
  });
  await app.register(authPlugin, { sessionSecret: config.SESSION_SECRET, cookieSecure: config.COOKIE_SECURE });
  await app.register(rateLimit, { global: false, store: sharedRateLimitStore(app.repos.rateLimits) });
  await app.register(socketGuard);
  await app.register(websocket, { options: { maxPayload: MAX_FRAME_BYTES }, errorHandler: websocketErrorHandler });
  // After @fastify/websocket, whose onRequest hook marks upgrades so a refused one has its socket closed.
  await app.register(requestGuard, { allowedOrigins: allowedOrigins(config) });
  await app.register(scenariosPlugin, { scenariosDir: options.scenariosDir ?? resolve(ROOT, 'prompts/scenarios') });
  await app.register(scenarioCatalogPlugin);
  await app.register(clockPlugin, { clock: options.clock });
  await app.register(enginesPlugin, { config });
  await app.register(lifecyclePlugin);
  await app.register(practicePlugin, { leaseMs: config.TURN_LEASE_MS });
  await app.register(sessionHubPlugin);
  await app.register(sessionWatchersPlugin);
  // Before any route: every /api route must name its policy action (server/access/policy.ts).
  await app.register(accessPlugin);

  await app.register(healthRoutes);
  await app.register(authRoutes, {
    loginRateLimit: config.LOGIN_RATE_LIMIT,
    loginAccountFailures: config.LOGIN_ACCOUNT_FAILURES,
    signupRateLimit: config.SIGNUP_RATE_LIMIT,
  });
  await app.register(async (signedIn) => {
    signedIn.addHook('onRequest', signedIn.requireUser);
    await signedIn.register(meRoutes);
    await signedIn.register(scenarioRoutes);
    await signedIn.register(sessionRoutes);
    await signedIn.register(branchRoutes);
    await signedIn.register(streamRoutes);
    await signedIn.register(importRoutes);
    await signedIn.register(exportRoutes);
    await signedIn.register(sessionAnnotationRoutes);
    await signedIn.register(sessionEventRoutes);
    await signedIn.register(myCoachRoutes);
    await signedIn.register(coachInviteRoutes);
    await signedIn.register(coachLeaderRoutes);
    await signedIn.register(calibrationRoutes);
    await signedIn.register(authoredScenarioRoutes);
    await signedIn.register(assignmentRoutes);
  });
  if (options.webDir) await app.register(webPlugin, { webDir: options.webDir });
  return app;
}
