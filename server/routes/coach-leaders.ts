import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { askRatioOf, reviewOrder, trendOf } from '@core/review/trend';
import { CoachSessionSummarySchema, LinkedLeaderSchema, type CoachSessionSummary } from '@core/review/wire';
import type { CoachedSessionRow } from '../db/coaching-sessions-repo';
import { resourceOf } from '../plugins/access';
import { sessionFiguresCsv } from '../review/session-figures-csv';
import { scenarioLookup } from './sessions';
import { ErrorBodySchema } from '@core/transcript/wire';

/** Sessions with at least one reply are worth a coach's review; an untouched one is not. */
const reviewable = (s: CoachedSessionRow) => s.leaderTurns > 0;

export const coachLeaderRoutes: FastifyPluginAsyncTypebox = async (app) => {
  /** A list of sessions as the coach sees it; each scenario is read once however many sessions share it. */
  const summaries = async (sessions: CoachedSessionRow[]): Promise<CoachSessionSummary[]> => {
    const scenarioOf = scenarioLookup(app);
    const titles = await Promise.all(sessions.map(async (s) => s.title ?? (await scenarioOf(s.scenarioId))?.title ?? s.scenarioId));
    return sessions.map((s, i) => ({
      id: s.id,
      leader: { id: s.leaderId, name: s.leaderName },
      scenarioId: s.scenarioId,
      scenarioTitle: titles[i],
      status: s.status,
      createdAt: s.createdAt,
      endedAt: s.endedAt,
      leaderTurns: s.leaderTurns,
      overall: s.scorecard?.overall ?? null,
      askRatio: s.scorecard ? askRatioOf(s.scorecard) : null,
      comments: s.comments,
      reviewedAt: s.reviewedAt,
    }));
  };

  app.get('/api/coach/leaders', { config: { access: 'coach' }, schema: { response: { 200: Type.Array(LinkedLeaderSchema), 403: ErrorBodySchema } } }, async (request) => {
    const coachId = request.user!.id;
    const leaders = await app.repos.coachLinks.leadersOf(coachId);
    const sessions = await app.repos.coachingSessions.list(coachId, leaders.map((l) => l.id));
    return leaders.map((leader) => {
      const theirs = sessions.filter((s) => s.leaderId === leader.id);
      const trend = trendOf(theirs);
      return {
        id: leader.id,
        name: leader.name,
        email: leader.email,
        linkedAt: leader.since,
        sessions: theirs.length,
        toReview: theirs.filter((s) => reviewable(s) && s.reviewedAt === null).length,
        lastPractisedAt: theirs[0]?.createdAt ?? null,
        latest: trend.at(-1) ?? null,
        trend,
      };
    });
  });

  app.get(
    '/api/coach/leaders/:leaderId/sessions',
    {
      config: { access: 'leader:read' },
      schema: { params: Type.Object({ leaderId: Type.String({ minLength: 1, maxLength: 100 }) }), response: { 200: Type.Array(CoachSessionSummarySchema), 404: ErrorBodySchema } },
    },
    async (request) => summaries(await app.repos.coachingSessions.list(request.user!.id, [resourceOf(request).leader!.id])),
  );

  app.get(
    '/api/coach/sessions',
    { config: { access: 'coach' }, schema: { response: { 200: Type.Array(CoachSessionSummarySchema), 403: ErrorBodySchema } } },
    async (request) => {
      const leaderIds = (await app.repos.coachLinks.leadersOf(request.user!.id)).map((l) => l.id);
      return summaries(reviewOrder((await app.repos.coachingSessions.list(request.user!.id, leaderIds)).filter(reviewable)));
    },
  );

  app.get(
    '/api/coach/sessions.csv',
    { config: { access: 'coach' }, schema: { response: { 200: Type.String(), 403: ErrorBodySchema } } },
    async (request, reply) => {
      const coachId = request.user!.id;
      // Only leaders who share with this coach now: one who stopped sharing leaves the sheet.
      const leaders = await app.repos.coachLinks.leadersOf(coachId);
      const sessions = await app.repos.coachingSessions.list(coachId, leaders.map((l) => l.id));
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="askwell-leader-sessions.csv"')
        .header('cache-control', 'private, no-store')
        .send(await sessionFiguresCsv(app.repos, app.scenarioCatalog, leaders, sessions));
    },
  );
};
