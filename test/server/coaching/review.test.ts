import { describe, expect, it } from 'vitest';
import type { Comment, Override, SessionAnnotations } from '@core/review/wire';
import type { Session } from '@core/transcript/wire';
import { call, linkedPair, practise, type Caller } from '@test/helpers/coaching';
import { appPerTest } from '@test/helpers/app-per-test';
import { signUp } from '@test/helpers/test-app';

const t = appPerTest();

type View = Session & SessionAnnotations;
const view = async (who: Caller, id: string): Promise<View> => (await call(t.app, who, 'GET', `/api/sessions/${id}`)).json();
const TELLING = ['You should call the vendor today and sort it out.', 'What options do you see?'];

describe('a linked coach reads, never practises', () => {
  it('reads the session with the coach viewer, revealed facts and the same turns the leader sees', async () => {
    const { coach, leader } = await linkedPair(t.app);
    const id = await practise(t.app, leader, ['Where is it at so far, what is done?', 'What is blocking you or holding it up?'], {
      scenarioId: 'late-onboarding-guide',
    });
    const asLeader = await view(leader, id);
    const asCoach = await view(coach, id);
    expect(asCoach.viewer).toBe('coach');
    expect(asLeader.viewer).toBe('leader');
    expect(asCoach.turns).toEqual(asLeader.turns);
    expect(asCoach.leader).toEqual({ id: leader.userId, name: 'Lee Leader' });
    expect(asCoach.revealedFacts.length).toBeGreaterThan(0);
    for (const fact of asCoach.revealedFacts) expect(asCoach.turns[fact.turnIndex].speaker).toBe('persona');

    const list = (await call(t.app, coach, 'GET', `/api/coach/leaders/${leader.userId}/sessions`)).json();
    expect(list).toEqual([expect.objectContaining({ id, leaderTurns: 2, reviewedAt: null, overall: asLeader.scorecard!.overall })]);
  });

  it('answers a coach ending, changing or streaming a leader’s session with the 404 of a missing one', async () => {
    const { coach, leader } = await linkedPair(t.app);
    const id = await practise(t.app, leader, ['What happened?'], { end: false });
    for (const [method, url] of [
      ['POST', `/api/sessions/${id}/end`],
      ['PATCH', `/api/sessions/${id}`],
    ] as const) {
      const response = await call(t.app, coach, method, url, { feedbackEnabled: false });
      const missing = await call(t.app, coach, method, url.replace(id, 'missing'), { feedbackEnabled: false });
      expect(response.statusCode).toBe(404);
      expect(response.body).toBe(missing.body);
    }
    await expect(t.app.injectWS(`/api/sessions/${id}/stream`, { headers: { cookie: coach.cookie } })).rejects.toThrow(/404/);
    expect((await view(leader, id)).status).toBe('open');
  });
});

