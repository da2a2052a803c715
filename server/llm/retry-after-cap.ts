import { retryAfterMs } from './errors';

type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/**
 * The SDK sleeps for whatever `retry-after` a 429/503 asks, however long, before retrying, and a
 * leader would stare at a silent screen meanwhile. Past `maxWaitMs` we tell the SDK not to retry
 * (its `x-should-retry` header), so the wait reaches the client as `rate_limited` + retryAfterMs.
 */
export function capRetryAfter(fetchImpl: Fetch, maxWaitMs: number): Fetch {
  return async (input, init) => {
    const res = await fetchImpl(input, init);
    if (res.status !== 429 && res.status !== 503) return res;
    const wait = retryAfterMs(res.headers);
    if (wait === undefined || wait <= maxWaitMs) return res;
    const headers = new Headers(res.headers);
    headers.set('x-should-retry', 'false');
    return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
  };
}
