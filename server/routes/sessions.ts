import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { endSession } from '../practice/end-session';
import { toSessionView } from '../practice/session-view';
import { notFound } from '../http-errors';
import {
  CreateSessionBodySchema,
  ErrorBodySchema,
  IdParamsSchema,
  SessionSchema,
  SessionSummarySchema,
  UpdateSessionBodySchema,
} from '../../core/transcript/wire';

/** The caller's session and its scenario; anything else is the same 404, so ids leak nothing. */
export function ownedSession(app: FastifyInstance, request: FastifyRequest, id: string) {
  const row = app.repos.practiceSessions.findOwned(id, request.user!.id);
  const scenario = row && app.scenarios.get(row.scenarioId);
  if (!row || !scenario) throw notFound('session');
  return { row, scenario };
}

const sessionView = (app: FastifyInstance, request: FastifyRequest, id: string) => {
  const { row, scenario } = ownedSession(app, request, id);
  return toSessionView(row, scenario, app.repos.turns.list(id));
};

export const sessionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const withId = { params: IdParamsSchema };

  app.post(
    '/api/sessions',
    {
      schema: {
        body: CreateSessionBodySchema,
        response: { 201: SessionSchema, 404: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const scenario = app.scenarios.get(request.body.scenarioId);
      if (!scenario) throw notFound('scenario');
      const id = randomUUID();
      app.repos.practiceSessions.create(
        { id, userId: request.user!.id, scenarioId: scenario.id, feedbackEnabled: request.body.feedbackEnabled ?? true },
        scenario.openingLine,
      );
      return reply.code(201).send(sessionView(app, request, id));
    },
  );

  app.get('/api/sessions', { schema: { response: { 200: Type.Array(SessionSummarySchema) } } }, async (request) =>
    app.repos.practiceSessions.listOwned(request.user!.id).map((row) => ({
      ...row,
      scenarioTitle: app.scenarios.get(row.scenarioId)?.title ?? row.scenarioId,
    })),
  );

  app.get(
    '/api/sessions/:id',
    { schema: { ...withId, response: { 200: SessionSchema, 404: ErrorBodySchema } } },
    async (request) => sessionView(app, request, request.params.id),
  );

  app.patch(
    '/api/sessions/:id',
    {
      schema: {
        ...withId,
        body: UpdateSessionBodySchema,
        response: { 200: SessionSchema, 404: ErrorBodySchema },
      },
    },
    async (request) => {
      ownedSession(app, request, request.params.id);
      app.repos.practiceSessions.setFeedbackEnabled(request.params.id, request.body.feedbackEnabled);
      return sessionView(app, request, request.params.id);
    },
  );

  app.post(
    '/api/sessions/:id/end',
    { schema: { ...withId, response: { 200: SessionSchema, 404: ErrorBodySchema } } },
    async (request) => {
      const { row, scenario } = ownedSession(app, request, request.params.id);
      if (row.status === 'open') {
        // Let a turn cut short by the end store its interrupted reply first, so the scorecard sees it.
        await app.inFlightTurns.abort(row.id);
        await endSession(app, row.id, scenario);
      }
      return sessionView(app, request, row.id);
    },
  );
};
