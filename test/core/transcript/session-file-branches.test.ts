import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { branchTranscripts } from '@core/transcript/check-branches';
import type { ExportedBranch, ExportedTurn, SessionExport } from '@core/transcript/export-schema';
import { TranscriptError } from '@core/transcript/import-types';
import { parseTranscript } from '@core/transcript/parse-transcript';

// Branches in a session file (schemaVersion 3) are untrusted input: a file that loops, forks where
// its parent has no reply, nests too deep, names thousands of branches or would make the database
// copy a long transcript over and over is refused whole, with the branch it found wrong and its line.

const fixture = readFileSync(new URL('./fixtures/session.json', import.meta.url), 'utf8');
/** The fixture's session (turns 0-3: leader, persona, leader, persona) as a version 3 file. */
const session = (): SessionExport => ({ ...JSON.parse(fixture), schemaVersion: 3, branches: [] });

/** `count` turns from `from` on, alternating leader and persona from a leader reply. */
function turns(from: number, count: number): ExportedTurn[] {
  const [leader, persona] = session().turns;
  return Array.from({ length: count }, (_, i) => ({ ...(i % 2 ? persona : leader), index: from + i, text: `turn ${from + i}` }));
}

const branch = (id: string, parentId: string | null, forkTurnIndex: number, count = 2): ExportedBranch => ({
  id,
  parentId,
  forkTurnIndex,
  session: { id: `db-${id}`, status: 'ended', feedbackEnabled: false, createdAt: '2026-11-29T20:00:00.000Z', endedAt: null, scorecard: null, debrief: null },
  turns: turns(forkTurnIndex, count),
  comments: [],
  overrides: [],
  reviews: [],
});

const withBranches = (branches: ExportedBranch[], change: (f: SessionExport) => void = () => {}) => {
  const file = session();
  file.branches = branches;
  change(file);
  return JSON.stringify(file, null, 2);
};
const parse = (text: string) => parseTranscript(text, { format: 'askwell' });
const failure = (text: string): TranscriptError => {
  try {
    parse(text);
  } catch (e) {
    if (e instanceof TranscriptError) return e;
    throw e;
  }
  throw new Error('expected a TranscriptError');
};
/** The line of the n-th branch's `forkTurnIndex`, where the error should point. */
function lineOfBranch(text: string, n: number): number {
  let at = -1;
  for (let i = 0; i <= n; i++) at = text.indexOf('"forkTurnIndex"', at + 1);
  return text.slice(0, at).split('\n').length;
}

