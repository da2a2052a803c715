import type { FastifyRequest } from 'fastify';

// When the session cookie carries `Secure` (issue #7, defect 4). `auto` follows the request:
// HTTPS directly, or through a proxy trusted by TRUST_PROXY that says so in X-Forwarded-Proto
// (Fastify's `request.protocol` only believes that header from a trusted proxy).

export type CookieSecureMode = 'always' | 'auto' | 'never';

export const isSecureCookie = (mode: CookieSecureMode, request: FastifyRequest): boolean =>
  mode === 'always' || (mode === 'auto' && request.protocol === 'https');
