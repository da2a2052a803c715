// Stable codes for errors the framework and its plugins raise (malformed JSON, a traversal
// attempt, an unknown method...), so every error body reads the same whatever produced it.

const BY_STATUS: Record<number, string> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found:route',
  405: 'method_not_allowed',
  406: 'not_acceptable',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

/** 400 and 413 (malformed JSON, body too large) stay `bad_request`, as docs/api.md has always said. */
export const frameworkErrorCode = (status: number): string => BY_STATUS[status] ?? 'bad_request';