describe('session file branches', () => {
  it('reads a tree of branches, nested ones included, each with its parent’s turns before the fork', () => {
    const text = withBranches([branch('b1', null, 2, 3), branch('b2', 'b1', 4, 2), branch('b3', null, 0, 1)]);
    const parsed = parse(text);
    expect(parsed.session!.branches.map((b) => b.id)).toEqual(['b1', 'b2', 'b3']);
    // The main line is what a transcript reader (the CLI) sees.
    expect(parsed.turns).toHaveLength(4);
    const [b1, b2, b3] = branchTranscripts(parsed.session!);
    expect(b1.map((t) => t.text)).toEqual([...session().turns.slice(0, 2).map((t) => t.text), 'turn 2', 'turn 3', 'turn 4']);
    expect(b2.map((t) => t.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(b2.slice(0, 4)).toEqual(b1.slice(0, 4));
    expect(b3.map((t) => t.text)).toEqual(['turn 0']);
  });

  it('refuses loops and parents that come later or do not exist, naming the branch and its line', () => {
    const loop = withBranches([branch('b1', 'b2', 2), branch('b2', 'b1', 2)]);
    const e = failure(loop);
    expect(e.message).toMatch(/\/branches\/0: parentId to be null \(the session\) or the id of a branch earlier in the file; "b2" is not one/);
    expect(e.line).toBe(lineOfBranch(loop, 0));
    expect(failure(withBranches([branch('b1', 'b1', 2)])).message).toMatch(/\/branches\/0: parentId .* "b1" is not one/);
    expect(failure(withBranches([branch('b1', null, 2), branch('b1', null, 0)])).message).toMatch(/\/branches\/1: branch ids to be unique; "b1" is used twice/);
  });

  it('refuses a fork point beyond the parent’s transcript or at a persona turn', () => {
    const beyond = withBranches([branch('b1', null, 2), branch('b2', 'b1', 9)]);
    const e = failure(beyond);
    expect(e.message).toMatch(/\/branches\/1: forkTurnIndex 9 to be a leader reply of its parent \(turns 0-3\)/);
    expect(e.line).toBe(lineOfBranch(beyond, 1));
    expect(failure(withBranches([branch('b1', null, 1)])).message).toMatch(/\/branches\/0: forkTurnIndex 1 to be a leader reply of its parent/);
    // A branch of a branch counts in its parent's transcript: turn 3 of b1 is its persona's.
    expect(failure(withBranches([branch('b1', null, 2), branch('b2', 'b1', 3)])).message).toMatch(/\/branches\/1: forkTurnIndex 3/);
  });

  it('refuses own turns that do not start at the fork reply and count up', () => {
    expect(failure(withBranches([{ ...branch('b1', null, 2), turns: turns(3, 2) }])).message).toMatch(/\/branches\/0\/turns\/0: turn indexes 2, 3… in order from the fork/);
    const persona = { ...branch('b1', null, 2), turns: turns(2, 2).map((t) => ({ ...t, speaker: 'persona' as const })) };
    expect(failure(withBranches([persona])).message).toMatch(/\/branches\/0\/turns\/0: a branch to start with its fork reply, a leader turn/);
    expect(failure(withBranches([{ ...branch('b1', null, 2), turns: [] }])).message).toMatch(/\/branches\/0\/turns/);
  });

  it('checks each branch’s coaching record against its own transcript', () => {
    const comment = (turnIndex: number) => ({ id: 'c1', turnIndex, parentId: null, author: { name: 'Ana', role: 'coach' as const }, text: 'x', createdAt: '2026-01-01T00:00:00Z', previous: [] });
    // Turn 0 is shared with the session, turn 2 the branch's own reply: both are the branch's to comment on.
    expect(parse(withBranches([{ ...branch('b1', null, 2), comments: [comment(0), { ...comment(2), id: 'c2' }] }])).session!.branches[0].comments).toHaveLength(2);
    const text = withBranches([branch('b1', null, 2), { ...branch('b2', null, 2), comments: [comment(3)] }]);
    expect(failure(text).message).toMatch(/\/branches\/1\/comments\/0: turnIndex 3 to be a leader reply of this session/);
    expect(failure(text).line).toBeGreaterThan(lineOfBranch(text, 1));
  });

  it('refuses deep nesting and thousands of branches with the limit', () => {
    const chain = Array.from({ length: 51 }, (_, i) => branch(`b${i}`, i === 0 ? null : `b${i - 1}`, 0, 1));
    expect(parse(withBranches(chain.slice(0, 50))).session!.branches).toHaveLength(50);
    expect(failure(withBranches(chain)).message).toMatch(/\/branches\/50: branches at most 50 levels deep/);
    const many = JSON.stringify({ ...session(), branches: Array.from({ length: 5000 }, (_, i) => branch(`b${i}`, null, 0, 1)) });
    expect(failure(many).message).toBe('line 1: expected at most 1,000 branches in a session file, found "5,000 branches"');
  });

  it('counts the turns a branch shares with its parent in the 20,000 limit: a small file cannot make millions of rows', () => {
    // 1,000 branches forking late in a 40-turn session: 1,040 turns in the file, 39,040 to store; the 512th crosses 20,000.
    const text = withBranches(
      Array.from({ length: 1000 }, (_, i) => branch(`b${i}`, null, 38, 1)),
      (f) => (f.turns = turns(0, 40)),
    );
    expect(text.length).toBeLessThan(2_000_000);
    expect(failure(text).message).toMatch(/\/branches\/511: at most 20,000 turns in the session and its branches together/);
  });

  it('refuses filled branches in a version 1 or 2 file, and junk nested deep inside a branch without a crash', () => {
    expect(failure(withBranches([branch('b1', null, 2)], (f) => (f.schemaVersion = 2))).message).toMatch(/\/branches: no branches in a version 2 file \(they came with version 3\)/);
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const junk = withBranches([branch('b1', null, 2)]).replace('"turns": [\n        {', `"turns": [${deep}, {`);
    expect(failure(junk).message).toMatch(/\/branches\/0\/turns\/0 to match the session file format/);
  });
});
