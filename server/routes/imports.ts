import { randomUUID } from 'node:crypto';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { MAX_TRANSCRIPT_BYTES, TRANSCRIPT_FORMATS, TranscriptError, type SpeakerStat } from '@core/transcript/import-types';
import { parseTranscript } from '@core/transcript/parse-transcript';
import { findSpeaker } from '@core/transcript/score-result';
import { describeSpeakers } from '@core/transcript/speaker-stats';
import { planExportImport, planTranscriptImport } from '../imports/build-import';
import { MULTIPART_LIMITS, readUpload } from '../imports/read-upload';
import { ErrorBodySchema } from '@core/transcript/wire';

// POST /api/imports: a real conversation (WebVTT, SRT, plain text) or an Askwell session file
// becomes a scored session of kind `imported`, owned by the caller. Errors on this route use the
// shape of issue 12's contract: {error: {code, message, speakers?}}.

const ImportJsonBody = Type.Object({
  // No maxLength: the parser enforces the 5 MB limit with the same invalid_transcript error as uploads
  // (the body limit caps what reaches it; JSON escaping can double a transcript's size).
  text: Type.String({ minLength: 1 }),
  format: Type.Optional(Type.Union(TRANSCRIPT_FORMATS.map((f) => Type.Literal(f)))),
  leader: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  fileName: Type.Optional(Type.String({ maxLength: 300 })),
  title: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
});

const ImportError = Type.Object({
  error: Type.Object({
    code: Type.String(),
    message: Type.String(),
    speakers: Type.Optional(Type.Array(Type.Object({ name: Type.String(), words: Type.Integer(), turns: Type.Integer(), sample: Type.String() }))),
  }),
});

const fail = (reply: FastifyReply, code: string, message: string, speakers?: SpeakerStat[]) =>
  reply.code(400).send({ error: { code, message, ...(speakers ? { speakers } : {}) } });

export const importRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // Multipart is parsed only here, for browsers and `curl -F`; JSON stays the primary path.
  await app.register(multipart, { limits: MULTIPART_LIMITS });

  app.post(
    '/api/imports',
    {
      bodyLimit: 2 * MAX_TRANSCRIPT_BYTES + 64 * 1024,
      config: { access: 'self', acceptsUploads: true },
      schema: {
        body: { content: { 'application/json': { schema: ImportJsonBody } } } as unknown as typeof ImportJsonBody,
        // Schema violations keep the app-wide {error, message} shape.
        response: { 201: Type.Object({ id: Type.String() }), 400: Type.Union([ImportError, ErrorBodySchema]) },
      },
    },
    async (request, reply) => {
      try {
        const upload = await readUpload(request);
        const parsed = parseTranscript(upload.text, { format: upload.format, fileName: upload.fileName ?? undefined });
        let plan;
        if (parsed.session) {
          plan = planExportImport(parsed.session, upload.fileName, upload.title);
        } else {
          if (!upload.leader)
            return fail(reply, 'leader_required', `Which speaker is the leader? Speakers: ${describeSpeakers(parsed.speakers)}.`, parsed.speakers);
          const leader = findSpeaker(parsed.speakers, upload.leader);
          if (!leader)
            return fail(reply, 'unknown_leader', `No speaker named "${upload.leader}". Speakers: ${describeSpeakers(parsed.speakers)}.`, parsed.speakers);
          plan = planTranscriptImport(parsed, leader, upload.fileName, upload.title);
        }
        const id = randomUUID();
        await app.repos.imports.insert({ id, userId: request.user!.id, ...plan.session }, plan.turns, plan.annotations, plan.branches);
        return reply.code(201).send({ id });
      } catch (e) {
        if (e instanceof TranscriptError) return fail(reply, 'invalid_transcript', e.message);
        throw e;
      }
    },
  );
};
