import type { FastifyRequest } from 'fastify';

// State-changing requests take JSON only (issue #7, defect 3): `text/plain`, form and multipart
// bodies are what a page on another site can send without a CORS preflight.

const hasBody = (request: FastifyRequest): boolean => {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
};

/** True when the request is JSON, or carries no body and no content type at all. */
export function isJsonOrEmpty(request: FastifyRequest): boolean {
  const type = request.headers['content-type'];
  if (type === undefined) return !hasBody(request);
  return type.split(';')[0].trim().toLowerCase() === 'application/json';
}
