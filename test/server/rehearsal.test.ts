import { describe, expect, it } from 'vitest';
import type { ServerMessage } from '@server/practice/messages';
import { appPerTest } from '../helpers/app-per-test';
import { createSession, signUp } from '../helpers/test-app';

// Issue #11, rehearsal: edit-and-resend, regenerate, stop, branches, deleting, and every socket on a
// session seeing every turn live. Real SQLite file, real Fastify, real WebSockets.

const t = appPerTest({ leader: true });
const connect = t.connect;
const getSession = async (id: string, as = t.cookie) => (await t.app.inject({ url: `/api/sessions/${id}`, headers: { cookie: as } })).json();
const ofType = <T extends ServerMessage['type']>(messages: ServerMessage[], type: T) =>
  messages.filter((m): m is Extract<ServerMessage, { type: T }> => m.type === type);
const restart = (wordDelayMs: string) => t.restart({ SIMULATOR_WORD_DELAY_MS: wordDelayMs });
const branch = (id: string, fromTurnIndex: unknown, as = t.cookie) =>
  t.app.inject({ method: 'POST', url: `/api/sessions/${id}/branches`, headers: { cookie: as }, payload: { fromTurnIndex } });

/** A session with two answered replies: turns 0 (opening), 1, 2, 3, 4. */
async function twoReplies() {
  const session = await createSession(t.app, t.cookie);
  const ws = await connect(session.id);
  ws.send({ type: 'reply', text: 'What have you tried so far?' });
  await ws.until('feedback.done');
  ws.send({ type: 'reply', text: 'You should just call the vendor today.' });
  await ws.until('feedback.done');
  return { id: session.id, ws };
}

describe('edit and resend, regenerate', () => {
  it('edit replaces the latest reply and its answer; the old ones stay in history', async () => {
    const { id, ws } = await twoReplies();
    ws.send({ type: 'edit', text: 'What would you do if it were up to you?' });
    const messages = await ws.until('feedback.done');
    expect(messages[0]).toEqual({ type: 'turns.removed', fromIndex: 3 });
    expect(ofType(messages, 'turn.saved')[0].turn).toMatchObject({ index: 3, speaker: 'leader', text: 'What would you do if it were up to you?' });

    const session = await getSession(id);
    expect(session.turns).toHaveLength(5);
    expect(session.turns[3].score.family).toBe('ask');
    expect(session.history).toEqual([
      expect.objectContaining({ index: 3, speaker: 'leader', text: 'You should just call the vendor today.', reason: 'edited' }),
      expect.objectContaining({ index: 4, speaker: 'persona', reason: 'edited' }),
    ]);
  });

  it('regenerate gives a new answer to the latest reply and keeps the old one in history', async () => {
    const { id, ws } = await twoReplies();
    const before = (await getSession(id)).turns[4];
    ws.send({ type: 'regenerate' });
    const messages = await ws.until('feedback.done');
    expect(messages[0]).toEqual({ type: 'turns.removed', fromIndex: 4 });
    expect(ofType(messages, 'persona.done')[0].turn.index).toBe(4);
    const session = await getSession(id);
    expect(session.turns).toHaveLength(5);
    expect(session.history).toEqual([expect.objectContaining({ index: 4, speaker: 'persona', text: before.text, reason: 'regenerated' })]);
  });

  it('refuses edit and regenerate with nothing to act on, to the asker only, storing nothing', async () => {
    const session = await createSession(t.app, t.cookie);
    const [one, two] = [await connect(session.id), await connect(session.id)];
    one.send({ type: 'edit', text: 'Hello?' });
    expect(await one.next()).toMatchObject({ type: 'error', code: 'nothing_to_edit' });
    one.send({ type: 'regenerate' });
    expect(await one.next()).toMatchObject({ type: 'error', code: 'nothing_to_regenerate' });
    one.send({ type: 'stop' });
    expect(await one.next()).toMatchObject({ type: 'error', code: 'nothing_to_stop' });
    one.send({ type: 'edit', text: '   ' });
    expect(await one.next()).toMatchObject({ type: 'error', code: 'invalid_message' });
    await expect(two.next(200)).rejects.toThrow(/no message/);
    expect((await getSession(session.id)).turns).toHaveLength(1);
  });
});

