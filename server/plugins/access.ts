import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { ACTIONS, decide, type Action, type ResourceKind } from '../access/policy';
import { loadResource, type LoadedResource, type Params } from '../access/resources';
import { ApiError, unauthorized } from '../http-errors';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The policy action this route performs (server/access/policy.ts); required on every /api route. */
    access?: Action;
  }
  interface FastifyInstance {
    /** Every /api route with its action, as registered: the authorization matrix test reads it. */
    accessTable: AccessEntry[];
  }
  interface FastifyRequest {
    /** The resource the route's action names, loaded once before the handler. */
    resource: LoadedResource | null;
  }
}

export interface AccessEntry {
  method: string;
  url: string;
  action: Action;
  websocket: boolean;
}

/** The one 404 of each resource kind: its code, and what the message calls it. */
const NOT_FOUND: Record<Exclude<ResourceKind, 'none'>, { code: string; what: string }> = {
  session: { code: 'not_found:session', what: 'session' },
  practice_session: { code: 'not_found:session', what: 'session' },
  comment: { code: 'not_found:comment', what: 'comment' },
  leader: { code: 'not_found:leader', what: 'leader' },
  invite: { code: 'not_found:invite', what: 'invite' },
  link: { code: 'not_found:coach', what: 'coach you share with' },
  scenario: { code: 'not_found:scenario', what: 'scenario' },
  assignment: { code: 'not_found:assignment', what: 'assignment' },
};

/** The one 404 of each resource kind: a foreign resource and a missing one answer with exactly this. */
export const notFound = (kind: Exclude<ResourceKind, 'none'>) => new ApiError(404, NOT_FOUND[kind].code, `No ${NOT_FOUND[kind].what} with that id.`);

/** The loaded resource of a route whose action names one; a missing one is a wiring bug. */
export function resourceOf(request: FastifyRequest): LoadedResource {
  if (!request.resource) throw new Error(`route ${request.routeOptions.url} has no resource action`);
  return request.resource;
}

/**
 * Asks the policy about `action` on the resource `params` name and returns it loaded, or throws the
 * refusal. The preHandler below uses it with the route's params; a handler whose resource is named in
 * the body (an assignment to start) calls it with its own.
 */
export async function authorize(app: FastifyInstance, request: FastifyRequest, action: Action, params?: Params): Promise<LoadedResource> {
  const user = request.user;
  // requireUser (onRequest) has run for every non-public route; this is the backstop.
  if (!user) throw unauthorized();
  const kind = ACTIONS[action].resource;
  const loaded = await loadResource(app, request, kind, params);
  const decision = decide(action, user.role, loaded.relation);
  if (!decision.ok) {
    if (decision.status === 404 && kind !== 'none') throw notFound(kind);
    throw new ApiError(403, `forbidden:${action}`, action === 'coach' ? 'Only coach accounts can do this.' : 'This is not yours to do.');
  }
  return loaded;
}

/** The resource `params` name, loaded, when the policy lets the caller do `action` on it; else undefined. For filtering, where a refusal is no error. */
export async function permitted(app: FastifyInstance, request: FastifyRequest, action: Action, params: Params): Promise<LoadedResource | undefined> {
  if (!request.user) return undefined;
  const loaded = await loadResource(app, request, ACTIONS[action].resource, params);
  return decide(action, request.user.role, loaded.relation).ok ? loaded : undefined;
}

/**
 * Puts every /api route behind the policy: a route without `config.access` fails at start-up, and
 * each one gets a preHandler that loads its resource once, asks `decide`, and decorates the request.
 */
export default fp(
  async (app) => {
    const table: AccessEntry[] = [];
    app.decorate('accessTable', table);
    app.decorateRequest('resource', null);

    app.addHook('onRoute', (route: RouteOptions & { websocket?: boolean }) => {
      if (!route.url.startsWith('/api')) return;
      const action = route.config?.access;
      if (!action || !(action in ACTIONS)) throw new Error(`${String(route.method)} ${route.url} has no access rule (config.access)`);
      for (const method of [route.method].flat()) if (method !== 'HEAD') table.push({ method, url: route.url, action, websocket: route.websocket === true });
      if (action === 'public') return;
      const check = async (request: FastifyRequest) => {
        request.resource = await authorize(app, request, action);
      };
      route.preHandler = [...[route.preHandler ?? []].flat(), check];
    });
  },
  { name: 'access', dependencies: ['auth', 'db'] },
);