describe('comments', () => {
  it('threads a coach comment and the leader’s answer on a reply, and keeps edits on record', async () => {
    const { coach, leader } = await linkedPair(t.app);
    const id = await practise(t.app, leader, TELLING);
    const posted = await call(t.app, coach, 'POST', `/api/sessions/${id}/comments`, { turnIndex: 3, text: '  Nice open question here.  ' });
    expect(posted.statusCode).toBe(201);
    const comment: Comment = posted.json();
    expect(comment).toMatchObject({ turnIndex: 3, authorId: coach.userId, authorRole: 'coach', text: 'Nice open question here.', parentId: null });

    const answer = await call(t.app, leader, 'POST', `/api/sessions/${id}/comments`, { turnIndex: 3, text: 'Thanks, it felt odd.', parentId: comment.id });
    expect(answer.statusCode).toBe(201);
    expect(answer.json()).toMatchObject({ parentId: comment.id, authorRole: 'leader' });

    const edited = await call(t.app, coach, 'PATCH', `/api/sessions/${id}/comments/${comment.id}`, { text: 'Good open question.' });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ text: 'Good open question.', previous: [{ id: comment.id, text: 'Nice open question here.' }] });
    // Someone else's comment is not theirs to edit, and looks like a missing one.
    const foreign = await call(t.app, leader, 'PATCH', `/api/sessions/${id}/comments/${edited.json().id}`, { text: 'x' });
    const missing = await call(t.app, leader, 'PATCH', `/api/sessions/${id}/comments/missing`, { text: 'x' });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.body).toBe(missing.body);

    const comments = (await view(leader, id)).comments;
    expect(comments.map((c) => [c.text, c.parentId === edited.json().id || c.parentId === null])).toEqual([
      ['Thanks, it felt odd.', true],
      ['Good open question.', true],
    ]);
    expect(comments.map((c) => Object.keys(c))).toContainEqual(expect.arrayContaining(['id', 'turnIndex', 'authorId', 'text', 'createdAt']));
  });

  it('refuses comments on persona turns, empty or oversized text, and from strangers', async () => {
    const { coach, leader } = await linkedPair(t.app);
    const id = await practise(t.app, leader, TELLING);
    const bad = [
      { turnIndex: 0, text: 'hi' },
      { turnIndex: 99, text: 'hi' },
      { turnIndex: 1, text: '   ' },
      { turnIndex: 1, text: 'x'.repeat(2001) },
    ];
    for (const payload of bad) {
      const response = await call(t.app, coach, 'POST', `/api/sessions/${id}/comments`, payload);
      expect(response.statusCode, JSON.stringify(payload).slice(0, 40)).toBe(400);
      expect(response.json().error).toBe('validation');
    }
    const stranger = await signUp(t.app, { role: 'coach' });
    expect((await call(t.app, stranger, 'POST', `/api/sessions/${id}/comments`, { turnIndex: 1, text: 'hi' })).statusCode).toBe(404);
    expect((await view(leader, id)).comments).toEqual([]);
  });

  it('marks coach notes unread on the leader’s list until they open them', async () => {
    const { coach, leader } = await linkedPair(t.app);
    const id = await practise(t.app, leader, TELLING);
    const unread = async () => (await call(t.app, leader, 'GET', '/api/sessions')).json()[0].unread;
    expect(await unread()).toBe(0);
    await call(t.app, coach, 'POST', `/api/sessions/${id}/comments`, { turnIndex: 1, text: 'Try asking first.' });
    await call(t.app, coach, 'POST', `/api/sessions/${id}/reviews`, { summary: 'Good progress.' });
    expect(await unread()).toBe(2);
    expect((await call(t.app, leader, 'POST', `/api/sessions/${id}/seen`)).statusCode).toBe(204);
    expect(await unread()).toBe(0);
    // The leader's own answer is not news to them.
    await call(t.app, leader, 'POST', `/api/sessions/${id}/comments`, { turnIndex: 1, text: 'Will do.' });
    expect(await unread()).toBe(0);
  });
});

