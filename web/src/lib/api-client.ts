// A small fetch wrapper: JSON in, JSON out, API errors as ApiError with the server's `message`.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The whole error body, for answers that carry more than a message (a scenario's field errors). */
    readonly body: unknown = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Fired on window when a request outside /api/auth answers 401, so the app can show the log-in screen. */
export const UNAUTHORIZED_EVENT = 'askwell:unauthorized';

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json', accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', 'Cannot reach the server. Check your connection and try again.');
  }
  if (res.status === 204) return undefined as T;
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    // Most errors are {error: code, message}; a few nest them as {error: {code, message}, ...details}.
    const raw = (data ?? {}) as { error?: string | { code?: string; message?: string }; message?: string };
    const err = typeof raw.error === 'object' ? { error: raw.error.code, message: raw.error.message } : { error: raw.error, message: raw.message };
    const apiError = new ApiError(res.status, err.error ?? 'internal', err.message ?? `Request failed (${res.status}).`, data);
    if (res.status === 401 && !path.startsWith('/api/auth/')) window.dispatchEvent(new Event(UNAUTHORIZED_EVENT));
    throw apiError;
  }
  return data as T;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: (path: string) => request<void>('DELETE', path),
};

export const errorMessage = (e: unknown): string =>
  e instanceof ApiError ? e.message : e instanceof Error ? e.message : 'Something went wrong.';
