import { replyNumbers } from '@core/transcript/reply-numbers';
import type { ReviewedSession } from '../api/coaching-api';
import { labelText } from '../components/labels';

const shorten = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/**
 * What `from` (the leader, or a coach) added between two versions of a session, in words a screen
 * reader can say once: "Lee Leader answered on reply 3: Thanks, I waited longer there." Null when nothing.
 */
export function newFromOthers(before: ReviewedSession, after: ReviewedSession, from: 'leader' | 'coach'): string | null {
  const known = new Set([...before.comments, ...before.overrides, ...before.reviews].map((x) => x.id));
  const replies = replyNumbers(after.turns);
  const lines: string[] = [];
  for (const c of after.comments)
    if (!known.has(c.id) && c.authorRole === from)
      lines.push(`${c.author.name} ${c.parentId ? 'answered' : 'commented'} on reply ${replies.get(c.turnIndex)}: ${shorten(c.text)}`);
  if (from === 'coach') {
    for (const o of after.overrides)
      if (!known.has(o.id)) lines.push(`${o.coach.name} changed ${labelText(o.from)} to ${labelText(o.to)} on reply ${replies.get(o.turnIndex)}.`);
    for (const r of after.reviews) if (!known.has(r.id)) lines.push(`${r.coach.name} reviewed this session: ${shorten(r.summary)}`);
  }
  return lines.length > 0 ? lines.join(' ') : null;
}
