import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'askwell_session';
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

export const newSessionToken = (): string => randomBytes(32).toString('base64url');

/** Only the hash is stored, so a leaked database does not leak live sessions. */
export const hashSessionToken = (token: string): string => createHash('sha256').update(token).digest('hex');
