import { Type, type Static } from 'typebox';

// Server -> client messages of the review socket GET /api/sessions/:id/events (docs/api.md).

export const SessionEventSchema = Type.Union([
  /** Something on the session changed; the client refetches GET /api/sessions/:id. */
  Type.Object({
    type: Type.Literal('session.changed'),
    what: Type.Union([Type.Literal('turns'), Type.Literal('comments'), Type.Literal('overrides'), Type.Literal('review'), Type.Literal('status')]),
  }),
  /** The reader lost access (the leader stopped sharing); the socket closes with code 4404 next. */
  Type.Object({ type: Type.Literal('access.ended') }),
]);
export type SessionEvent = Static<typeof SessionEventSchema>;
