import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Scorecard } from '@core/rubric/types';
import type { Scenario } from '@core/scenario/schema';
import { endSession } from '../practice/end-session';
import { toSessionView } from '../practice/session-view';
import { ApiError } from '../http-errors';
import { authorize, resourceOf } from '../plugins/access';
import { checkAttempt } from '../homework/start-attempt';
import { sessionAnnotations } from '../review/session-annotations';
import { SessionViewSchema, type SessionView } from '@core/review/wire';
import {
  CreateSessionBodySchema,
  ErrorBodySchema,
  IdParamsSchema,
  SessionSummarySchema,
  UpdateSessionBodySchema,
} from '@core/transcript/wire';

/** The session the route's policy check loaded (server/access). */
export const loadedSession = (request: FastifyRequest) => resourceOf(request).session!;

/** A practice session the policy check loaded for practising: it always has its scenario. */
export function loadedPracticeSession(request: FastifyRequest) {
  const { row, scenario } = loadedSession(request);
  return { row, scenario: scenario! };
}

/** A session as its reader sees it: the transcript plus the coaching layer (an imported session has no scenario). */
export async function sessionView(app: FastifyInstance, request: FastifyRequest, id = loadedSession(request).row.id): Promise<SessionView> {
  // The row is read again: the handler may just have changed it. Its scenario version cannot change,
  // so the one the policy check resolved is used as it is.
  const row = (await app.repos.practiceSessions.findById(id))!;
  const loaded = request.resource?.session;
  const scenario = loaded?.row.id === id ? loaded.scenario : row.scenarioId ? await app.scenarioCatalog.resolve(row.scenarioId, row.scenarioVersion) : undefined;
  // Independent reads: on PostgreSQL they go out together.
  const [turns, branchRows, history] = await Promise.all([app.repos.turns.list(row.id), app.repos.practiceSessions.listBranches(row.id), app.repos.turns.listReplaced(row.id)]);
  // How the policy check related the caller to the session; a new session is the caller's own.
  const viewer = resourceOf(request).relation === 'linked_coach' ? 'coach' : 'leader';
  const branches = branchRows.map(({ scorecard, forkTurnIndex, ...branch }) => ({
    ...branch,
    forkTurnIndex: forkTurnIndex ?? 0,
    overall: (scorecard as Scorecard | null)?.overall ?? null,
  }));
  const extras = { branches, history };
  return { ...toSessionView(row, scenario, turns, extras), ...(await sessionAnnotations(app.repos, row, scenario, turns, viewer)) };
}

/** The current scenario of each id, looked up once however many sessions of a list share it. */
export function scenarioLookup(app: FastifyInstance): (id: string) => Promise<Scenario | undefined> {
  const seen = new Map<string, Promise<Scenario | undefined>>();
  return (id) => {
    let found = seen.get(id);
    if (!found) seen.set(id, (found = app.scenarioCatalog.find(id).then((entry) => entry?.scenario)));
    return found;
  };
}

export const sessionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const withId = { params: IdParamsSchema };

  app.post(
    '/api/sessions',
    {
      config: { access: 'self' },
      schema: {
        body: CreateSessionBodySchema,
        response: { 201: SessionViewSchema, 400: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const { scenarioId, assignmentId } = request.body;
      // Homework first: starting an attempt needs the assignment (its leader, still linked), attempts left and time.
      if (assignmentId !== undefined) await checkAttempt(app, request, assignmentId, scenarioId);
      const entry = (await authorize(app, request, 'scenario:read', { id: scenarioId })).scenario!;
      if (entry.status === 'archived') throw new ApiError(409, 'scenario_archived', 'This scenario is archived.');
      const id = randomUUID();
      await app.repos.practiceSessions.create(
        {
          id,
          userId: request.user!.id,
          scenarioId: entry.scenario.id,
          scenarioVersion: entry.version,
          assignmentId: assignmentId ?? null,
          feedbackEnabled: request.body.feedbackEnabled ?? true,
        },
        entry.scenario.openingLine,
      );
      return reply.code(201).send(await sessionView(app, request, id));
    },
  );

  app.get('/api/sessions', { config: { access: 'self' }, schema: { response: { 200: Type.Array(SessionSummarySchema) } } }, async (request) => {
    const rows = await app.repos.practiceSessions.listOwned(request.user!.id);
    const unread = await app.repos.annotations.unreadFor(request.user!.id, rows.map((r) => r.id));
    const scenarioOf = scenarioLookup(app);
    const scenarios = await Promise.all(rows.map((row) => (row.scenarioId ? scenarioOf(row.scenarioId) : undefined)));
    return rows.map(({ title, scorecard, ...row }, i) => {
      const scenario = scenarios[i];
      const card = scorecard as Scorecard | null;
      return {
        ...row,
        scenarioId: row.scenarioId || null,
        scenarioTitle: title ?? scenario?.title ?? row.scenarioId,
        learningFocus: scenario?.learningFocus ?? '',
        unread: unread.get(row.id) ?? 0,
        overall: card?.overall ?? null,
        figures: (card?.figures ?? []).map(({ key, label, value, display }) => ({ key, label, value, display })),
      };
    });
  });

  app.delete(
    '/api/sessions/:id',
    { config: { access: 'session:delete' }, schema: { ...withId, response: { 204: Type.Null(), 404: ErrorBodySchema } } },
    async (request, reply) => {
      const { row } = loadedSession(request);
      // A turn still streaming stores nothing more once its session is gone.
      await app.inFlightTurns.abort(row.id);
      await app.repos.practiceSessions.delete(row.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/sessions/:id',
    { config: { access: 'session:read' }, schema: { ...withId, response: { 200: SessionViewSchema, 404: ErrorBodySchema } } },
    async (request) => sessionView(app, request),
  );

  app.patch(
    '/api/sessions/:id',
    {
      config: { access: 'session:practise' },
      schema: {
        ...withId,
        body: UpdateSessionBodySchema,
        response: { 200: SessionViewSchema, 404: ErrorBodySchema },
      },
    },
    async (request) => {
      await app.repos.practiceSessions.setFeedbackEnabled(loadedSession(request).row.id, request.body.feedbackEnabled);
      return sessionView(app, request);
    },
  );

  app.post(
    '/api/sessions/:id/end',
    { config: { access: 'session:practise' }, schema: { ...withId, response: { 200: SessionViewSchema, 404: ErrorBodySchema } } },
    async (request) => {
      const { row, scenario } = loadedPracticeSession(request);
      if (row.status === 'open') {
        // Holds the turn claim: a turn cut short stores its interrupted reply first, so the
        // scorecard sees it, and no reply is stored while the debrief is written.
        await app.inFlightTurns.whileEnding(row.id, async () => {
          if ((await app.repos.practiceSessions.findById(row.id))?.status === 'open') await endSession(app, row.id, scenario);
        });
        app.sessionWatchers.publish(row.id, { type: 'session.changed', what: 'status' });
      }
      return sessionView(app, request);
    },
  );
};
