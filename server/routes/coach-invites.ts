import { randomBytes, randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import {
  CreateInviteBodySchema, INVITE_DEFAULT_DAYS, InviteAcceptedSchema, InviteCreatedSchema, InvitePreviewSchema, InviteSchema,
} from '@core/review/wire';
import type { CoachInviteRow } from '@db/schema';
import { inviteStatus } from '../db/coach-invites-repo';
import { notFound, resourceOf } from '../plugins/access';
import { ErrorBodySchema } from '@core/transcript/wire';

const DAY_MS = 24 * 60 * 60 * 1000;
const CodeParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 100 }) });

/** The link a leader opens: the web app's acceptance page on the same origin the coach used. */
const inviteUrl = (request: FastifyRequest, code: string) => `${request.protocol}://${request.host}/#/invites/${code}`;

export const coachInviteRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const toInvite = async (request: FastifyRequest, row: CoachInviteRow) => {
    const acceptedBy = row.acceptedBy ? await app.repos.users.findById(row.acceptedBy) : undefined;
    return {
      code: row.code,
      url: inviteUrl(request, row.code),
      expiresAt: row.expiresAt,
      status: inviteStatus(row),
      createdAt: row.createdAt,
      acceptedBy: acceptedBy ? { id: acceptedBy.id, name: acceptedBy.name } : null,
    };
  };

  app.post(
    '/api/coach/invites',
    { config: { access: 'coach' }, schema: { body: Type.Optional(CreateInviteBodySchema), response: { 201: InviteCreatedSchema, 403: ErrorBodySchema } } },
    async (request, reply) => {
      const days = request.body?.expiresInDays ?? INVITE_DEFAULT_DAYS;
      // 144 random bits: the code alone grants a coach access to someone's practice once accepted.
      const code = randomBytes(18).toString('base64url');
      const row = await app.repos.coachInvites.insert({ code, coachId: request.user!.id, expiresAt: new Date(Date.now() + days * DAY_MS).toISOString() });
      return reply.code(201).send({ code, url: inviteUrl(request, code), expiresAt: row.expiresAt });
    },
  );

  app.get('/api/coach/invites', { config: { access: 'coach' }, schema: { response: { 200: Type.Array(InviteSchema), 403: ErrorBodySchema } } }, async (request) =>
    Promise.all((await app.repos.coachInvites.listByCoach(request.user!.id)).map((row) => toInvite(request, row))),
  );

  app.delete(
    '/api/coach/invites/:code',
    { config: { access: 'invite:revoke' }, schema: { params: CodeParams, response: { 204: Type.Null(), 404: ErrorBodySchema } } },
    async (request, reply) => {
      await app.repos.coachInvites.revoke(resourceOf(request).invite!.code);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/invites/:code',
    { config: { access: 'invite:read' }, schema: { params: CodeParams, response: { 200: InvitePreviewSchema, 404: ErrorBodySchema } } },
    async (request) => {
      const invite = resourceOf(request).invite!;
      const coach = (await app.repos.users.findById(invite.coachId))!;
      return { coach: { id: coach.id, name: coach.name }, expiresAt: invite.expiresAt };
    },
  );

  app.post(
    '/api/invites/:code/accept',
    { config: { access: 'invite:accept' }, schema: { params: CodeParams, response: { 200: InviteAcceptedSchema, 403: ErrorBodySchema, 404: ErrorBodySchema } } },
    async (request) => {
      const invite = resourceOf(request).invite!;
      const leaderId = request.user!.id;
      // Another leader may have used the code since the policy check: then it is spent for this one.
      // No transaction spans the two writes (they may be on PostgreSQL): if the link is lost after
      // the invite is marked, the same leader may accept again, and linking twice changes nothing.
      const linked =
        (await app.repos.coachInvites.markAccepted(invite.code, leaderId)) ||
        (await app.repos.coachInvites.find(invite.code))?.acceptedBy === leaderId;
      if (linked) await app.repos.coachLinks.link({ id: randomUUID(), coachId: invite.coachId, leaderId, inviteCode: invite.code });
      if (!linked) throw notFound('invite');
      const coach = (await app.repos.users.findById(invite.coachId))!;
      return { coach: { id: coach.id, name: coach.name } };
    },
  );
};
