import type { SessionView } from '@core/review/wire';
import type { SessionExport } from '@core/transcript/export-schema';

// The coaching record of a session as the file carries it: ids local to the file ("c1", "o1") so
// the same session always exports the same file, authors by the name and role the reader sees,
// never a user id (docs/api.md "Session files").

export function exportAnnotations(session: SessionView): Required<Pick<SessionExport, 'comments' | 'overrides' | 'reviews'>> {
  const commentId = new Map(session.comments.map((c, i) => [c.id, `c${i + 1}`]));
  const overrideId = new Map(session.overrides.map((o, i) => [o.id, `o${i + 1}`]));
  return {
    comments: session.comments.map((c) => ({
      id: commentId.get(c.id)!,
      turnIndex: c.turnIndex,
      // A reply to a comment the reader cannot see (none today) would point nowhere: it becomes a root.
      parentId: (c.parentId && commentId.get(c.parentId)) ?? null,
      author: { name: c.author.name, role: c.authorRole },
      text: c.text,
      createdAt: c.createdAt,
      previous: c.previous.map((p) => ({ text: p.text, createdAt: p.createdAt })),
      ...(c.earlierVersion ? { earlierVersion: c.earlierVersion } : {}),
    })),
    overrides: session.overrides.map((o) => ({
      id: overrideId.get(o.id)!,
      turnIndex: o.turnIndex,
      target: o.target,
      moveIndex: o.moveIndex,
      from: o.from,
      to: o.to,
      reason: o.reason,
      coach: { name: o.coach.name },
      createdAt: o.createdAt,
      replaces: (o.replaces && overrideId.get(o.replaces)) ?? null,
      active: o.active,
      ...(o.earlierVersion ? { earlierVersion: o.earlierVersion } : {}),
    })),
    reviews: session.reviews.map((r) => ({ coach: { name: r.coach.name }, summary: r.summary, createdAt: r.createdAt })),
  };
}
