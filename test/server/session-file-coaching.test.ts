import { describe, expect, it } from 'vitest';
import type { SessionView } from '@core/review/wire';
import type { SessionExport } from '@core/transcript/export-schema';
import { call, linkedPair, practise, type Caller } from '@test/helpers/coaching';
import { appPerTest } from '@test/helpers/app-per-test';
import { signUp } from '@test/helpers/test-app';

// The coaching record in the portable session file (schemaVersion 2 and on): a coached practice session
// exported and imported into another account is the same session, and nobody in the importing
// database is made its author.

const t = appPerTest();

const view = async (who: Caller, id: string): Promise<SessionView> => (await call(t.app, who, 'GET', `/api/sessions/${id}`)).json();
const exportOf = async (who: Caller, id: string) => (await call(t.app, who, 'GET', `/api/sessions/${id}/export?format=json`)).json() as SessionExport;
const importFile = (who: Caller, file: unknown) => call(t.app, who, 'POST', '/api/imports', { text: typeof file === 'string' ? file : JSON.stringify(file, null, 2) });

/** Ids differ between databases: replace each by the order it first appears in, everywhere it is used. */
function withoutIds<T>(value: T): T {
  const seen = new Map<string, string>();
  const ID_KEYS = new Set(['id', 'parentId', 'replaces', 'authorId']);
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object')
      return Object.fromEntries(
        Object.entries(v).map(([k, x]) => {
          if (!ID_KEYS.has(k) || typeof x !== 'string') return [k, walk(x)];
          if (!seen.has(x)) seen.set(x, `#${seen.size}`);
          return [k, seen.get(x)];
        }),
      );
    return v;
  };
  return walk(value) as T;
}

async function coachedSession() {
  const { coach, leader } = await linkedPair(t.app);
  const id = await practise(t.app, leader, ['You should call the vendor today and sort it out.', 'What options do you see?'], { scenarioId: 'late-onboarding-guide' });
  const post = async (who: Caller, path: string, body: object) => {
    const response = await call(t.app, who, 'POST', `/api/sessions/${id}/${path}`, body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string };
  };
  const note = await post(coach, 'comments', { turnIndex: 1, text: 'That is an instruction.' });
  await post(leader, 'comments', { turnIndex: 1, text: 'Fair, I was rushed.', parentId: note.id });
  expect((await call(t.app, coach, 'PATCH', `/api/sessions/${id}/comments/${note.id}`, { text: 'That is an instruction, not a question.' })).statusCode).toBe(200);
  await post(coach, 'comments', { turnIndex: 3, text: 'Much better.' });
  const move = { turnIndex: 1, target: 'move', moveIndex: 0 };
  await post(coach, 'overrides', { ...move, to: 'directive', reason: 'An instruction.' });
  await post(coach, 'overrides', { ...move, to: 'open_question', reason: 'Said as a question in context.' });
  // The last reply taken back: the next-step owner figure needs the persona's outcome to recompute.
  await post(coach, 'overrides', { turnIndex: 3, target: 'delegation', to: 0, reason: 'Took the task back in the end.' });
  await post(coach, 'reviews', { summary: 'Good turn-around in the second reply.' });
  return { coach, leader, id };
}

