import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Scorecard } from '../../core/rubric/types';
import { endSession } from '../practice/end-session';
import { toSessionView } from '../practice/session-view';
import { notFound } from '../http-errors';
import { ErrorBody, IdParams, SessionBody, SessionSummaryBody } from './schemas';

/** The caller's session and its scenario; anything else is the same 404, so ids leak nothing. */
export function ownedSession(app: FastifyInstance, request: FastifyRequest, id: string) {
  const row = app.repos.practiceSessions.findOwned(id, request.user!.id);
  const scenario = row && app.scenarios.get(row.scenarioId);
  if (!row || !scenario) throw notFound('session');
  return { row, scenario };
}

export const sessionView = (app: FastifyInstance, request: FastifyRequest, id: string) => {
  const { row, scenario } = ownedSession(app, request, id);
  const branches = app.repos.practiceSessions.listBranches(id).map(({ scorecard, forkTurnIndex, ...branch }) => ({
    ...branch,
    forkTurnIndex: forkTurnIndex ?? 0,
    overall: (scorecard as Scorecard | null)?.overall ?? null,
  }));
  return toSessionView(row, scenario, app.repos.turns.list(id), { branches, history: app.repos.turns.listReplaced(id) });
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
    app.repos.practiceSessions.listOwned(request.user!.id).map(({ scorecard, ...row }) => {
      const scenario = app.scenarios.get(row.scenarioId);
      const card = scorecard as Scorecard | null;
      return {
        ...row,
        scenarioTitle: scenario?.title ?? row.scenarioId,
        learningFocus: scenario?.learningFocus ?? '',
        overall: card?.overall ?? null,
        figures: (card?.figures ?? []).map(({ key, label, value, display }) => ({ key, label, value, display })),
      };
    }),
  );

  app.delete(
    '/api/sessions/:id',
    { schema: { ...withId, response: { 204: Type.Null(), 404: ErrorBody } } },
    async (request, reply) => {
      const { row } = ownedSession(app, request, request.params.id);
      // A turn still streaming stores nothing more once its session is gone.
      await app.inFlightTurns.abort(row.id);
      app.repos.practiceSessions.delete(row.id);
      return reply.code(204).send(null);
    },
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
        // Let a turn cut short by the end store its interrupted reply first, so the scorecard sees it.
        await app.inFlightTurns.abort(row.id);
        await endSession(app, row.id, scenario);
      }
      return sessionView(app, request, row.id);
    },
  );
};