describe('stop while the persona streams', () => {
  it('keeps the partial reply, marked stopped, and the next reply goes on from there', async () => {
    await restart('25');
    const session = await createSession(t.app, t.cookie);
    const ws = await connect(session.id);
    ws.send({ type: 'reply', text: 'What have you tried so far?' });
    await ws.until('persona.delta');
    ws.send({ type: 'stop' });
    const messages = await ws.until('stopped');
    const done = ofType(messages, 'persona.done')[0];
    expect(done.turn).toMatchObject({ index: 2, speaker: 'persona', interrupted: true, stopped: true });
    expect(ofType(messages, 'feedback.delta')).toHaveLength(0);
    const stored = (await getSession(session.id)).turns[2];
    expect(stored).toMatchObject({ stopped: true, interrupted: true });
    expect(stored.text.length).toBeGreaterThan(0);

    // A reconnect leaves a stopped reply alone.
    const again = await connect(session.id);
    await expect(again.next(300)).rejects.toThrow(/no message/);
    again.send({ type: 'reply', text: 'Sorry, go on. What else?' });
    expect(ofType(await again.until('persona.done', 10_000), 'turn.saved')[0].turn.index).toBe(3);
  });
});

describe('two sockets on one session', () => {
  it('each sees every turn live, and busy goes only to the one that asked', async () => {
    await restart('15');
    const session = await createSession(t.app, t.cookie);
    const [one, two] = [await connect(session.id), await connect(session.id)];
    one.send({ type: 'reply', text: 'What happened with the vendor?' });
    await two.until('persona.delta');
    two.send({ type: 'reply', text: 'And then?' });
    await two.until('feedback.done');
    await one.until('feedback.done');
    const [seenByOne, seenByTwo] = [[...one.received], [...two.received]];
    expect(ofType(seenByTwo, 'error')).toEqual([expect.objectContaining({ code: 'busy' })]);
    expect(ofType(seenByOne, 'error')).toEqual([]);
    for (const seen of [seenByOne, seenByTwo]) {
      expect(ofType(seen, 'turn.saved')[0].turn.text).toBe('What happened with the vendor?');
      expect(ofType(seen, 'persona.done')).toHaveLength(1);
    }
    expect(ofType(seenByOne, 'persona.delta').map((m) => m.text).join('')).toBe(ofType(seenByTwo, 'persona.done')[0].turn.text);

    // Closing one tab does not cut the other's reply short.
    two.send({ type: 'reply', text: 'What would you do?' });
    await one.until('persona.delta');
    two.close();
    const rest = await one.until('feedback.done');
    expect(ofType(rest, 'persona.done')[0].turn.interrupted).toBeUndefined();
  });
});

