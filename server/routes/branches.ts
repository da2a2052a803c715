import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ApiError } from '../http-errors';
import { CreateBranchBodySchema, ErrorBodySchema, IdParamsSchema } from '@core/transcript/wire';
import { loadedPracticeSession } from './sessions';

/**
 * "Try again from here": a branch is a new session holding the transcript up to and including one of
 * the parent's leader turns, with the persona's state as it was there. The persona answers that turn
 * afresh when the branch's stream opens (or the leader edits it and resends).
 */
export const branchRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/api/sessions/:id/branches',
    {
      // Branching is practising: only the leader, on a session with a scenario.
      config: { access: 'session:practise' },
      schema: {
        params: IdParamsSchema,
        body: CreateBranchBodySchema,
        response: { 201: Type.Object({ id: Type.String() }), 400: ErrorBodySchema, 404: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const { row } = loadedPracticeSession(request);
      const { fromTurnIndex } = request.body;
      const fork = (await app.repos.turns.list(row.id)).find((turn) => turn.index === fromTurnIndex);
      if (fork?.speaker !== 'leader')
        throw new ApiError(400, 'validation', `Turn ${fromTurnIndex} is not one of your replies in this session; a branch starts from a reply.`);
      const forkId = (await app.repos.turns.idOf(row.id, fromTurnIndex))!;
      const id = randomUUID();
      await app.repos.practiceSessions.createBranch(id, row, { index: fromTurnIndex, id: forkId });
      return reply.code(201).send({ id });
    },
  );
};
