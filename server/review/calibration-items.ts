import type { Repos } from '../plugins/db';

// What a coach's calibration is computed from: every label on the replies of the sessions they
// reviewed, the scorer's reading against theirs (their latest override of it, or the scorer's own
// label when they left it).

export interface CalibrationItem {
  sessionId: string;
  leaderId: string;
  turnIndex: number;
  target: 'move' | 'delegation';
  moveIndex: number | null;
  /** The words the label is about: the move's sentence, or the whole reply for delegation. */
  text: string;
  scorer: string;
  coach: string;
  reason: string;
}

export async function calibrationItems(repos: Repos, coachId: string): Promise<{ sessions: number; replies: number; items: CalibrationItem[] }> {
  const sessionIds = await repos.annotations.reviewedBy(coachId);
  const items: CalibrationItem[] = [];
  let replies = 0;
  for (const sessionId of sessionIds) {
    const session = await repos.practiceSessions.findById(sessionId);
    if (!session) continue;
    const indexOf = await repos.turnRefs.indexById(sessionId);
    // Oldest first, so the coach's latest override of each label wins.
    const mine = new Map<string, { to: string; reason: string }>();
    // Against the scorer's reading of the replies as they stand: an override on an earlier version of a reply is about words no longer scored.
    for (const { override: o } of await repos.annotations.overrides(sessionId))
      if (o.coachId === coachId && o.turnId !== null) mine.set(`${indexOf.get(o.turnId)}:${o.target}:${o.moveIndex}`, { to: o.toValue, reason: o.reason });
    for (const turn of await repos.turns.list(sessionId)) {
      if (turn.speaker !== 'leader' || !turn.score) continue;
      replies += 1;
      const add = (target: 'move' | 'delegation', moveIndex: number | null, text: string, scorer: string) => {
        const coach = mine.get(`${turn.index}:${target}:${moveIndex}`);
        items.push({ sessionId, leaderId: session.userId, turnIndex: turn.index, target, moveIndex, text, scorer, coach: coach?.to ?? scorer, reason: coach?.reason ?? '' });
      };
      turn.score.moves.forEach((m, i) => add('move', i, m.text, m.kind));
      add('delegation', null, turn.text, String(turn.score.delegation.level));
    }
  }
  return { sessions: sessionIds.length, replies, items };
}
