import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import rateLimit from '@fastify/rate-limit';
import websocket from '@fastify/websocket';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from './config';
import { ApiError } from './http-errors';
import authPlugin from './plugins/auth';
import dbPlugin from './plugins/db';
import enginesPlugin from './plugins/engines';
import practicePlugin from './plugins/practice';
import scenariosPlugin from './plugins/scenarios';
import sessionHubPlugin from './plugins/session-hub';
import webPlugin, { isClientRoute } from './plugins/web';
import { authRoutes } from './routes/auth';
import { branchRoutes } from './routes/branches';
import { healthRoutes } from './routes/health';
import { meRoutes } from './routes/me';
import { scenarioRoutes } from './routes/scenarios';
import { sessionRoutes } from './routes/sessions';
import { streamRoutes } from './routes/stream';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface AppOptions {
  scenariosDir?: string;
  /** Built web app to serve; omitted in API-only tests. */
  webDir?: string;
  logger?: boolean;
}

/** Largest WebSocket frame accepted; a 4,000-character reply fits many times over. */
const MAX_FRAME_BYTES = 256 * 1024;

/** Composes infrastructure, then services, then routes. Tests build it with their own config. */
export async function buildApp(config: Config, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : { level: config.LOG_LEVEL, redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'] },
    bodyLimit: 64 * 1024,
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setErrorHandler((error: Error & { statusCode?: number; validation?: unknown }, request, reply) => {
    if (error instanceof ApiError) return reply.code(error.statusCode).send({ error: error.code, message: error.message });
    const status = error.statusCode ?? 500;
    if (error.validation)
      return reply.code(400).send({ error: 'validation', message: error.message });
    if (status === 429) return reply.code(429).send({ error: 'rate_limited', message: 'Too many attempts; wait a minute and try again.' });
    // Framework errors (malformed JSON, wrong content type, body too large) get one stable code, not Fastify's internal ones.
    if (status < 500) return reply.code(status).send({ error: 'bad_request', message: error.message });
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send({ error: 'internal', message: 'Something went wrong on our side.' });
  });
  app.setNotFoundHandler((request, reply) => {
    if (options.webDir && isClientRoute(request.method, request.url)) return reply.sendFile('index.html');
    return reply.code(404).send({ error: 'not_found:route', message: `No route ${request.method} ${request.url.split('?')[0]}.` });
  });

  await app.register(dbPlugin, { databasePath: config.DATABASE_PATH, synchronous: config.DATABASE_SYNCHRONOUS });
  await app.register(authPlugin, { sessionSecret: config.SESSION_SECRET });
  await app.register(rateLimit, { global: false });
  await app.register(websocket, { options: { maxPayload: MAX_FRAME_BYTES } });
  await app.register(scenariosPlugin, { scenariosDir: options.scenariosDir ?? resolve(ROOT, 'prompts/scenarios') });
  await app.register(enginesPlugin, { config });
  await app.register(practicePlugin);
  await app.register(sessionHubPlugin);

  await app.register(healthRoutes);
  await app.register(authRoutes, { loginRateLimit: config.LOGIN_RATE_LIMIT });
  await app.register(async (signedIn) => {
    signedIn.addHook('onRequest', signedIn.requireUser);
    await signedIn.register(meRoutes);
    await signedIn.register(scenarioRoutes);
    await signedIn.register(sessionRoutes);
    await signedIn.register(branchRoutes);
    await signedIn.register(streamRoutes);
  });
  if (options.webDir) await app.register(webPlugin, { webDir: options.webDir });
  return app;
}