describe('branches', () => {
  it('POST /branches from reply 2 -> 201 {id}; the branch has parentId, forkTurnIndex and the transcript up to that reply', async () => {
    const { id } = await twoReplies();
    const response = await branch(id, 3);
    expect(response.statusCode).toBe(201);
    expect(Object.keys(response.json())).toEqual(['id']);
    const b = await getSession(response.json().id);
    const parent = await getSession(id);
    expect(b).toMatchObject({ parentId: id, forkTurnIndex: 3, status: 'open', scenarioId: parent.scenarioId });
    expect(b.turns.map((x: { text: string }) => x.text)).toEqual(parent.turns.slice(0, 4).map((x: { text: string }) => x.text));
    expect(b.turns[3].score).toEqual(parent.turns[3].score);
    expect(parent.branches).toEqual([expect.objectContaining({ id: b.id, forkTurnIndex: 3, status: 'open', overall: null })]);
  });

  it('the persona answers the fork reply when the branch opens, from the state replayed to that point', async () => {
    const { id } = await twoReplies();
    const b = (await branch(id, 1)).json();
    const ws = await connect(b.id);
    const messages = await ws.until('feedback.done');
    expect(ofType(messages, 'persona.done')[0].turn.index).toBe(2);
    // The first reply's answer depends only on the replayed state, so the branch's matches the parent's facts.
    const session = await getSession(b.id);
    expect(session.turns).toHaveLength(3);
    ws.send({ type: 'reply', text: 'What would you do if it were up to you?' });
    await ws.until('feedback.done');
    expect((await getSession(b.id)).turns).toHaveLength(5);
    expect((await getSession(id)).turns).toHaveLength(5);
  });

  it('a branch can be edited at its fork reply instead', async () => {
    const { id } = await twoReplies();
    const b = (await branch(id, 3)).json();
    const ws = await connect(b.id);
    await ws.until('feedback.done');
    ws.send({ type: 'edit', text: 'What do you think we should do?' });
    await ws.until('feedback.done');
    expect((await getSession(b.id)).turns[3].text).toBe('What do you think we should do?');
  });

  it.each([
    ['a persona turn', 2, 400],
    ['a turn past the end', 40, 400],
    ['a negative index', -1, 400],
    ['a string', 'two', 400],
  ])('refuses a branch from %s with 400', async (_name, index, status) => {
    const { id } = await twoReplies();
    const response = await branch(id, index);
    expect(response.statusCode).toBe(status);
    expect(response.json().error).toBe('validation');
  });

  it('another leader can neither branch nor read a branch: 404 as for unknown ids', async () => {
    const { id } = await twoReplies();
    const other = await signUp(t.app);
    expect((await branch(id, 1, other.cookie)).statusCode).toBe(404);
    const b = (await branch(id, 1)).json();
    expect((await t.app.inject({ url: `/api/sessions/${b.id}`, headers: { cookie: other.cookie } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: `/api/sessions/${id}/branches`, payload: { fromTurnIndex: 1 } })).statusCode).toBe(401);
  });
});

describe('deleting a session', () => {
  it('deletes the caller’s own session (turns included) and keeps its branches as sessions of their own', async () => {
    const { id } = await twoReplies();
    const b = (await branch(id, 1)).json();
    const other = await signUp(t.app);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/sessions/${id}`, headers: { cookie: other.cookie } })).statusCode).toBe(404);
    const response = await t.app.inject({ method: 'DELETE', url: `/api/sessions/${id}`, headers: { cookie: t.cookie } });
    expect(response.statusCode).toBe(204);
    expect((await t.app.inject({ url: `/api/sessions/${id}`, headers: { cookie: t.cookie } })).statusCode).toBe(404);
    expect((await getSession(b.id)).parentId).toBeNull();
    const list = (await t.app.inject({ url: '/api/sessions', headers: { cookie: t.cookie } })).json();
    expect(list.map((s: { id: string }) => s.id)).toEqual([b.id]);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/sessions/${id}`, headers: { cookie: t.cookie } })).statusCode).toBe(404);
  });

  it('lists each ended session with its overall and figures', async () => {
    const { id } = await twoReplies();
    await t.app.inject({ method: 'POST', url: `/api/sessions/${id}/end`, headers: { cookie: t.cookie } });
    const [row] = (await t.app.inject({ url: '/api/sessions', headers: { cookie: t.cookie } })).json();
    expect(row).toMatchObject({ id, status: 'ended', overall: expect.any(Number), parentId: null, learningFocus: expect.any(String) });
    expect(row.figures.map((f: { key: string }) => f.key)).toEqual(['askRatio', 'openQuestionShare', 'talkShare', 'patience', 'ideasElicited', 'delegation', 'ownership']);
    expect(row.figures[0]).toEqual({ key: 'askRatio', label: 'Ask ratio', value: 0.5, display: '50%' });
  });
});
