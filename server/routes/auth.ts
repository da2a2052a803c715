import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { dummyHash, hashPassword, verifyPassword } from '../auth/password';
import { normaliseEmail } from '../auth/email';
import { LoginThrottle } from '../auth/login-throttle';
import { toPublicUser } from '../db/users-repo';
import { ApiError } from '../http-errors';
import {
  CredentialsSchema,
  ErrorBodySchema,
  SignupBodySchema,
  UserResponseSchema,
} from '@core/transcript/wire';
import { MIN_PASSWORD_CHARS } from '@core/transcript/limits';

export interface AuthRouteOptions {
  loginRateLimit: number;
  loginAccountFailures: number;
  signupRateLimit: number;
}

export const authRoutes: FastifyPluginAsyncTypebox<AuthRouteOptions> = async (app, options) => {
  const throttle = new LoginThrottle(options.loginAccountFailures, Date.now, app.repos.loginThrottles);

  app.post(
    '/api/auth/signup',
    {
      // A clear 409 for a taken email, but only this many tries per address (docs/security.md).
      config: { access: 'public', rateLimit: { max: options.signupRateLimit, timeWindow: '1 hour' } },
      schema: {
        body: SignupBodySchema,
        response: { 201: UserResponseSchema, 400: ErrorBodySchema, 409: ErrorBodySchema, 429: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const checked = normaliseEmail(request.body.email);
      if (!checked.ok) throw new ApiError(400, 'validation', checked.reason);
      const email = checked.email;
      const name = request.body.name.trim();
      if (request.body.password.length < MIN_PASSWORD_CHARS)
        throw new ApiError(400, 'validation', `Passwords must be at least ${MIN_PASSWORD_CHARS} characters.`);
      if (!name) throw new ApiError(400, 'validation', 'Please enter your name.');
      const row = await app.repos.users.insert({
        id: randomUUID(),
        email,
        name,
        role: request.body.role,
        passwordHash: await hashPassword(request.body.password),
      });
      if (!row) throw new ApiError(409, 'conflict:email', 'An account with that email already exists. Log in instead.');
      await app.startSession(reply, row.id);
      return reply.code(201).send({ user: toPublicUser(row) });
    },
  );

  app.post(
    '/api/auth/login',
    {
      config: { access: 'public', rateLimit: { max: options.loginRateLimit, timeWindow: '1 minute' } },
      schema: {
        body: CredentialsSchema,
        response: { 200: UserResponseSchema, 401: ErrorBodySchema, 429: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const checked = normaliseEmail(request.body.email);
      // Throttled by the normalised email whether or not it has an account, so a 429 reveals nothing.
      const account = checked.ok ? checked.email : request.body.email;
      const waitMs = await throttle.begin(account);
      if (waitMs > 0) {
        const seconds = Math.ceil(waitMs / 1000);
        reply.header('retry-after', String(seconds));
        throw new ApiError(429, 'rate_limited', `Too many failed log-ins for this account; try again in ${seconds} s.`);
      }
      const row = checked.ok ? await app.repos.users.findByEmail(checked.email) : undefined;
      // Verify against a dummy hash for unknown emails so timing does not reveal which emails exist.
      const ok = await verifyPassword(request.body.password, row?.passwordHash ?? (await dummyHash()));
      if (!row || !ok) throw new ApiError(401, 'invalid_credentials', 'Wrong email or password.');
      await throttle.succeeded(account);
      await app.startSession(reply, row.id);
      return { user: toPublicUser(row) };
    },
  );

  app.post('/api/auth/logout', { config: { access: 'public' }, schema: { response: { 204: Type.Null() } } }, async (request, reply) => {
    await app.endSession(request, reply);
    return reply.code(204).send(null);
  });
};
