import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { toBrief } from '@core/scenario/schema';
import { ScenarioListItemSchema, type ScenarioListItem } from '@core/homework/wire';
import { ErrorBodySchema, IdParamsSchema } from '@core/transcript/wire';
import { resourceOf } from '../plugins/access';
import type { CatalogEntry } from '../scenarios/catalog';

const listItem = (entry: CatalogEntry): ScenarioListItem => ({
  ...toBrief(entry.scenario),
  source: entry.source,
  status: entry.status,
  version: entry.version,
  authorId: entry.authorId,
});

export const scenarioRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // Built-ins for everyone; a coach's own (drafts too, to try them) for that coach; their published ones for their linked leaders.
  app.get('/api/scenarios', { config: { access: 'self' }, schema: { response: { 200: Type.Array(ScenarioListItemSchema) } } }, async (request) =>
    (await app.scenarioCatalog.visibleTo(request.user!.id)).map(listItem),
  );

  app.get(
    '/api/scenarios/:id',
    { config: { access: 'scenario:read' }, schema: { params: IdParamsSchema, response: { 200: ScenarioListItemSchema, 404: ErrorBodySchema } } },
    async (request) => listItem(resourceOf(request).scenario!),
  );
};
