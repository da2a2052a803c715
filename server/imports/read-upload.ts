import type { FastifyRequest } from 'fastify';
import { MAX_TRANSCRIPT_BYTES, TranscriptError, TRANSCRIPT_FORMATS, type TranscriptFormat } from '@core/transcript/import-types';
import { fileTooLarge } from '@core/transcript/input-lines';

// An upload to POST /api/imports, from either body: JSON `{text, format?, leader?, fileName?, title?}`
// (the primary path) or multipart with a `file` part and the same names as fields.

export interface ImportRequest {
  text: string;
  format?: TranscriptFormat;
  leader?: string;
  fileName: string | null;
  title?: string;
}

const FIELDS = ['format', 'leader', 'fileName', 'title'] as const;

export async function readUpload(request: FastifyRequest): Promise<ImportRequest> {
  if (!request.isMultipart()) {
    const body = request.body as Omit<ImportRequest, 'fileName'> & { fileName?: string };
    return { ...body, fileName: body.fileName ?? null };
  }
  const fields: Record<string, string> = {};
  let file: { name: string; bytes: Buffer } | undefined;
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      if (part.fieldname !== 'file' || file) throw new TranscriptError(null, 'one file, in the field "file"', part.fieldname);
      const bytes = await part.toBuffer().catch((e: { code?: string }) => {
        throw e.code === 'FST_REQ_FILE_TOO_LARGE' ? fileTooLarge() : e;
      });
      file = { name: part.filename, bytes };
    } else if ((FIELDS as readonly string[]).includes(part.fieldname)) {
      fields[part.fieldname] = String(part.value);
    }
  }
  if (!file) throw new TranscriptError(null, 'a file in the field "file"', 'none');
  const format = fields.format || undefined;
  if (format !== undefined && !(TRANSCRIPT_FORMATS as readonly string[]).includes(format))
    throw new TranscriptError(null, `format to be one of ${TRANSCRIPT_FORMATS.join(', ')}`, format);
  return {
    text: decodeUtf8(file.bytes),
    format: format as TranscriptFormat | undefined,
    leader: fields.leader || undefined,
    fileName: fields.fileName || file.name || null,
    title: fields.title || undefined,
  };
}

function decodeUtf8(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new TranscriptError(null, 'UTF-8 text (save the transcript as UTF-8)', 'other bytes');
  }
}

export const MULTIPART_LIMITS = { fileSize: MAX_TRANSCRIPT_BYTES + 3, files: 1, fields: 8, fieldSize: 1000, parts: 10 };
