import { ApiError } from '@web/lib/api-client';
import type { TranscriptFormat } from '@core/transcript/import-types';

export interface ImportRequest {
  text: string;
  format: TranscriptFormat;
  leader?: string;
  fileName?: string;
  title?: string;
}

/** POST /api/imports; its errors are `{error: {code, message}}` (docs/api.md). */
export async function importConversation(body: ImportRequest): Promise<{ id: string }> {
  let res: Response;
  try {
    res = await fetch('/api/imports', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', 'Cannot reach the server. Check your connection and try again.');
  }
  const data = (await res.json().catch(() => null)) as { id?: string; error?: { code?: string; message?: string } | string; message?: string } | null;
  if (res.ok && data?.id) return { id: data.id };
  const err = typeof data?.error === 'object' ? data.error : { code: data?.error, message: data?.message };
  throw new ApiError(res.status, err.code ?? 'internal', err.message ?? `Import failed (${res.status}).`);
}
