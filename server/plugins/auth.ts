import { randomBytes } from 'node:crypto';
import cookie from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hashSessionToken, newSessionToken, SESSION_COOKIE, SESSION_TTL_MS } from '../auth/session-token';
import type { User } from '../../core/transcript/wire';
import { toPublicUser } from '../db/users-repo';
import { unauthorized } from '../http-errors';

declare module 'fastify' {
  interface FastifyInstance {
    /** onRequest hook for routes that need a logged-in user. */
    requireUser: (request: FastifyRequest) => Promise<void>;
    startSession: (reply: FastifyReply, userId: string) => void;
    endSession: (request: FastifyRequest, reply: FastifyReply) => void;
  }
  interface FastifyRequest {
    user: User | null;
  }
}

const cookieOptions = (secure: boolean) =>
  ({ path: '/', httpOnly: true, sameSite: 'lax', secure, signed: true }) as const;

export default fp<{ sessionSecret?: string; secureCookies?: boolean }>(
  async (app, options) => {
    // The secret is generated once and kept in the database so sessions survive restarts.
    const secret =
      options.sessionSecret ?? app.repos.settings.getOrInsert('session_secret', randomBytes(48).toString('base64url'));
    await app.register(cookie, { secret });
    const secure = options.secureCookies ?? false;
    app.repos.authSessions.deleteExpired();

    app.decorateRequest('user', null);

    const tokenOf = (request: FastifyRequest): string | undefined => {
      const raw = request.cookies[SESSION_COOKIE];
      if (!raw) return undefined;
      const unsigned = request.unsignCookie(raw);
      return unsigned.valid && unsigned.value ? unsigned.value : undefined;
    };

    app.decorate('requireUser', async (request: FastifyRequest) => {
      const token = tokenOf(request);
      const userId = token && app.repos.authSessions.findLiveUserId(hashSessionToken(token));
      const row = userId ? app.repos.users.findById(userId) : undefined;
      if (!row) throw unauthorized();
      request.user = toPublicUser(row);
    });

    app.decorate('startSession', (reply: FastifyReply, userId: string) => {
      const token = newSessionToken();
      const expires = new Date(Date.now() + SESSION_TTL_MS);
      app.repos.authSessions.insert(hashSessionToken(token), userId, expires);
      reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions(secure), expires });
    });

    app.decorate('endSession', (request: FastifyRequest, reply: FastifyReply) => {
      const token = tokenOf(request);
      if (token) app.repos.authSessions.delete(hashSessionToken(token));
      reply.clearCookie(SESSION_COOKIE, cookieOptions(secure));
    });
  },
  { name: 'auth', dependencies: ['db'] },
);
