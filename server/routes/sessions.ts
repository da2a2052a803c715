import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { endSession } from '../practice/end-session';
import { toSessionView } from '../practice/session-view';
import { notFound } from '../http-errors';
import { ErrorBody, IdParams, SessionBody, SessionSummaryBody } from './schemas';

/** The caller's practice session and its scenario; anything else (imported sessions included) is the same 404, so ids leak nothing. */
export function ownedSession(app: FastifyInstance, request: FastifyRequest, id: string) {
  const row = app.repos.practiceSessions.findOwned(id, request.user!.id);
  const scenario = row?.kind === 'practice' ? app.scenarios.get(row.scenarioId) : undefined;
  if (!row || !scenario) throw notFound('session');
  return { row, scenario };
}

/** The caller's session of any kind (an imported one may have no scenario); the same 404 otherwise. */
export function ownedSessionOfAnyKind(app: FastifyInstance, request: FastifyRequest, id: string) {
  const row = app.repos.practiceSessions.findOwned(id, request.user!.id);
  if (!row) throw notFound('session');
  const scenario = row.scenarioId ? app.scenarios.get(row.scenarioId) : undefined;
  if (row.kind === 'practice' && !scenario) throw notFound('session');
  return { row, scenario };
}

export const sessionView = (app: FastifyInstance, request: FastifyRequest, id: string) => {
  const { row, scenario } = ownedSessionOfAnyKind(app, request, id);
  return toSessionView(row, scenario, app.repos.turns.list(id));
};

export const sessionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const withId = { params: IdParams };

  app.post(
    '/api/sessions',
    {
      schema: {
        body: Type.Object({
          scenarioId: Type.String({ minLength: 1, maxLength: 100 }),
          feedbackEnabled: Type.Optional(Type.Boolean()),
        }),
        response: { 201: SessionBody, 404: ErrorBody },
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

  app.get('/api/sessions', { schema: { response: { 200: Type.Array(SessionSummaryBody) } } }, async (request) =>
    app.repos.practiceSessions.listOwned(request.user!.id).map(({ title, ...row }) => ({
      ...row,
      scenarioId: row.scenarioId || null,
      scenarioTitle: title ?? app.scenarios.get(row.scenarioId)?.title ?? row.scenarioId,
    })),
  );

  app.get(
    '/api/sessions/:id',
    { schema: { ...withId, response: { 200: SessionBody, 404: ErrorBody } } },
    async (request) => sessionView(app, request, request.params.id),
  );

  app.patch(
    '/api/sessions/:id',
    {
      schema: {
        ...withId,
        body: Type.Object({ feedbackEnabled: Type.Boolean() }),
        response: { 200: SessionBody, 404: ErrorBody },
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
    { schema: { ...withId, response: { 200: SessionBody, 404: ErrorBody } } },
    async (request) => {
      const { row, scenario } = ownedSession(app, request, request.params.id);
      if (row.status === 'open') {
        // Holds the turn claim: a turn cut short stores its interrupted reply first, so the
        // scorecard sees it, and no reply is stored while the debrief is written.
        await app.inFlightTurns.whileEnding(row.id, async () => {
          if (app.repos.practiceSessions.findById(row.id)?.status === 'open') await endSession(app, row.id, scenario);
        });
      }
      return sessionView(app, request, row.id);
    },
  );
};
