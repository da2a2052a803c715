import { correctedScorecard, type LabelCorrection } from '@core/review/apply-overrides';
import type { AuthorRef, Comment, Override, RevealedFact, SessionAnnotations } from '@core/review/wire';
import { scoreSession } from '@core/rubric/score-session';
import type { Scorecard } from '@core/rubric/types';
import type { TranscriptTurn } from '@core/transcript/types';
import { importedScorecard } from '@core/transcript/score-imported';
import type { Scenario } from '@core/scenario/schema';
import type { PracticeSessionRow } from '@db/schema';
import type { EarlierVersionRef } from '../db/turn-refs-repo';
import type { StoredTurn } from '../db/turns-repo';
import type { Repos } from '../plugins/db';

// The coaching layer of a session view: comments (current versions, with what they replaced),
// overrides (all, live or replaced), reviews, the scorecard recomputed with live overrides, and the
// facts the persona revealed. A comment or override on a reply the leader has since edited and
// resent is on that reply's earlier version: it keeps the reply's index and says which words it was about.

/** Where the API places an annotation: the current turn's index, or the earlier version it was on. */
interface TurnPlaces {
  indexOf: Map<number, number>;
  earlier: Map<number, EarlierVersionRef>;
}

const turnPlaces = async (repos: Repos, sessionId: string): Promise<TurnPlaces> => ({
  indexOf: await repos.turnRefs.indexById(sessionId),
  earlier: await repos.turnRefs.earlierVersionsById(sessionId),
});

/** `{turnIndex}` or `{turnIndex, earlierVersion}` for a row; undefined for a row on no turn this session shows. */
function placeOf(places: TurnPlaces, row: { turnId: number | null; replacedTurnId: number | null }) {
  if (row.turnId !== null) {
    const turnIndex = places.indexOf.get(row.turnId);
    return turnIndex === undefined ? undefined : { turnIndex };
  }
  const version = row.replacedTurnId === null ? undefined : places.earlier.get(row.replacedTurnId);
  if (!version) return undefined;
  const { index, ...earlierVersion } = version;
  return { turnIndex: index, earlierVersion };
}

async function comments(repos: Repos, row: PracticeSessionRow, places: TurnPlaces): Promise<Comment[]> {
  const all = await repos.annotations.comments(row.id);
  const byId = new Map(all.map((r) => [r.comment.id, r.comment]));
  return all.flatMap(({ comment, authorName }) => {
    const place = comment.supersededAt === null ? placeOf(places, comment) : undefined;
    if (!place) return [];
    const previous: Comment['previous'] = [];
    for (let old = comment.replaces ? byId.get(comment.replaces) : undefined; old; old = old.replaces ? byId.get(old.replaces) : undefined)
      previous.unshift({ id: old.id, text: old.text, createdAt: old.createdAt });
    return [
      {
        id: comment.id,
        ...place,
        parentId: comment.parentId,
        authorId: comment.authorId,
        author: { id: comment.authorId, name: authorName },
        authorRole: comment.authorId === null ? (comment.recordedAuthorRole ?? 'coach') : comment.authorId === row.userId ? ('leader' as const) : ('coach' as const),
        text: comment.text,
        createdAt: comment.createdAt,
        previous,
      },
    ];
  });
}

async function overrides(repos: Repos, sessionId: string, places: TurnPlaces): Promise<Override[]> {
  return (await repos.annotations.overrides(sessionId)).flatMap(({ override: o, coachName }) => {
    const place = placeOf(places, o);
    if (!place) return [];
    return [
      {
        id: o.id,
        ...place,
        target: o.target,
        moveIndex: o.moveIndex,
        from: o.fromValue,
        to: o.toValue,
        reason: o.reason,
        coach: { id: o.coachId, name: coachName },
        createdAt: o.createdAt,
        replaces: o.replaces,
        active: o.supersededAt === null,
      },
    ];
  });
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
  // An override on words the leader has since replaced corrects nothing the scorecard reads.
  const live = allOverrides.filter((o) => o.active && !o.earlierVersion);
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
  return adjusted(row, scenario, turns, await overrides(repos, row.id, await turnPlaces(repos, row.id)));
}

export async function sessionAnnotations(
  repos: Repos,
  row: PracticeSessionRow,
  scenario: Scenario | undefined,
  turns: StoredTurn[],
  viewer: 'leader' | 'coach',
): Promise<SessionAnnotations> {
  const places = await turnPlaces(repos, row.id);
  const allOverrides = await overrides(repos, row.id, places);
  const leader = (await repos.users.findById(row.userId))!;
  return {
    viewer,
    leader: { id: leader.id, name: leader.name },
    comments: await comments(repos, row, places),
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
