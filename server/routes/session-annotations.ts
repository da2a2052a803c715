import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { currentLabel, parseDelegationValue } from '@core/review/apply-overrides';
import {
  COMMENT_MAX_CHARS, CommentBodySchema, CommentSchema, EditCommentBodySchema, OverrideBodySchema, OverrideSchema, REASON_MAX_CHARS,
  ReviewBodySchema, ReviewSchema, SUMMARY_MAX_CHARS,
} from '@core/review/wire';
import { ApiError } from '../http-errors';
import { resourceOf } from '../plugins/access';
import { ErrorBodySchema, IdParamsSchema } from '@core/transcript/wire';
import { loadedSession, sessionView } from './sessions';

const invalid = (message: string) => new ApiError(400, 'validation', message);

/** Trimmed text within its limit, or a 400 that says which limit. */
function textWithin(text: string, max: number, what: string): string {
  const trimmed = text.trim();
  if (!trimmed) throw invalid(`The ${what} is empty.`);
  if (trimmed.length > max) throw invalid(`The ${what} is ${trimmed.length} characters; the limit is ${max}.`);
  return trimmed;
}

export const sessionAnnotationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  /** The leader reply at `turnIndex` of the loaded session; comments and overrides only go on replies. */
  const replyAt = async (request: FastifyRequest, turnIndex: number) => {
    const turn = await app.repos.turnRefs.atIndex(loadedSession(request).row.id, turnIndex);
    if (!turn || turn.speaker !== 'leader') throw invalid(`Turn ${turnIndex} is not a reply in this session.`);
    return turn;
  };
  const find = <T extends { id: string }>(items: T[], id: string) => items.find((x) => x.id === id)!;
  const changed = (request: FastifyRequest, what: 'comments' | 'overrides' | 'review') =>
    app.sessionWatchers.publish(loadedSession(request).row.id, { type: 'session.changed', what });

  app.post(
    '/api/sessions/:id/comments',
    {
      config: { access: 'session:comment' },
      schema: { params: IdParamsSchema, body: CommentBodySchema, response: { 201: CommentSchema, 400: ErrorBodySchema, 404: ErrorBodySchema } },
    },
    async (request, reply) => {
      const { row } = loadedSession(request);
      const turn = await replyAt(request, request.body.turnIndex);
      const text = textWithin(request.body.text, COMMENT_MAX_CHARS, 'comment');
      const parentId = request.body.parentId ?? null;
      const parent = parentId === null ? undefined : await app.repos.annotations.findComment(row.id, parentId);
      // An answer joins its thread where it is: on the reply as it stands, or on an earlier version of it.
      const onEarlier = parent?.replacedTurnId != null ? (await app.repos.turnRefs.earlierVersionsById(row.id)).get(parent.replacedTurnId) : undefined;
      if (parentId !== null && parent?.turnId !== turn.id && onEarlier?.index !== turn.index) throw invalid('That comment to answer is not on this reply.');
      const target = onEarlier ? { turnId: null, replacedTurnId: parent!.replacedTurnId } : { turnId: turn.id };
      const id = randomUUID();
      await app.repos.annotations.addComment({ id, sessionId: row.id, ...target, parentId, authorId: request.user!.id, text });
      changed(request, 'comments');
      return reply.code(201).send(find((await sessionView(app, request)).comments, id));
    },
  );

  app.patch(
    '/api/sessions/:id/comments/:commentId',
    {
      config: { access: 'comment:edit' },
      schema: {
        params: Type.Object({ ...IdParamsSchema.properties, commentId: Type.String({ minLength: 1, maxLength: 100 }) }),
        body: EditCommentBodySchema,
        response: { 200: CommentSchema, 400: ErrorBodySchema, 404: ErrorBodySchema },
      },
    },
    async (request) => {
      const old = resourceOf(request).comment!;
      const id = randomUUID();
      await app.repos.annotations.editComment(old, id, textWithin(request.body.text, COMMENT_MAX_CHARS, 'comment'));
      changed(request, 'comments');
      return find((await sessionView(app, request)).comments, id);
    },
  );

  app.post(
    '/api/sessions/:id/overrides',
    {
      config: { access: 'session:judge' },
      schema: { params: IdParamsSchema, body: OverrideBodySchema, response: { 201: OverrideSchema, 400: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema } },
    },
    async (request, reply) => {
      const body = request.body;
      const turn = await replyAt(request, body.turnIndex);
      const moveIndex = body.target === 'move' ? body.moveIndex : null;
      const automatic = turn.score ? currentLabel(turn.score, body.target, moveIndex) : undefined;
      if (automatic === undefined) throw invalid(`Reply ${body.turnIndex} has no move ${moveIndex} to override.`);
      const to = String(body.to);
      if (body.target === 'delegation' && parseDelegationValue(to) === undefined) throw invalid('A delegation level is 0-7 or "none".');
      const reason = textWithin(body.reason, REASON_MAX_CHARS, 'reason');
      const live = await app.repos.annotations.liveOverride(turn.id, body.target, moveIndex);
      const from = live?.toValue ?? automatic;
      if (from === to) throw invalid(`That label is already ${to}.`);
      const id = randomUUID();
      await app.repos.annotations.addOverride({
        id,
        sessionId: loadedSession(request).row.id,
        turnId: turn.id,
        target: body.target,
        moveIndex,
        fromValue: from,
        toValue: to,
        reason,
        coachId: request.user!.id,
        replaces: live?.id ?? null,
      });
      changed(request, 'overrides');
      return reply.code(201).send(find((await sessionView(app, request)).overrides, id));
    },
  );

  app.post(
    '/api/sessions/:id/reviews',
    {
      config: { access: 'session:judge' },
      schema: { params: IdParamsSchema, body: ReviewBodySchema, response: { 201: ReviewSchema, 400: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema } },
    },
    async (request, reply) => {
      const id = randomUUID();
      const summary = textWithin(request.body.summary, SUMMARY_MAX_CHARS, 'summary');
      await app.repos.annotations.addReview({ id, sessionId: loadedSession(request).row.id, coachId: request.user!.id, summary });
      changed(request, 'review');
      return reply.code(201).send(find((await sessionView(app, request)).reviews, id));
    },
  );

  app.post(
    '/api/sessions/:id/seen',
    { config: { access: 'session:read' }, schema: { params: IdParamsSchema, response: { 204: Type.Null(), 404: ErrorBodySchema } } },
    async (request, reply) => {
      await app.repos.annotations.markSeen(loadedSession(request).row.id, request.user!.id);
      return reply.code(204).send(null);
    },
  );
};
