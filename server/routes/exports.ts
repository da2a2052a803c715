import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { conversationToCsv } from '@core/transcript/export-csv';
import { conversationToMarkdown } from '@core/transcript/export-markdown';
import { personaOutcomes, slug, toConversation, toSessionExport } from '../exports/build-export';
import { ErrorBodySchema, IdParamsSchema } from '@core/transcript/wire';
import { visibleBranches } from '../exports/visible-branches';
import { sessionView } from './sessions';

// GET /api/sessions/:id/export?format=json|md|csv: a download of one of the caller's sessions.

const TYPES = {
  json: 'application/json; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
} as const;

export const exportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/sessions/:id/export',
    {
      // Whoever may read the session may take it away: the leader, and a coach they share with.
      config: { access: 'session:read' },
      schema: {
        params: IdParamsSchema,
        querystring: Type.Object({ format: Type.Union([Type.Literal('json'), Type.Literal('md'), Type.Literal('csv')], { default: 'json' }) }),
        response: { 200: Type.String(), 404: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const session = await sessionView(app, request);
      const leaderName = session.leaderName ?? session.leader.name;
      const { format } = request.query;
      // The session file carries the session's branches the caller may read; Markdown and CSV are its own turns.
      const jsonFile = async () => {
        const branches = await visibleBranches(app, request, session.id, (id) => sessionView(app, request, id));
        return toSessionExport({ view: session, outcomes: personaOutcomes(await app.repos.turns.list(session.id)) }, leaderName, branches);
      };
      const body =
        format === 'json'
          ? `${JSON.stringify(await jsonFile(), null, 2)}\n`
          : format === 'md'
            ? conversationToMarkdown(toConversation(session, leaderName))
            : conversationToCsv(toConversation(session, leaderName));
      const day = session.createdAt.slice(0, 10);
      return reply
        .type(TYPES[format])
        .header('content-disposition', `attachment; filename="askwell-${slug(session.title)}-${day}.${format}"`)
        .header('cache-control', 'private, no-store')
        .send(body);
    },
  );
};
