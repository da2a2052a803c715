import { describe, expect, it } from 'vitest';
import type { ServerMessage } from '@server/practice/messages';
import { appPerTest } from '../helpers/app-per-test';
import { createSession, signUp } from '../helpers/test-app';
import { openStream } from '../helpers/ws-client';

const t = appPerTest({ leader: true });
const connect = t.connect;
const getSession = async (id: string) => (await t.app.inject({ url: `/api/sessions/${id}`, headers: { cookie: t.cookie } })).json();

describe('a practice session over the WebSocket', () => {
  it('answers each reply in order: saved, score, persona stream, feedback stream; then scores the session', async () => {
    const session = await createSession(t.app, t.cookie);
    const ws = await connect(session.id);

    ws.send({ type: 'reply', text: 'What have you tried so far, and what worries you most about it?' });
    const messages = await ws.until('feedback.done');
    const types = messages.map((m) => m.type);
    expect(types[0]).toBe('turn.saved');
    expect(types[1]).toBe('score');
    const personaDone = types.indexOf('persona.done');
    expect(types.slice(2, personaDone).every((type) => type === 'persona.delta')).toBe(true);
    expect(personaDone).toBeGreaterThan(3);
    expect(types.slice(personaDone + 1, -1).every((type) => type === 'feedback.delta')).toBe(true);

    const saved = messages[0] as Extract<ServerMessage, { type: 'turn.saved' }>;
    expect(saved.turn).toMatchObject({ index: 1, speaker: 'leader' });
    const score = messages[1] as Extract<ServerMessage, { type: 'score' }>;
    expect(score.score.family).toBe('ask');
    expect(score.score.moves.some((move) => move.kind === 'open_question')).toBe(true);

    const deltas = messages.filter((m): m is Extract<ServerMessage, { type: 'persona.delta' }> => m.type === 'persona.delta');
    const done = messages[personaDone] as Extract<ServerMessage, { type: 'persona.done' }>;
    expect(deltas.map((d) => d.text).join('')).toBe(done.turn.text);
    expect(done.turn).toMatchObject({ index: 2, speaker: 'persona' });
    // The persona's state (hidden-fact ids, engagement) stays on the server, on the stream as in the session view.
    expect(done.turn).not.toHaveProperty('state');

    ws.send({ type: 'reply', text: 'Just send the client an apology and copy me in.' });
    const second = await ws.until('feedback.done');
    expect((second[1] as Extract<ServerMessage, { type: 'score' }>).score.family).toBe('tell');

    const list = (await t.app.inject({ url: '/api/sessions', headers: { cookie: t.cookie } })).json();
    expect(list).toEqual([expect.objectContaining({ id: session.id, leaderTurns: 2 })]);

    const stored = await getSession(session.id);
    expect(stored.turns.map((turn: { speaker: string }) => turn.speaker)).toEqual(['persona', 'leader', 'persona', 'leader', 'persona']);
    expect(stored.turns[1].score.family).toBe('ask');
    expect(stored.turns[1].feedback).toBe((messages.at(-1) as Extract<ServerMessage, { type: 'feedback.done' }>).text);
    expect(stored.turns[2]).not.toHaveProperty('state');

    const ended = await t.app.inject({ method: 'POST', url: `/api/sessions/${session.id}/end`, headers: { cookie: t.cookie } });
    expect(ended.statusCode).toBe(200);
    const body = ended.json();
    expect(body.status).toBe('ended');
    expect(body.scorecard.figures.map((f: { key: string }) => f.key)).toEqual(
      expect.arrayContaining(['askRatio', 'openQuestionShare', 'talkShare', 'patience', 'ideasElicited', 'delegation', 'ownership']),
    );
    const askRatio = body.scorecard.figures.find((f: { key: string }) => f.key === 'askRatio');
    expect(askRatio.value).toBeGreaterThan(0);
    expect(askRatio.value).toBeLessThan(1);
    expect(body.debrief.length).toBeGreaterThan(40);

    const again = await t.app.inject({ method: 'POST', url: `/api/sessions/${session.id}/end`, headers: { cookie: t.cookie } });
    expect(again.json().scorecard).toEqual(body.scorecard);

    ws.send({ type: 'reply', text: 'One more thing?' });
    const error = await ws.next();
    expect(error).toMatchObject({ type: 'error', code: 'session_ended' });
    expect((await getSession(session.id)).turns).toHaveLength(5);
  });

  it('holds the coaching notes back until the debrief when per-turn feedback is off', async () => {
    const session = await createSession(t.app, t.cookie);
    await t.app.inject({ method: 'PATCH', url: `/api/sessions/${session.id}`, headers: { cookie: t.cookie }, payload: { feedbackEnabled: false } });
    const ws = await connect(session.id);
    ws.send({ type: 'reply', text: 'What would you do?' });
    await ws.until('persona.done');
    ws.send({ type: 'reply', text: 'Tell me more.' });
    const next = await ws.until('persona.done');
    expect(next.some((m) => m.type.startsWith('feedback'))).toBe(false);

    const open = await getSession(session.id);
    expect(open.turns.filter((turn: { feedback?: string }) => turn.feedback)).toHaveLength(0);
    await t.app.inject({ method: 'POST', url: `/api/sessions/${session.id}/end`, headers: { cookie: t.cookie } });
    const ended = await getSession(session.id);
    const notes = ended.turns.filter((turn: { speaker: string }) => turn.speaker === 'leader').map((turn: { feedback?: string }) => turn.feedback);
    expect(notes).toHaveLength(2);
    for (const note of notes) expect(note?.length).toBeGreaterThan(20);
  });

  it('reads a question proposing the persona’s idea as leading until the persona has raised it', async () => {
    const proposal = 'What about shipping the core guide now and adding the IT and sales parts next week?';
    const firstMoveOf = async (sessionId: string, replies: string[]) => {
      const ws = await connect(sessionId);
      let kind = '';
      for (const text of replies) {
        ws.send({ type: 'reply', text });
        const messages = await ws.until('feedback.done');
        kind = (messages[1] as Extract<ServerMessage, { type: 'score' }>).score.moves[0].kind;
      }
      return kind;
    };
    const before = await createSession(t.app, t.cookie, 'late-onboarding-guide');
    expect(await firstMoveOf(before.id, [proposal])).toBe('leading_question');

    const after = await createSession(t.app, t.cookie, 'late-onboarding-guide');
    expect(await firstMoveOf(after.id, ['What would you do?', proposal])).toBe('open_question');
    expect((await getSession(after.id)).turns[2].text).toMatch(/core guide/);
  });

  it.each([
    ['malformed JSON', '{"type":"reply",', /JSON/],
    ['an unknown type', { type: 'shout', text: 'hi' }, /Unknown message type/],
    ['an empty reply', { type: 'reply', text: '   ' }, /empty/],
    ['an oversized reply', { type: 'reply', text: 'a'.repeat(4001) }, /4001 characters; the limit is 4000/],
    ['a reply without text', { type: 'reply' }, /"text"/],
  ])('answers %s with an error, stores nothing and stays open', async (_name, frame, message) => {
    const session = await createSession(t.app, t.cookie);
    const ws = await connect(session.id);
    ws.send(frame);
    expect(await ws.next()).toMatchObject({ type: 'error', code: 'invalid_message', message: expect.stringMatching(message) });
    expect((await getSession(session.id)).turns).toHaveLength(1);
    ws.send({ type: 'reply', text: 'What is on your mind?' });
    expect((await ws.next()).type).toBe('turn.saved');
  });

  it('answers a second reply sent mid-turn with busy, not interleaving', async () => {
    await t.restart({ SIMULATOR_WORD_DELAY_MS: '15' });
    const session = await createSession(t.app, t.cookie);
    const ws = await connect(session.id);
    ws.send({ type: 'reply', text: 'What happened?' });
    await ws.until('persona.delta');
    ws.send({ type: 'reply', text: 'And then?' });
    const rest = await ws.until('feedback.done');
    expect(rest.filter((m) => m.type === 'error')).toEqual([expect.objectContaining({ code: 'busy' })]);
    expect(rest.filter((m) => m.type === 'turn.saved')).toHaveLength(0);
    expect((await getSession(session.id)).turns).toHaveLength(3);
  });

  it('keeps a persona turn cut off by a disconnect marked interrupted, and regenerates it once when a socket reconnects', async () => {
    await t.restart({ SIMULATOR_WORD_DELAY_MS: '20' });
    const session = await createSession(t.app, t.cookie);
    const first = await connect(session.id);
    first.send({ type: 'reply', text: 'What have you tried so far?' });
    await first.until('persona.delta');
    first.close();
    await expect.poll(async () => (await getSession(session.id)).turns.length, { timeout: 3000 }).toBe(3);
    const cut = (await getSession(session.id)).turns[2];
    expect(cut).toMatchObject({ speaker: 'persona', interrupted: true });

    const second = await connect(session.id);
    const regenerated = await second.until('feedback.done');
    expect(regenerated[0]).toEqual({ type: 'turns.removed', fromIndex: 2 });
    expect(regenerated[1].type).toBe('persona.delta');
    const turns = (await getSession(session.id)).turns;
    expect(turns).toHaveLength(3);
    expect(turns[2].interrupted).toBeUndefined();
    expect(turns[1].score.family).toBe('ask');

    // Once: a second reconnect finds nothing cut off, and retry has nothing to do.
    const third = await connect(session.id);
    third.send({ type: 'retry' });
    expect(await third.next()).toMatchObject({ type: 'error', code: 'nothing_to_retry' });
  });

  it('refuses the stream of another leader’s session and of an unknown id', async () => {
    const session = await createSession(t.app, t.cookie);
    const other = await signUp(t.app);
    await expect(openStream(t.app, session.id, other.cookie)).rejects.toThrow(/404/);
    await expect(openStream(t.app, 'missing', t.cookie)).rejects.toThrow(/404/);
    await expect(openStream(t.app, session.id, 'askwell_session=nope')).rejects.toThrow(/401/);
  });
});