describe('session file: the coaching record', () => {
  it('exports comments with their edits, overrides live and replaced, and reviews, by name and never by user id', async () => {
    const { coach, leader, id } = await coachedSession();
    const file = await exportOf(leader, id);
    expect(file.schemaVersion).toBe(3);
    // In the order written: the edit is newer than the answer to it.
    expect(file.comments.map((c) => [c.id, c.turnIndex, c.parentId, c.author, c.text, c.previous.map((p) => p.text)])).toEqual([
      ['c1', 1, 'c2', { name: 'Lee Leader', role: 'leader' }, 'Fair, I was rushed.', []],
      ['c2', 1, null, { name: 'Cora Coach', role: 'coach' }, 'That is an instruction, not a question.', ['That is an instruction.']],
      ['c3', 3, null, { name: 'Cora Coach', role: 'coach' }, 'Much better.', []],
    ]);
    expect(file.overrides.map((o) => [o.id, o.turnIndex, o.target, o.moveIndex, o.from, o.to, o.replaces, o.active, o.coach])).toEqual([
      ['o1', 1, 'move', 0, 'advice', 'directive', null, false, { name: 'Cora Coach' }],
      ['o2', 1, 'move', 0, 'directive', 'open_question', 'o1', true, { name: 'Cora Coach' }],
      ['o3', 3, 'delegation', null, expect.any(String), '0', null, true, { name: 'Cora Coach' }],
    ]);
    expect(file.reviews).toEqual([{ coach: { name: 'Cora Coach' }, summary: 'Good turn-around in the second reply.', createdAt: expect.any(String) }]);
    // Persona outcomes only: the hidden facts' ids never leave the server.
    expect(file.turns[2].outcome).toEqual({ ideaSurfaced: expect.any(Boolean), nextStepOwner: expect.any(String) });
    const text = JSON.stringify(file);
    for (const secret of [coach.userId, leader.userId, 'factsRevealed', 'engagement']) expect(text).not.toContain(secret);
    // The linked coach downloads the same file.
    expect({ ...(await exportOf(coach, id)), exportedAt: 0 }).toEqual({ ...file, exportedAt: 0 });
  }, 30_000);

  it('imports into another account as the same session: turns, scores, comments, overrides, reviews and the adjusted scorecard', async () => {
    const { leader, id } = await coachedSession();
    const original = await view(leader, id);
    const file = await exportOf(leader, id);
    const other = await signUp(t.app, { name: 'Olu Other' });
    const created = await importFile(other, file);
    expect(created.statusCode, created.body).toBe(201);
    const copyId = created.json().id as string;
    const copy = await view(other, copyId);

    // The restored record names every speaker as the file did; a practice session derives the names.
    const named = (v: SessionView) => v.turns.map((turn) => ({ ...turn, speakerName: file.turns[turn.index].speakerName }));
    expect(copy.turns).toEqual(named(original));
    expect(copy.scorecard).toEqual(original.scorecard);
    // Authors are the names recorded in the file, with no user id behind them.
    const recorded = (v: SessionView) => ({
      comments: v.comments.map((c) => ({ ...c, authorId: null, author: { ...c.author, id: null } })),
      overrides: v.overrides.map((o) => ({ ...o, coach: { ...o.coach, id: null } })),
      reviews: v.reviews.map((r) => ({ ...r, coach: { ...r.coach, id: null } })),
    });
    expect(copy.comments.every((c) => c.authorId === null && c.author.id === null)).toBe(true);
    expect(withoutIds(recorded(copy))).toEqual(withoutIds(recorded(original)));
    expect(copy.adjustedScorecard!.scorecard).toEqual(original.adjustedScorecard!.scorecard);
    expect(copy.adjustedScorecard!.changed).toEqual(original.adjustedScorecard!.changed);
    expect(copy.adjustedScorecard!.changed).toContain('ownership');
    expect(copy.adjustedScorecard!.overriddenBy).toEqual([{ id: null, name: 'Cora Coach' }]);
    // Restored notes are the record, not news for the importer.
    const listed = (await call(t.app, other, 'GET', '/api/sessions')).json() as { id: string; unread: number }[];
    expect(listed).toEqual([expect.objectContaining({ id: copyId, unread: 0 })]);

    // And the copy exports the same file, apart from its id, kind and source.
    const again = await exportOf(other, copyId);
    expect({ ...again, exportedAt: 0, session: { ...again.session, id: 0, kind: 0, source: 0 } }).toEqual({
      ...file,
      exportedAt: 0,
      session: { ...file.session, id: 0, kind: 0, source: 0 },
    });
  }, 30_000);

  it('gives an imported comment to nobody: the importer cannot edit it, and it counts in nobody’s queue or calibration', async () => {
    const { coach, leader, id } = await coachedSession();
    const file = await exportOf(leader, id);
    // The coach imports it into their own account: the file's overrides and review are not theirs.
    const copyId = (await importFile(coach, file)).json().id as string;
    const copy = await view(coach, copyId);
    const edit = await call(t.app, coach, 'PATCH', `/api/sessions/${copyId}/comments/${copy.comments[0].id}`, { text: 'Rewritten.' });
    expect(edit.statusCode).toBe(404);
    const calibration = (await call(t.app, coach, 'GET', '/api/coach/calibration')).json();
    expect(calibration.reviewedSessions).toBe(1);
    // A file cannot claim a real account either: a name that is a user id stays a name.
    const forged = structuredClone(file);
    forged.comments[0].author.name = coach.userId;
    const forgedView = await view(leader, (await importFile(leader, forged)).json().id);
    expect(forgedView.comments[0]).toMatchObject({ authorId: null, author: { id: null, name: coach.userId } });
  }, 30_000);

  it('still reads version 1 files, and refuses a broken coaching record naming the line', async () => {
    const { leader, id } = await coachedSession();
    const file = await exportOf(leader, id);
    const v1 = { ...file, schemaVersion: 1, comments: [], overrides: [], turns: file.turns.map(({ outcome: _o, ...turn }) => turn) } as Partial<SessionExport>;
    delete v1.reviews;
    const fromV1 = await importFile(leader, v1);
    expect(fromV1.statusCode, fromV1.body).toBe(201);
    const fromV1View = await view(leader, fromV1.json().id);
    expect(fromV1View.turns.map(({ speakerName: _n, ...turn }) => turn)).toEqual((await view(leader, id)).turns);
    expect(fromV1View.comments).toEqual([]);
    // A version 2 file (the coaching record, no branches yet) reads as written.
    const fromV2 = await importFile(leader, { ...file, schemaVersion: 2 });
    expect(fromV2.statusCode, fromV2.body).toBe(201);
    expect(withoutIds((await view(leader, fromV2.json().id)).comments)).toEqual(withoutIds((await view(leader, (await importFile(leader, file)).json().id)).comments));

    const refused = async (change: (f: SessionExport) => void) => {
      const broken = structuredClone(file);
      change(broken);
      const response = await importFile(leader, broken);
      expect(response.statusCode).toBe(400);
      return response.json().error.message as string;
    };
    expect(await refused((f) => (f.schemaVersion = 4 as 3))).toMatch(/expected "schemaVersion" 1, 2 or 3 \(a newer Askwell wrote this file\), found "4"/);
    expect(await refused((f) => (f.schemaVersion = 1))).toMatch(/no comments or overrides in a version 1 file/);
    expect(await refused((f) => (f.comments[0].turnIndex = 0))).toMatch(/^line \d+: expected \/comments\/0: turnIndex 0 to be a leader reply/);
    expect(await refused((f) => (f.comments[0].parentId = 'c9'))).toMatch(/\/comments\/0: parentId to name a comment on the same reply/);
    expect(await refused((f) => (f.comments[1].parentId = 'c1'))).toMatch(/\/comments\/0: a thread without loops/);
    expect(await refused((f) => (f.overrides[0].active = true))).toMatch(/\/overrides\/0: active to be false/);
    expect(await refused((f) => (f.overrides[1].to = 'shouting'))).toMatch(/\/overrides\/1: a moveIndex and a move kind/);
    expect(await refused((f) => (f.overrides[2].turnIndex = 2))).toMatch(/\/overrides\/2: turnIndex 2 to be a scored leader reply/);
    expect(await refused((f) => (f.branches = [{}] as never))).toMatch(/\/branches\/0 to match the session file format/);
    // Nothing of the refused files was stored.
    expect((await call(t.app, leader, 'GET', '/api/sessions')).json()).toHaveLength(4);
  }, 30_000);
});

