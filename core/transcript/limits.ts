// The limits and names of the wire contract (./wire.ts), without TypeBox, so the web app's bundle
// carries only these constants and not the schema builder.

/** Longest leader reply, after trimming; the composer counts down to it. */
export const MAX_REPLY_CHARS = 4000;
/** Shortest password accepted at sign-up. */
export const MIN_PASSWORD_CHARS = 8;
export const MAX_PASSWORD_CHARS = 1024;
export const MAX_EMAIL_CHARS = 254;
export const MAX_NAME_CHARS = 100;
export const MAX_ID_CHARS = 100;

export const ROLES = ['leader', 'coach'] as const;
export const SPEAKERS = ['leader', 'persona'] as const;
export const SESSION_STATUSES = ['open', 'ended'] as const;
/** `practice`: played against a persona; `imported`: a real conversation scored after the fact. */
export const SESSION_KINDS = ['practice', 'imported'] as const;
