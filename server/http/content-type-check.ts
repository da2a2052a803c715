import type { FastifyRequest } from 'fastify';

// State-changing requests take JSON only (issue #7, defect 3): `text/plain`, form and multipart
// bodies are what a page on another site can send without a CORS preflight.

const hasBody = (request: FastifyRequest): boolean => {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
};

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route also takes file uploads (multipart/form-data); the origin check still applies to them. */
    acceptsUploads?: boolean;
  }
}

/** True when the body is JSON, carries no body and no content type at all, or is an upload the route asked for. */
export function isAcceptedBody(request: FastifyRequest): boolean {
  const type = request.headers['content-type'];
  if (type === undefined) return !hasBody(request);
  const mediaType = type.split(';')[0].trim().toLowerCase();
  if (mediaType === 'application/json') return true;
  return mediaType === 'multipart/form-data' && request.routeOptions.config?.acceptsUploads === true;
}