describe('session file: branches and who may see them', () => {
  const branchOf = async (who: Caller, id: string, fromTurnIndex: number) => {
    const made = await call(t.app, who, 'POST', `/api/sessions/${id}/branches`, { fromTurnIndex });
    expect(made.statusCode, made.body).toBe(201);
    return made.json().id as string;
  };

  it('carries the branches the caller may read: the leader’s own, the linked coach’s shared ones, never another user’s', async () => {
    const { coach, leader } = await linkedPair(t.app);
    const id = await practise(t.app, leader, ['What options do you see?', 'You should call the vendor today.']);
    const first = await branchOf(leader, id, 1);
    const nested = await branchOf(leader, first, 1);
    const second = await branchOf(leader, id, 3);
    const branchIds = (file: SessionExport) => file.branches.map((b) => [b.session.id, b.parentId]);
    expect(branchIds(await exportOf(leader, id))).toEqual([[first, null], [nested, 'b1'], [second, null]]);
    // The coach the leader shares with sees the same branches, so downloads the same file.
    expect({ ...(await exportOf(coach, id)), exportedAt: 0 }).toEqual({ ...(await exportOf(leader, id)), exportedAt: 0 });

    // Today a branch is always its parent's leader's. Were one someone else's, neither the leader nor
    // their coach may read it, so it stays out of the file, with the branch forked from it.
    const stranger = await signUp(t.app, { name: 'Sam Stranger' });
    await t.database.query('UPDATE practice_sessions SET user_id = $1 WHERE id = $2', [stranger.userId, first]);
    expect(branchIds(await exportOf(leader, id))).toEqual([[second, null]]);
    expect(branchIds(await exportOf(coach, id))).toEqual([[second, null]]);
    // The stranger exports that branch as a session of its own (its whole transcript, no parent), and
    // without the branch forked from it, which is still the leader's.
    const theirs = await exportOf(stranger, first);
    expect(theirs.turns.map((turn) => turn.index)).toEqual([0, 1]);
    expect(theirs.branches).toEqual([]);
  }, 30_000);

  it('imports a session and its branches as the importer’s; a file with one broken branch stores nothing', async () => {
    const { leader } = await linkedPair(t.app);
    const id = await practise(t.app, leader, ['What options do you see?', 'You should call the vendor today.']);
    await branchOf(leader, await branchOf(leader, id, 1), 1);
    const file = await exportOf(leader, id);
    const other = await signUp(t.app, { name: 'Olu Other' });
    const copyId = (await importFile(other, file)).json().id as string;
    const copy = await view(other, copyId);
    const nestedId = (await view(other, copy.branches[0].id)).branches[0].id;
    for (const restored of [copyId, copy.branches[0].id, nestedId]) {
      expect((await call(t.app, other, 'GET', `/api/sessions/${restored}`)).statusCode).toBe(200);
      // Rows of the importer's: the exporting leader has no access to them.
      expect((await call(t.app, leader, 'GET', `/api/sessions/${restored}`)).statusCode).toBe(404);
    }
    const before = (await call(t.app, other, 'GET', '/api/sessions')).json();
    expect(before).toHaveLength(3);

    const broken = structuredClone(file);
    broken.branches[1].forkTurnIndex = 2;
    const refused = await importFile(other, broken);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toEqual({ code: 'invalid_transcript', message: expect.stringMatching(/^line \d+: expected \/branches\/1: forkTurnIndex 2 to be a leader reply of its parent/) });
    expect((await call(t.app, other, 'GET', '/api/sessions')).json()).toEqual(before);
  }, 30_000);
});
