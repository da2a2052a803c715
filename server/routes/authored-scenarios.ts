import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { scenarioIssues, type ScenarioIssue } from '@core/scenario/issues';
import { parseScenarioYaml } from '@core/scenario/parse';
import type { Scenario } from '@core/scenario/schema';
import { ScenarioError, validateScenario } from '@core/scenario/validate';
import { scenarioToYaml } from '@core/scenario/yaml';
import {
  ImportScenarioBodySchema,
  InvalidScenarioBodySchema,
  ScenarioSavedSchema,
  ScenarioSourceSchema,
  type InvalidScenarioBody,
} from '@core/homework/wire';
import { ErrorBodySchema, IdParamsSchema } from '@core/transcript/wire';
import { ApiError } from '../http-errors';
import { resourceOf } from '../plugins/access';
import { isUniqueViolation } from '../db/unique-violation';

// Coach-written scenarios (docs/api.md "Scenarios"): the same schema and messages as the YAML files.

const SOURCE = 'scenario';

class InvalidScenario extends Error {
  constructor(readonly errors: ScenarioIssue[]) {
    super('invalid scenario');
  }
}

const invalidBody = (errors: ScenarioIssue[]): InvalidScenarioBody => ({
  error: { code: 'invalid_scenario', message: `The scenario has ${errors.length} problem${errors.length === 1 ? '' : 's'}: ${errors.map((e) => `${e.path || '/'} ${e.message}`).join('; ')}` },
  errors,
});

/** Runs `read`, turning a validation failure into the 400 of the contract. */
function checked<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ScenarioError) throw new InvalidScenario(scenarioIssues(error));
    throw error;
  }
}

const sendInvalid = (reply: FastifyReply, error: unknown) => {
  if (error instanceof InvalidScenario) return reply.code(400).send(invalidBody(error.errors));
  throw error;
};

const taken = (id: string) => new InvalidScenario([{ path: '/id', message: `"${id}" is already used by another scenario; choose another id` }]);

export const authoredScenarioRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const withId = { params: IdParamsSchema };
  const created = { 201: Type.Object({ id: Type.String() }), 400: InvalidScenarioBodySchema };
  const loadedEntry = (request: Parameters<typeof resourceOf>[0]) => resourceOf(request).scenario!;

  const createFrom = async (coachId: string, scenario: Scenario) => {
    if (!(await app.scenarioCatalog.isFree(scenario.id))) throw taken(scenario.id);
    // Two coaches (or nodes) racing for one free id: the database lets one have it.
    await app.repos.authoredScenarios.create(coachId, scenario).catch((err: unknown) => {
      throw isUniqueViolation(err) ? taken(scenario.id) : err;
    });
    return { id: scenario.id };
  };

  app.post('/api/scenarios', { config: { access: 'coach' }, schema: { body: Type.Unknown(), response: created } }, async (request, reply) => {
    try {
      return reply.code(201).send(await createFrom(request.user!.id, checked(() => validateScenario(request.body, SOURCE))));
    } catch (error) {
      return sendInvalid(reply, error);
    }
  });

  app.post('/api/scenarios/import', { config: { access: 'coach' }, schema: { body: ImportScenarioBodySchema, response: created } }, async (request, reply) => {
    try {
      return reply.code(201).send(await createFrom(request.user!.id, checked(() => parseScenarioYaml(request.body.yaml, SOURCE))));
    } catch (error) {
      return sendInvalid(reply, error);
    }
  });

  app.get('/api/scenarios/:id/source', { config: { access: 'scenario:edit' }, schema: { ...withId, response: { 200: ScenarioSourceSchema } } }, async (request) => {
    const entry = loadedEntry(request);
    return { id: entry.scenario.id, source: entry.source, status: entry.status, version: entry.version, authorId: entry.authorId, scenario: entry.scenario };
  });

  app.put(
    '/api/scenarios/:id',
    { config: { access: 'scenario:edit' }, schema: { ...withId, body: Type.Unknown(), response: { 200: ScenarioSavedSchema, 400: InvalidScenarioBodySchema, 409: ErrorBodySchema } } },
    async (request, reply) => {
      const entry = loadedEntry(request);
      if (entry.status === 'archived') throw new ApiError(409, 'scenario_archived', 'This scenario is archived; duplicate it to change it.');
      try {
        const scenario = checked(() => validateScenario(request.body, SOURCE));
        if (scenario.id !== entry.scenario.id) throw new InvalidScenario([{ path: '/id', message: `must stay "${entry.scenario.id}"; duplicate the scenario to give it a new id` }]);
        const version = await app.repos.authoredScenarios.update(entry.scenario.id, scenario);
        return { id: scenario.id, version, status: entry.status };
      } catch (error) {
        return sendInvalid(reply, error);
      }
    },
  );

  const setStatus = (to: 'published' | 'archived') => async (request: Parameters<typeof resourceOf>[0]) => {
    const entry = loadedEntry(request);
    await app.repos.authoredScenarios.setStatus(entry.scenario.id, to);
    return { id: entry.scenario.id, version: entry.version, status: to };
  };
  const statusRoute = { config: { access: 'scenario:edit' as const }, schema: { ...withId, response: { 200: ScenarioSavedSchema } } };
  app.post('/api/scenarios/:id/publish', statusRoute, setStatus('published'));
  app.post('/api/scenarios/:id/archive', statusRoute, setStatus('archived'));

  app.post('/api/scenarios/:id/duplicate', { config: { access: 'scenario:edit' }, schema: { ...withId, response: { 201: Type.Object({ id: Type.String() }) } } }, async (request, reply) => {
    const original = loadedEntry(request).scenario;
    const stem = original.id.slice(0, 54);
    let id = `${stem}-copy`;
    for (let n = 2; !(await app.scenarioCatalog.isFree(id)); n++) id = `${stem}-copy-${n}`;
    await app.repos.authoredScenarios.create(request.user!.id, { ...structuredClone(original), id, title: `${original.title} (copy)` });
    return reply.code(201).send({ id });
  });

  app.get('/api/scenarios/:id/export', { config: { access: 'scenario:edit' }, schema: withId }, async (request, reply) => {
    const scenario = loadedEntry(request).scenario;
    return reply
      .header('content-type', 'application/yaml; charset=utf-8')
      .header('content-disposition', `attachment; filename="${scenario.id}.yaml"`)
      .send(scenarioToYaml(scenario));
  });
};
