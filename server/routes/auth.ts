import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { dummyHash, hashPassword, verifyPassword } from '../auth/password';
import { toPublicUser } from '../db/users-repo';
import { ApiError } from '../http-errors';
import { ErrorBody, UserBody } from './schemas';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MIN_PASSWORD = 8;

const Credentials = {
  email: Type.String({ maxLength: 254 }),
  password: Type.String({ maxLength: 1024 }),
};

const normaliseEmail = (email: string) => email.trim().toLowerCase();

export const authRoutes: FastifyPluginAsyncTypebox<{ loginRateLimit: number }> = async (app, { loginRateLimit }) => {
  app.post(
    '/api/auth/signup',
    {
      config: { access: 'public' },
      schema: {
        body: Type.Object({
          ...Credentials,
          name: Type.String({ maxLength: 100 }),
          role: Type.Union([Type.Literal('leader'), Type.Literal('coach')]),
        }),
        response: { 201: Type.Object({ user: UserBody }), 400: ErrorBody, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      const email = normaliseEmail(request.body.email);
      const name = request.body.name.trim();
      if (!EMAIL.test(email)) throw new ApiError(400, 'validation', 'Please enter a valid email address.');
      if (request.body.password.length < MIN_PASSWORD)
        throw new ApiError(400, 'validation', `Passwords must be at least ${MIN_PASSWORD} characters.`);
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
      config: { access: 'public', rateLimit: { max: loginRateLimit, timeWindow: '1 minute' } },
      schema: {
        body: Type.Object(Credentials),
        response: { 200: Type.Object({ user: UserBody }), 401: ErrorBody, 429: ErrorBody },
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

  app.post('/api/auth/logout', { config: { access: 'public' }, schema: { response: { 204: Type.Null() } } }, async (request, reply) => {
    app.endSession(request, reply);
    return reply.code(204).send(null);
  });
};
