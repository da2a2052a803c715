import { randomBytes } from 'node:crypto';
import cookie from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { isSecureCookie, type CookieSecureMode } from '../auth/cookie-security';
import { LiveSockets } from '../auth/live-sockets';
import { hashSessionToken, newSessionToken, SESSION_COOKIE, SESSION_TTL_MS } from '../auth/session-token';
import type { User } from '@core/transcript/wire';
import { toPublicUser } from '../db/users-repo';
import { unauthorized } from '../http-errors';
import { beforeEverySocket } from '../http/websocket-routes';
import { ALL_SESSIONS } from '../practice/session-bus';

declare module 'fastify' {
  interface FastifyInstance {
    /** onRequest hook for routes that need a logged-in user. */
    requireUser: (request: FastifyRequest) => Promise<void>;
    startSession: (reply: FastifyReply, userId: string) => Promise<void>;
    endSession: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
    /** Whether the auth session a request was let in with is still live (re-checked on every socket message). */
    authSessionIsLive: (request: FastifyRequest) => Promise<boolean>;
    liveSockets: LiveSockets;
  }
  interface FastifyRequest {
    user: User | null;
    /** Hash of the session token `requireUser` accepted. */
    authTokenHash: string | null;
  }
}

const cookieOptions = (secure: boolean) =>
  ({ path: '/', httpOnly: true, sameSite: 'lax', secure, signed: true }) as const;

/** How often sockets of expired auth sessions are looked for and closed. */
const SWEEP_MS = 60_000;

export default fp<{ sessionSecret?: string; cookieSecure?: CookieSecureMode }>(
  async (app, options) => {
    // The secret is generated once and kept in the database so sessions survive restarts.
    const secret =
      options.sessionSecret ?? (await app.repos.settings.getOrInsert('session_secret', randomBytes(48).toString('base64url')));
    await app.register(cookie, { secret });
    const secureMode = options.cookieSecure ?? 'auto';
    await app.repos.authSessions.deleteExpired();

    app.decorateRequest('user', null);
    app.decorateRequest('authTokenHash', null);

    const tokenOf = (request: FastifyRequest): string | undefined => {
      const raw = request.cookies[SESSION_COOKIE];
      if (!raw) return undefined;
      const unsigned = request.unsignCookie(raw);
      return unsigned.valid && unsigned.value ? unsigned.value : undefined;
    };

    app.decorate('requireUser', async (request: FastifyRequest) => {
      const token = tokenOf(request);
      const tokenHash = token && hashSessionToken(token);
      const userId = tokenHash && (await app.repos.authSessions.findLiveUserId(tokenHash));
      const row = userId ? await app.repos.users.findById(userId) : undefined;
      if (!row) throw unauthorized();
      request.user = toPublicUser(row);
      request.authTokenHash = tokenHash || null;
    });

    app.decorate(
      'authSessionIsLive',
      async (request: FastifyRequest) =>
        Boolean(request.authTokenHash && (await app.repos.authSessions.findLiveUserId(request.authTokenHash)) === request.user?.id),
    );

    app.decorate('startSession', async (reply: FastifyReply, userId: string) => {
      const token = newSessionToken();
      const expires = new Date(Date.now() + SESSION_TTL_MS);
      await app.repos.authSessions.insert(hashSessionToken(token), userId, expires);
      reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions(isSecureCookie(secureMode, reply.request)), expires });
    });

    const liveSockets = new LiveSockets();
    app.decorate('liveSockets', liveSockets);
    // A log-out on any node closes this auth session's sockets on every node at once.
    app.storage.bus.subscribe(ALL_SESSIONS, (event) => {
      if (event.kind === 'auth-ended') liveSockets.closeAll(event.tokenHash);
    });

    app.decorate('endSession', async (request: FastifyRequest, reply: FastifyReply) => {
      const token = tokenOf(request);
      if (token) {
        await app.repos.authSessions.delete(hashSessionToken(token));
        app.storage.bus.publish(ALL_SESSIONS, { kind: 'auth-ended', tokenHash: hashSessionToken(token) });
      }
      reply.clearCookie(SESSION_COOKIE, cookieOptions(isSecureCookie(secureMode, request)));
    });

    // Every socket opened by a signed-in user is tied to that auth session, whatever route opened it.
    beforeEverySocket(app, (socket, request) => {
      if (request.authTokenHash) liveSockets.add(request.authTokenHash, socket);
    });

    const sweep = setInterval(() => {
      void liveSockets.sweep(async (tokenHash) => (await app.repos.authSessions.findLiveUserId(tokenHash)) !== undefined).catch(() => {});
    }, SWEEP_MS);
    sweep.unref();
    app.addHook('onClose', async () => clearInterval(sweep));
  },
  { name: 'auth', dependencies: ['db'] },
);
