import fp from 'fastify-plugin';
import { ApiError } from '../http-errors';
import { isAcceptedBody } from '../http/content-type-check';
import { crossSiteReason } from '../http/origin-check';

// Global hooks, so routes added later get them without asking: cross-site refusal on WebSocket
// upgrades and state-changing requests, JSON-only bodies, and no caching of API answers.

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const isUpgrade = (headers: Record<string, unknown>) => String(headers.upgrade ?? '').toLowerCase() === 'websocket';

export default fp<{ allowedOrigins: ReadonlySet<string> }>(
  async (app, { allowedOrigins }) => {
    app.addHook('onRequest', async (request) => {
      const changesState = !SAFE_METHODS.has(request.method);
      if (!changesState && !isUpgrade(request.headers)) return;
      const reason = crossSiteReason(request, allowedOrigins);
      if (reason) {
        // info, not warn: anyone can send these, so they must not be a way to flood the log.
        request.log.info({ origin: request.headers.origin, secFetchSite: request.headers['sec-fetch-site'] }, 'cross-site request refused');
        throw new ApiError(403, 'forbidden:origin', 'Requests from other sites are not accepted.');
      }
      if (changesState && !isAcceptedBody(request))
        throw new ApiError(415, 'unsupported_media_type', 'Send the body as JSON (Content-Type: application/json).');
    });

    app.addHook('onSend', async (request, reply) => {
      // Answers hold one person's data; no browser or proxy cache should keep them.
      if (request.url === '/api' || request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    });
  },
  { name: 'request-guard' },
);
