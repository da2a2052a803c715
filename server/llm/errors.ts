import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
} from 'openai';
import { EngineError } from '../practice/engines';

/**
 * Reads how long a 429/503 asks us to wait: `retry-after-ms` (OpenAI), `retry-after` in seconds,
 * or `retry-after` as an HTTP date. Undefined when absent or unreadable.
 */
export function retryAfterMs(headers: Headers | undefined, now = Date.now()): number | undefined {
  const ms = Number.parseFloat(headers?.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms) && ms >= 0) return Math.round(ms);
  const raw = headers?.get('retry-after');
  if (!raw) return undefined;
  const seconds = Number(raw.trim());
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * What travels as `cause` into the server log: name, status and message, with every secret blanked.
 * Some gateways echo the API key in their 401 message, and SDK errors keep request details besides.
 */
export function loggableCause(err: unknown, secrets: readonly string[]): Error {
  const redact = (text: string) => secrets.filter(Boolean).reduce((t, secret) => t.split(secret).join('[redacted]'), text);
  const status = err instanceof APIError && err.status !== undefined ? ` (status ${err.status})` : '';
  const message = err instanceof Error ? `${err.name}${status}: ${err.message}` : String(err);
  const inner = err instanceof Error && err.cause !== undefined ? { cause: loggableCause(err.cause, secrets) } : undefined;
  return new Error(redact(message), inner);
}

/** Why our own code stopped a call, which decides the kind when the SDK only saw an abort. */
export interface StopReason {
  /** The caller's signal fired (client gone, session ended). */
  aborted: boolean;
  /** Our idle timer fired: no bytes from the model for LLM_TIMEOUT_MS. */
  timedOut: boolean;
}

/**
 * Maps whatever the SDK (or fetch under it) threw to a typed EngineError. Messages go to the
 * leader, so they stay generic; the upstream detail travels as `cause` into the server log.
 */
export function toEngineError(err: unknown, stop: StopReason, secrets: readonly string[] = []): EngineError {
  if (err instanceof EngineError) return err;
  const options = { cause: loggableCause(err, secrets) };
  if (stop.aborted) return new EngineError('aborted', 'The request was cancelled.', undefined, options);
  if (stop.timedOut || err instanceof APIConnectionTimeoutError) {
    return new EngineError('timeout', 'The model did not answer in time.', undefined, options);
  }
  if (err instanceof APIUserAbortError) return new EngineError('aborted', 'The request was cancelled.', undefined, options);
  if (err instanceof APIConnectionError) {
    return new EngineError('unavailable', 'The model endpoint cannot be reached.', undefined, options);
  }
  if (err instanceof APIError) {
    const status = err.status;
    if (status === 429) {
      return new EngineError('rate_limited', 'The model endpoint is rate limiting requests.', retryAfterMs(err.headers), options);
    }
    if (status === 401 || status === 403) {
      return new EngineError('auth', `The model endpoint refused the API key (${status}).`, undefined, options);
    }
    if (status === 408) return new EngineError('timeout', 'The model endpoint timed out.', undefined, options);
    // 404 is almost always a wrong base URL or model name: the endpoint is unusable as configured.
    if (status === undefined || status === 404 || status >= 500) {
      const wait = status === 503 ? retryAfterMs(err.headers) : undefined;
      return new EngineError('unavailable', `The model endpoint failed${status ? ` (${status})` : ''}.`, wait, options);
    }
    return new EngineError('bad_response', `The model endpoint rejected the request (${status}).`, undefined, options);
  }
  // A `data:` line that is not JSON: the SDK rethrows JSON.parse's SyntaxError.
  if (err instanceof SyntaxError) {
    return new EngineError('bad_response', 'The model sent a malformed response.', undefined, options);
  }
  // fetch's "terminated" and friends: the connection died under the stream.
  return new EngineError('unavailable', 'The connection to the model broke.', undefined, options);
}
