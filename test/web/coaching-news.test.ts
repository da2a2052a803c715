import { describe, expect, it } from 'vitest';
import type { Comment, Override, Review } from '@core/review/wire';
import type { ReviewedSession } from '@web/features/coaching/api/coaching-api';
import { newFromOthers } from '@web/features/coaching/hooks/news';

// What the coaching pages announce when the review socket brings a change: only what the other
// side added, once, in words.

const person = (name: string) => ({ id: name.toLowerCase(), name });
const comment = (id: string, authorRole: 'leader' | 'coach', text: string, parentId: string | null = null): Comment => ({
  id,
  turnIndex: 3,
  parentId,
  authorId: authorRole,
  author: person(authorRole === 'leader' ? 'Lee Leader' : 'Cora Coach'),
  authorRole,
  text,
  createdAt: '2026-11-29T20:00:00.000Z',
  previous: [],
});
const override: Override = {
  id: 'o1',
  turnIndex: 1,
  target: 'move',
  moveIndex: 0,
  from: 'advice',
  to: 'directive',
  reason: 'An instruction.',
  coach: person('Cora Coach'),
  createdAt: '2026-11-29T20:00:00.000Z',
  replaces: null,
  active: true,
};
const review: Review = { id: 'r1', coach: person('Cora Coach'), summary: 'Ask first.', createdAt: '2026-11-29T20:00:00.000Z' };
// The opening, then two replies and their answers: transcript index 3 is the leader's reply 2.
const turns = (['persona', 'leader', 'persona', 'leader'] as const).map((speaker, index) => ({ index, speaker }));
const session = (parts: { comments?: Comment[]; overrides?: Override[]; reviews?: Review[] }) =>
  ({ turns, comments: [], overrides: [], reviews: [], ...parts }) as unknown as ReviewedSession;

describe('newFromOthers', () => {
  const coachComment = comment('c1', 'coach', 'Good question.');

  it("tells a coach about the leader's answer, not about the coach's own comment", () => {
    const before = session({ comments: [coachComment] });
    const after = session({ comments: [coachComment, comment('c2', 'leader', 'Thanks, I waited.', 'c1'), comment('c3', 'coach', 'Mine.')] });
    expect(newFromOthers(before, after, 'leader')).toBe('Lee Leader answered on reply 2: Thanks, I waited.');
  });

  it("tells a leader about a coach's comment, override and summary in one message", () => {
    const after = session({ comments: [coachComment], overrides: [override], reviews: [review] });
    expect(newFromOthers(session({}), after, 'coach')).toBe(
      'Cora Coach commented on reply 2: Good question. Cora Coach changed Advice to Directive on reply 1. Cora Coach reviewed this session: Ask first.',
    );
  });

  it('says nothing when nothing new came from the other side', () => {
    const both = session({ comments: [coachComment], overrides: [override] });
    expect(newFromOthers(both, both, 'coach')).toBeNull();
    expect(newFromOthers(session({}), session({ comments: [coachComment] }), 'leader')).toBeNull();
  });

  it('shortens a long comment', () => {
    const long = comment('c9', 'leader', 'word '.repeat(100).trim());
    const said = newFromOthers(session({}), session({ comments: [long] }), 'leader')!;
    expect(said.length).toBeLessThan(220);
    expect(said.endsWith('…')).toBe(true);
  });
});
