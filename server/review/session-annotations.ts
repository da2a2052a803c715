import { correctedScorecard, type LabelCorrection } from '@core/review/apply-overrides';
import type { AuthorRef, Comment, Override, RevealedFact, SessionAnnotations } from '@core/review/wire';
import { scoreSession } from '@core/rubric/score-session';
import type { Scorecard } from '@core/rubric/types';
import type { TranscriptTurn } from '@core/transcript/types';
import { importedScorecard } from '@core/transcript/score-imported';
import type { Scenario } from '@core/scenario/schema';
import type { PracticeSessionRow } from '@db/schema';
import type { StoredTurn } from '../db/turns-repo';
import type { Repos } from '../plugins/db';

// The coaching layer of a session view: comments (current versions, with what they replaced),
// overrides (all, live or replaced), reviews, the scorecard recomputed with live overrides, and the
// facts the persona revealed.

async function comments(repos: Repos, row: PracticeSessionRow, indexOf: Map<number, number>): Promise<Comment[]> {
  const all = await repos.annotations.comments(row.id);
  const byId = new Map(all.map((r) => [r.comment.id, r.comment]));
  return all
    .filter(({ comment }) => comment.supersededAt === null && indexOf.has(comment.turnId))
    .map(({ comment, authorName }) => {
      const previous: Comment['previous'] = [];
      for (let old = comment.replaces ? byId.get(comment.replaces) : undefined; old; old = old.replaces ? byId.get(old.replaces) : undefined)
        previous.unshift({ id: old.id, text: old.text, createdAt: old.createdAt });
      return {
        id: comment.id,
        turnIndex: indexOf.get(comment.turnId)!,
        parentId: comment.parentId,
        authorId: comment.authorId,
        author: { id: comment.authorId, name: authorName },
        authorRole: comment.authorId === null ? (comment.recordedAuthorRole ?? 'coach') : comment.authorId === row.userId ? ('leader' as const) : ('coach' as const),
        text: comment.text,
        createdAt: comment.createdAt,
        previous,
      };
    });
}

async function overrides(repos: Repos, sessionId: string, indexOf: Map<number, number>): Promise<Override[]> {
  return (await repos.annotations.overrides(sessionId))
    .filter(({ override }) => indexOf.has(override.turnId))
    .map(({ override: o, coachName }) => ({
      id: o.id,
      turnIndex: indexOf.get(o.turnId)!,
      target: o.target,
      moveIndex: o.moveIndex,
      from: o.fromValue,
      to: o.toValue,
      reason: o.reason,
      coach: { id: o.coachId, name: coachName },
      createdAt: o.createdAt,
      replaces: o.replaces,
      active: o.supersededAt === null,
    }));
}

function revealedFacts(turns: StoredTurn[], scenario: Scenario | undefined): RevealedFact[] {
  if (!scenario) return [];
  const text = new Map(scenario.hiddenFacts.map((f) => [f.id, f.fact]));
  const seen = new Set<string>();
  const out: RevealedFact[] = [];
  for (const turn of turns) {
    for (const id of turn.state?.factsRevealed ?? []) {
      if (seen.has(id) || !text.has(id)) continue;
      seen.add(id);
      out.push({ turnIndex: turn.index, id, fact: text.get(id)! });
    }
  }
  return out;
}

/**
 * Overrides are scored the way the session itself was: a meeting transcript without the scenario-only
 * figures; a practice session (or one restored from a file, whose persona turns carry the outcome the
 * scorecard reads) with its scenario.
 */
const rescorer = (row: PracticeSessionRow, scenario: Scenario | undefined, stored: readonly StoredTurn[]) => (turns: TranscriptTurn[]) =>
  row.kind === 'imported' && !stored.some((t) => t.state) ? importedScorecard(turns) : scoreSession(turns, scenario);

/** The session's scorecard recomputed with its live overrides; null when it has no scorecard or no live override. */
function adjusted(row: PracticeSessionRow, scenario: Scenario | undefined, turns: StoredTurn[], allOverrides: Override[]): SessionAnnotations['adjustedScorecard'] {
  const live = allOverrides.filter((o) => o.active);
  const corrections: LabelCorrection[] = live.map((o) => ({ turnIndex: o.turnIndex, target: o.target, moveIndex: o.moveIndex, to: o.to }));
  const automatic = row.scorecard as Scorecard | null;
  const corrected = automatic ? correctedScorecard(turns, corrections, automatic, rescorer(row, scenario, turns)) : undefined;
  if (!corrected) return null;
  const overriddenBy = [...new Map<string, AuthorRef>(live.map((o) => [o.coach.id ?? `recorded:${o.coach.name}`, o.coach])).values()];
  return { ...corrected, overriddenBy };
}

/** Only the adjusted scorecard of `sessionAnnotations` (the coach's spreadsheet), without reading comments, reviews or the leader. */
export async function adjustedScorecard(
  repos: Repos,
  row: PracticeSessionRow,
  scenario: Scenario | undefined,
  turns: StoredTurn[],
): Promise<SessionAnnotations['adjustedScorecard']> {
  return adjusted(row, scenario, turns, await overrides(repos, row.id, await repos.turnRefs.indexById(row.id)));
}

export async function sessionAnnotations(
  repos: Repos,
  row: PracticeSessionRow,
  scenario: Scenario | undefined,
  turns: StoredTurn[],
  viewer: 'leader' | 'coach',
): Promise<SessionAnnotations> {
  const indexOf = await repos.turnRefs.indexById(row.id);
  const allOverrides = await overrides(repos, row.id, indexOf);
  const leader = (await repos.users.findById(row.userId))!;
  return {
    viewer,
    leader: { id: leader.id, name: leader.name },
    comments: await comments(repos, row, indexOf),
    overrides: allOverrides,
    reviews: (await repos.annotations.reviews(row.id)).map(({ review, coachName }) => ({
      id: review.id,
      coach: { id: review.coachId, name: coachName },
      summary: review.summary,
      createdAt: review.createdAt,
    })),
    adjustedScorecard: adjusted(row, scenario, turns, allOverrides),
    revealedFacts: viewer === 'coach' || row.status === 'ended' ? revealedFacts(turns, scenario) : [],
  };
}
