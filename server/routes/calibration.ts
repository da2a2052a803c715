import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { agreement } from '@core/review/calibration';
import { CalibrationSchema } from '@core/review/wire';
import { MOVE_KINDS } from '@core/rubric/types';
import { calibrationItems } from '../review/calibration-items';
import { toCsv } from '../review/csv';
import { ErrorBodySchema } from '@core/transcript/wire';

const DELEGATION_LABELS = ['0', '1', '2', '3', '4', '5', '6', '7', 'none'];

export const calibrationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/coach/calibration', { config: { access: 'coach' }, schema: { response: { 200: CalibrationSchema, 403: ErrorBodySchema } } }, async (request) => {
    const user = request.user!;
    const { sessions, replies, items } = await calibrationItems(app.repos, user.id);
    const pairs = (target: 'move' | 'delegation') => items.filter((i) => i.target === target);
    return {
      coach: { id: user.id, name: user.name },
      reviewedSessions: sessions,
      reviewedReplies: replies,
      moves: agreement(pairs('move'), MOVE_KINDS),
      delegation: agreement(pairs('delegation'), DELEGATION_LABELS),
    };
  });

  app.get(
    '/api/coach/calibration.csv',
    { config: { access: 'coach' }, schema: { response: { 200: Type.String(), 403: ErrorBodySchema } } },
    async (request, reply) => {
      const coachId = request.user!.id;
      const linked = new Set((await app.repos.coachLinks.leadersOf(coachId)).map((l) => l.id));
      const rows = (await calibrationItems(app.repos, coachId)).items.map((i) => [
        i.sessionId,
        i.turnIndex,
        i.target,
        i.moveIndex ?? '',
        // A leader who stopped sharing keeps their words: only the labels stay in the coach's export.
        linked.has(i.leaderId) ? i.text : '',
        i.scorer,
        i.coach,
        i.scorer === i.coach ? 'yes' : 'no',
        i.reason,
      ]);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="askwell-calibration.csv"')
        .send(toCsv(['session_id', 'turn_index', 'target', 'move_index', 'text', 'scorer', 'coach', 'agreed', 'coach_reason'], rows));
    },
  );
};