describe('overrides and reviews', () => {
  it('requires a reason, is for coaches only, and recomputes the scorecard showing by whom', async () => {
    const { coach, leader } = await linkedPair(t.app);
    const id = await practise(t.app, leader, TELLING);
    const before = await view(coach, id);
    const move = before.turns[1].score!.moves[0];
    expect(move.kind).toBe('advice');
    const body = { turnIndex: 1, target: 'move', moveIndex: 0, to: 'open_question' };

    for (const reason of [undefined, '', '   ']) {
      const response = await call(t.app, coach, 'POST', `/api/sessions/${id}/overrides`, reason === undefined ? body : { ...body, reason });
      expect(response.statusCode).toBe(400);
    }
    const byLeader = await call(t.app, leader, 'POST', `/api/sessions/${id}/overrides`, { ...body, reason: 'I asked' });
    expect(byLeader.statusCode).toBe(403);
    expect(byLeader.json().error).toBe('forbidden:session:judge');

    const first = await call(t.app, coach, 'POST', `/api/sessions/${id}/overrides`, { ...body, to: 'directive', reason: 'An instruction, not advice.' });
    expect(first.statusCode).toBe(201);
    const second = await call(t.app, coach, 'POST', `/api/sessions/${id}/overrides`, { ...body, reason: 'Said as a question in context.' });
    expect(second.json()).toMatchObject({ from: 'directive', to: 'open_question', replaces: first.json().id, active: true });
    const delegation = await call(t.app, coach, 'POST', `/api/sessions/${id}/overrides`, {
      turnIndex: 1, target: 'delegation', to: 6, reason: 'Leaves the call to them.',
    });
    expect(delegation.statusCode).toBe(201);
    expect(delegation.json().from).toBe(String(before.turns[1].score!.delegation.level));

    const after = await view(leader, id);
    expect(after.overrides.map((o: Override) => [o.from, o.to, o.active, o.coach.name])).toEqual([
      ['advice', 'directive', false, 'Cora Coach'],
      ['directive', 'open_question', true, 'Cora Coach'],
      [String(before.turns[1].score!.delegation.level), '6', true, 'Cora Coach'],
    ]);
    // The stored reading and automatic scorecard are untouched; the adjusted one carries the change.
    expect(after.turns[1].score).toEqual(before.turns[1].score);
    expect(after.scorecard).toEqual(before.scorecard);
    const adjusted = after.adjustedScorecard!;
    expect(adjusted.overriddenBy).toEqual([{ id: coach.userId, name: 'Cora Coach' }]);
    const askRatio = (s: typeof adjusted.scorecard) => s.figures.find((f) => f.key === 'askRatio')!.value;
    expect(askRatio(before.scorecard!)).toBe(0.5);
    expect(askRatio(adjusted.scorecard)).toBe(1);
    expect(adjusted.changed).toContain('askRatio');
  });

  it('refuses an override to the label it already has, and on a move that does not exist', async () => {
    const { coach, leader } = await linkedPair(t.app);
    const id = await practise(t.app, leader, TELLING);
    const same = await call(t.app, coach, 'POST', `/api/sessions/${id}/overrides`, { turnIndex: 1, target: 'move', moveIndex: 0, to: 'advice', reason: 'r' });
    expect(same.statusCode).toBe(400);
    const none = await call(t.app, coach, 'POST', `/api/sessions/${id}/overrides`, { turnIndex: 1, target: 'move', moveIndex: 9, to: 'advice', reason: 'r' });
    expect(none.statusCode).toBe(400);
    const bogus = await call(t.app, coach, 'POST', `/api/sessions/${id}/overrides`, { turnIndex: 1, target: 'move', moveIndex: 0, to: 'shouting', reason: 'r' });
    expect(bogus.json().error).toBe('validation');
  });

  it('marks a session reviewed with a summary and orders the coach’s queue unreviewed first, newest first', async () => {
    const { coach, leader } = await linkedPair(t.app);
    const older = await practise(t.app, leader, TELLING);
    const newer = await practise(t.app, leader, TELLING);
    const oldest = await practise(t.app, leader, ['What now?']);
    await t.database.query("update practice_sessions set created_at = '2020-01-01T00:00:00.000Z' where id = $1", [oldest]);
    const reviewed = await call(t.app, coach, 'POST', `/api/sessions/${newer}/reviews`, { summary: 'Asked more than told. Next: wait longer.' });
    expect(reviewed.statusCode).toBe(201);
    expect(reviewed.json()).toMatchObject({ coach: { id: coach.userId, name: 'Cora Coach' }, summary: 'Asked more than told. Next: wait longer.' });
    expect((await call(t.app, leader, 'POST', `/api/sessions/${newer}/reviews`, { summary: 'self' })).statusCode).toBe(403);

    const queue = (await call(t.app, coach, 'GET', '/api/coach/sessions')).json();
    expect(queue.map((s: { id: string }) => s.id)).toEqual([older, oldest, newer]);
    expect(queue[2].reviewedAt).toEqual(expect.any(String));
    expect((await view(leader, newer)).reviews).toEqual([reviewed.json()]);
    const [row] = (await call(t.app, coach, 'GET', '/api/coach/leaders')).json();
    expect(row).toMatchObject({ sessions: 3, toReview: 2 });
    expect(row.trend).toHaveLength(3);
    // The latest session had one reply: not enough to score, so no overall.
    expect(row.latest).toMatchObject({ overall: null });
  });
});
