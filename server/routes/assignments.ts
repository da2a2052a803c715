import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AssignmentListSchema, CoachAssignmentSchema, CreateAssignmentBodySchema, LeaderAssignmentSchema } from '@core/homework/wire';
import { ErrorBodySchema, IdParamsSchema } from '@core/transcript/wire';
import { coachAssignments, leaderAssignments } from '../homework/homework-views';
import { ApiError } from '../http-errors';
import { authorize, resourceOf } from '../plugins/access';

// Homework (docs/api.md "Homework"): a coach assigns a scenario to linked leaders.

const validZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

export const assignmentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/api/assignments',
    { config: { access: 'coach' }, schema: { body: CreateAssignmentBodySchema, response: { 201: Type.Object({ id: Type.String() }), 400: ErrorBodySchema, 404: ErrorBodySchema } } },
    async (request, reply) => {
      const coachId = request.user!.id;
      const body = request.body;
      // The coach must be able to play it themselves, and their leaders must be able to: built-in or their own published one.
      const entry = (await authorize(app, request, 'scenario:read', { id: body.scenarioId })).scenario!;
      if (entry.source === 'coach' && (entry.authorId !== coachId || entry.status !== 'published'))
        throw new ApiError(400, 'scenario_not_published', 'Publish the scenario before assigning it.');
      const leaderIds = [...new Set(body.leaderIds)];
      const linked = await Promise.all(leaderIds.map((id) => app.repos.coachLinks.isLive(coachId, id)));
      const unlinked = leaderIds.filter((_, i) => !linked[i]);
      if (unlinked.length > 0) throw new ApiError(400, 'leader_not_linked', `Not a leader who shares with you: ${unlinked.join(', ')}.`);
      const dueAt = new Date(body.dueAt);
      if (Number.isNaN(dueAt.getTime())) throw new ApiError(400, 'validation', 'dueAt is not a date.');
      if (body.timeZone !== undefined && !validZone(body.timeZone)) throw new ApiError(400, 'validation', `Unknown time zone "${body.timeZone}".`);
      const id = randomUUID();
      await app.repos.assignments.create(
        {
          id,
          coachId,
          scenarioId: entry.scenario.id,
          dueAt: dueAt.toISOString(),
          timeZone: body.timeZone ?? null,
          targetFigure: body.target?.figure ?? null,
          targetMin: body.target?.min ?? null,
          maxAttempts: body.maxAttempts ?? null,
          note: body.note?.trim() || null,
        },
        leaderIds,
      );
      return reply.code(201).send({ id });
    },
  );

  app.get(
    '/api/assignments',
    {
      config: { access: 'self' },
      schema: { querystring: Type.Object({ view: Type.Optional(Type.Union([Type.Literal('coach'), Type.Literal('leader')])) }), response: { 200: AssignmentListSchema } },
    },
    async (request) => {
      const user = request.user!;
      // A coach practises too: ?view=leader shows the homework their own coaches set them.
      const view = request.query.view ?? (user.role === 'coach' ? 'coach' : 'leader');
      if (view === 'coach') await authorize(app, request, 'coach');
      return view === 'coach' ? coachAssignments(app, user.id) : leaderAssignments(app, user.id);
    },
  );

  app.get(
    '/api/assignments/:id',
    { config: { access: 'assignment:read' }, schema: { params: IdParamsSchema, response: { 200: Type.Union([CoachAssignmentSchema, LeaderAssignmentSchema]) } } },
    async (request) => {
      const { relation, assignment } = resourceOf(request);
      if (relation === 'owner') return (await coachAssignments(app, assignment!.coachId, assignment))[0];
      return (await leaderAssignments(app, request.user!.id)).find((a) => a.id === assignment!.id);
    },
  );
};
