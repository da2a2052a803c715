import type { FastifyRequest } from 'fastify';

// Cross-site request refusal (issue #7, defect 3): a browser always says where a request comes
// from, in `Origin` and, in current browsers, `Sec-Fetch-Site`. A request that carries neither
// (curl, the CLI, a server) cannot carry a victim's cookies either, so it stays allowed.

/** The origin this request was addressed to, as a browser would write it. */
export const ownOrigin = (request: FastifyRequest): string => `${request.protocol}://${request.host}`.toLowerCase();

/** Why a request must be refused as cross-site, or undefined when it may proceed. */
export function crossSiteReason(request: FastifyRequest, allowedOrigins: ReadonlySet<string>): string | undefined {
  const origin = request.headers.origin;
  if (origin !== undefined) {
    const normalised = origin.trim().toLowerCase();
    if (normalised === ownOrigin(request) || allowedOrigins.has(normalised)) return undefined;
    return 'origin';
  }
  const site = request.headers['sec-fetch-site'];
  if (site === undefined || site === 'same-origin' || site === 'none') return undefined;
  return 'sec-fetch-site';
}
