import { checkAnnotations, type AnnotationProblem } from './check-annotations';
import { MAX_BRANCH_DEPTH, type ExportedBranch, type ExportedTurn, type SessionExport } from './export-schema';
import { MAX_TRANSCRIPT_CUES } from './import-types';

// A session file's branches (version 3) must make a tree of the file's own sessions before anything
// is stored: each parent earlier in the list (so no loops), forked at a leader reply its parent has,
// not too deep, and every branch's coaching record on its own transcript. The limits count what an
// import stores: a branch holds a copy of its parent's turns before the fork, as the app keeps it, so
// a small file naming late fork points many times cannot make the database write millions of rows.
// Everything here is linear in the file and iterative: a hostile file gets a reason, never a hang.

const count = (n: number) => n.toLocaleString('en');

/**
 * Every branch's whole transcript (its parent's turns before the fork, then its own), in file order.
 * Only for a file `checkBranches` accepted: it trusts the parents and fork points.
 */
export function branchTranscripts(file: Pick<SessionExport, 'turns' | 'branches'>): ExportedTurn[][] {
  const byId = new Map<string, ExportedTurn[]>();
  return file.branches.map((b) => {
    const parent = b.parentId === null ? file.turns : byId.get(b.parentId)!;
    const turns = [...parent.slice(0, b.forkTurnIndex), ...b.turns];
    byId.set(b.id, turns);
    return turns;
  });
}

/** The first problem of the file's branches, with its JSON pointer; undefined when they hold together. */
export function checkBranches(file: SessionExport): AnnotationProblem | undefined {
  if (file.branches.length > 0 && file.schemaVersion < 3)
    return { path: '/branches', expected: `no branches in a version ${file.schemaVersion} file (they came with version 3)` };
  // Parents first: a branch's parent is known (with its transcript's length and depth) when it comes.
  const known = new Map<string, { length: number; depth: number; leaderAt: (i: number) => boolean }>();
  const root = { length: file.turns.length, depth: 0, leaderAt: (i: number) => file.turns[i]?.speaker === 'leader' };
  let stored = file.turns.length;
  let comments = file.comments.length;
  let overrides = file.overrides.length;
  for (const [i, b] of file.branches.entries()) {
    const at = `/branches/${i}`;
    if (known.has(b.id)) return { path: at, expected: `branch ids to be unique; "${b.id}" is used twice` };
    const parent = b.parentId === null ? root : known.get(b.parentId);
    if (!parent) return { path: at, expected: `parentId to be null (the session) or the id of a branch earlier in the file; "${b.parentId}" is not one` };
    if (parent.depth + 1 > MAX_BRANCH_DEPTH) return { path: at, expected: `branches at most ${MAX_BRANCH_DEPTH} levels deep` };
    if (b.forkTurnIndex >= parent.length || !parent.leaderAt(b.forkTurnIndex))
      return { path: at, expected: `forkTurnIndex ${b.forkTurnIndex} to be a leader reply of its parent (turns 0-${parent.length - 1})` };
    const problem = ownTurnsProblem(b);
    if (problem) return { path: `${at}/${problem.path}`, expected: problem.expected };
    stored += b.forkTurnIndex + b.turns.length;
    if (stored > MAX_TRANSCRIPT_CUES)
      return { path: at, expected: `at most ${count(MAX_TRANSCRIPT_CUES)} turns in the session and its branches together (a branch counts the turns it shares with its parent too)` };
    comments += b.comments.length;
    overrides += b.overrides.length;
    if (comments > MAX_TRANSCRIPT_CUES || overrides > MAX_TRANSCRIPT_CUES)
      return { path: at, expected: `at most ${count(MAX_TRANSCRIPT_CUES)} comments and as many overrides in the session and its branches together` };
    const length = b.forkTurnIndex + b.turns.length;
    const own = b.turns;
    const leaderAt = (index: number) => (index < b.forkTurnIndex ? parent.leaderAt(index) : own[index - b.forkTurnIndex]?.speaker === 'leader');
    known.set(b.id, { length, depth: parent.depth + 1, leaderAt });
  }
  // Within the limits now: each branch's transcript can be built to check its coaching record on.
  const transcripts = branchTranscripts(file);
  for (const [i, b] of file.branches.entries()) {
    const problem = checkAnnotations({ turns: transcripts[i], comments: b.comments, overrides: b.overrides });
    if (problem) return { path: `/branches/${i}${problem.path}`, expected: problem.expected };
  }
  return undefined;
}

/** A branch's own turns start at its fork reply and count up from there. */
function ownTurnsProblem(b: ExportedBranch): AnnotationProblem | undefined {
  if (b.turns[0].speaker !== 'leader') return { path: 'turns/0', expected: 'a branch to start with its fork reply, a leader turn' };
  for (const [j, t] of b.turns.entries())
    if (t.index !== b.forkTurnIndex + j) return { path: `turns/${j}`, expected: `turn indexes ${b.forkTurnIndex}, ${b.forkTurnIndex + 1}… in order from the fork; turn ${j} has index ${t.index}` };
  return undefined;
}
