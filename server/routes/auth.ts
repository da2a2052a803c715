import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { dummyHash, hashPassword, verifyPassword } from '../auth/password';
import { toPublicUser } from '../db/users-repo';
import { ApiError } from '../http-errors';
import {
  CredentialsSchema,
  ErrorBodySchema,
  SignupBodySchema,
  UserResponseSchema,
} from '../../core/transcript/wire';
import { MIN_PASSWORD_CHARS } from '../../core/transcript/limits';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const normaliseEmail = (email: string) => email.trim().toLowerCase();

export const authRoutes: FastifyPluginAsyncTypebox<{ loginRateLimit: number }> = async (app, { loginRateLimit }) => {
  app.post(
    '/api/auth/signup',
    {
      schema: {
        body: SignupBodySchema,
        response: { 201: UserResponseSchema, 400: ErrorBodySchema, 409: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const email = normaliseEmail(request.body.email);
      const name = request.body.name.trim();
      if (!EMAIL.test(email)) throw new ApiError(400, 'validation', 'Please enter a valid email address.');
      if (request.body.password.length < MIN_PASSWORD_CHARS)
        throw new ApiError(400, 'validation', `Passwords must be at least ${MIN_PASSWORD_CHARS} characters.`);
      if (!name) throw new ApiError(400, 'validation', 'Please enter your name.');
      const row = app.repos.users.insert({
        id: randomUUID(),
        email,
        name,
        role: request.body.role,
        passwordHash: await hashPassword(request.body.password),
      });
      if (!row) throw new ApiError(409, 'conflict:email', 'An account with that email already exists. Log in instead.');
      app.startSession(reply, row.id);
      return reply.code(201).send({ user: toPublicUser(row) });
    },
  );

  app.post(
    '/api/auth/login',
    {
      config: { rateLimit: { max: loginRateLimit, timeWindow: '1 minute' } },
      schema: {
        body: CredentialsSchema,
        response: { 200: UserResponseSchema, 401: ErrorBodySchema, 429: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const row = app.repos.users.findByEmail(normaliseEmail(request.body.email));
      // Verify against a dummy hash for unknown emails so timing does not reveal which emails exist.
      const ok = await verifyPassword(request.body.password, row?.passwordHash ?? (await dummyHash()));
      if (!row || !ok) throw new ApiError(401, 'invalid_credentials', 'Wrong email or password.');
      app.startSession(reply, row.id);
      return { user: toPublicUser(row) };
    },
  );

  app.post('/api/auth/logout', { schema: { response: { 204: Type.Null() } } }, async (request, reply) => {
    app.endSession(request, reply);
    return reply.code(204).send(null);
  });
};
