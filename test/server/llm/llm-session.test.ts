import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dominantFamily, scoreReply } from '@core/rubric/score-reply';
import type { ServerMessage } from '@server/practice/messages';
import { askwellCall, scriptAskwellCalls, type AskwellCall } from '@test/helpers/fake-askwell-calls';
import { startFakeOpenAiServer, type FakeOpenAiServer, type FakeResponse } from '@test/helpers/fake-openai-server';
import { appPerTest } from '@test/helpers/app-per-test';
import { createSession } from '@test/helpers/test-app';
import type { MessageQueue } from '@test/helpers/ws-client';
import { testEngine } from '@test/helpers/test-database';

// A whole practice session in model mode: the real app, the real WebSocket, the real openai SDK,
// and a loopback fake endpoint scripted call by call.

const KEY = 'sk-session-test-key-9876';
const PERSONA_TOKENS = ['Well, ', 'I trialled ', 'three tools ', 'already.'];
const FEEDBACK_TOKENS = ['You asked ', 'first: "What have you tried so far?"'];
const DEBRIEF_TOKENS = ['At turn 1 ', 'you asked what Maya had tried.'];

const DEFAULTS: Record<AskwellCall, FakeResponse> = {
  judge: { kind: 'json', value: { changes: [] } },
  persona_state: { kind: 'json', value: { revealedFactIds: [], ideaSurfaced: false, nextStepOwner: 'nobody' } },
  persona: { kind: 'text', tokens: PERSONA_TOKENS, delayMs: 2 },
  feedback: { kind: 'text', tokens: FEEDBACK_TOKENS },
  debrief: { kind: 'text', tokens: DEBRIEF_TOKENS },
};

// The rubric reads the hedged suggestion as information; the judge refines it to advice.
const REPLY = 'What have you tried so far? Maybe the vendor needs a nudge.';

let fake: FakeOpenAiServer;
let calls: Record<AskwellCall, FakeResponse[]>;

// Registered before the app's hooks: the fake model is up before the app starts and closes after it.
beforeEach(async () => {
  fake = await startFakeOpenAiServer();
  calls = scriptAskwellCalls(fake, DEFAULTS);
});
afterEach(() => fake.close());
const t = appPerTest({
  leader: true,
  env: () => ({ LLM_BASE_URL: fake.baseURL, LLM_API_KEY: KEY, LLM_MODEL: 'fake-chat', LLM_TIMEOUT_MS: '300', LLM_MAX_RETRIES: '0' }),
});

async function start(): Promise<{ id: string; ws: MessageQueue; openingLine: string }> {
  const session = await createSession(t.app, t.cookie, 'vendor-sign-off');
  const ws = await t.connect(session.id);
  return { id: session.id, ws, openingLine: session.turns[0].text };
}
/** The rubric's own reading of REPLY, with the context the turn loop gives it. */
const rubricReading = (previousTurn: string) =>
  scoreReply(REPLY, { previousTurn });
const getSession = async (id: string) => (await t.app.inject({ url: `/api/sessions/${id}`, headers: { cookie: t.cookie } })).json();
const ofType = <T extends ServerMessage['type']>(messages: ServerMessage[], type: T) =>
  messages.filter((m): m is Extract<ServerMessage, { type: T }> => m.type === type);
const callsMade = () => fake.requests.map(askwellCall);

describe('a model-mode session over the WebSocket', () => {
  it('reports llm mode and the model in /api/health, never the key', async () => {
    const health = await t.app.inject({ url: '/api/health' });
    expect(health.json()).toEqual({ status: 'ok', mode: 'llm', model: 'fake-chat', engine: testEngine });
    expect(health.body).not.toContain(KEY);
  });

  it('streams persona and feedback in order, applies and records the judge relabel, and ends with a model debrief', async () => {
    const { id, ws, openingLine } = await start();
    // The judge disagrees with whatever the rubric makes of the hedged suggestion.
    const rubric = rubricReading(openingLine);
    const from = rubric.moves[1].kind;
    const to = from === 'advice' ? 'information' : 'advice';
    const quote = 'Maybe the vendor needs a nudge';
    calls.judge.push({ kind: 'json', value: { changes: [{ moveIndex: 1, label: to, quote, reason: 'hedged suggestion' }] } });
    calls.persona_state.push({
      kind: 'json',
      value: { revealedFactIds: ['already-compared'], ideaSurfaced: true, nextStepOwner: 'persona' },
    });

    ws.send({ type: 'reply', text: REPLY });
    const messages = await ws.until('feedback.done');
    // The rubric's score comes first; the judge runs beside the persona call and its refined
    // score follows whenever it lands, before the note.
    expect(messages.slice(0, 2).map((m) => m.type)).toEqual(['turn.saved', 'score']);
    const [rubricScore, refinedScore] = ofType(messages, 'score');
    expect(rubricScore.score).toEqual(rubric);
    expect(rubricScore.judgeChanges).toBeUndefined();
    expect(messages.filter((m) => m.type !== 'score').map((m) => m.type)).toEqual([
      'turn.saved',
      ...PERSONA_TOKENS.map(() => 'persona.delta'),
      'persona.done',
      ...FEEDBACK_TOKENS.map(() => 'feedback.delta'),
      'feedback.done',
    ]);
    expect(ofType(messages, 'persona.delta').map((m) => m.text)).toEqual(PERSONA_TOKENS);
    expect(ofType(messages, 'feedback.delta').map((m) => m.text)).toEqual(FEEDBACK_TOKENS);
    const score = refinedScore;
    const change = { moveIndex: 1, from, to, quote, reason: 'hedged suggestion' };
    expect(score.judgeChanges).toEqual([change]);
    expect(score.score.moves[1]).toMatchObject({ kind: to, family: 'tell', start: rubric.moves[1].start, end: rubric.moves[1].end });
    expect(score.score.moves[0]).toEqual(rubric.moves[0]);
    expect(score.score.family).toBe(dominantFamily([rubric.moves[0], { kind: to }]));
    expect(callsMade().sort()).toEqual(['feedback', 'judge', 'persona', 'persona_state']);
    expect(callsMade().at(-1)).toBe('feedback');

    const stored = await getSession(id);
    expect(stored.turns.map((turn: { speaker: string }) => turn.speaker)).toEqual(['persona', 'leader', 'persona']);
    expect(stored.turns[1]).toMatchObject({ text: REPLY, judgeChanges: [change], feedback: FEEDBACK_TOKENS.join('') });
    expect(stored.turns[1].score.moves[1].kind).toBe(to);
    expect(stored.turns[2]).toMatchObject({ text: PERSONA_TOKENS.join('') });
    expect(stored.turns[2].interrupted).toBeUndefined();

    const ended = (await t.app.inject({ method: 'POST', url: `/api/sessions/${id}/end`, headers: { cookie: t.cookie } })).json();
    expect(ended.debrief).toBe(DEBRIEF_TOKENS.join(''));
    // The persona state from the structured call feeds the scorecard as the simulator's would.
    expect(ended.scorecard.nextStepOwner).toBe('persona');
    const debriefCall = fake.requests.find((r) => askwellCall(r) === 'debrief');
    expect(debriefCall?.body.messages[1].content).toContain(`reply 1, manager: "${REPLY}"`);
  });

  const faults: [string, FakeResponse, string, number | undefined, number][] = [
    ['a 429 with retry-after', { kind: 'status', status: 429, headers: { 'retry-after': '30' } }, 'rate_limited', 30_000, 0],
    ['a 500', { kind: 'status', status: 500 }, 'unavailable', undefined, 0],
    ['a 401', { kind: 'status', status: 401 }, 'auth', undefined, 0],
    ['a hang before the first byte', { kind: 'hang-before-first-byte' }, 'timeout', undefined, 0],
    ['a hang mid-stream', { kind: 'hang-mid-stream', tokens: ['I ', 'think '] }, 'timeout', undefined, 2],
    ['a connection cut mid-stream', { kind: 'cut-mid-stream', tokens: ['I '] }, 'unavailable', undefined, 1],
    ['a malformed chunk', { kind: 'malformed-chunk', tokens: ['I ', 'mean '] }, 'bad_response', undefined, 2],
  ];

  it.each(faults)('turns %s into an llm_error with its kind, keeps the transcript consistent, and retries', async (_, fault, kind, retryAfterMs, deltas) => {
    calls.persona.push(fault);
    const { id, ws } = await start();

    ws.send({ type: 'reply', text: REPLY });
    const messages = await ws.until('error');
    expect(messages.map((m) => m.type)).toEqual(['turn.saved', 'score', ...Array(deltas).fill('persona.delta'), 'error']);
    const error = messages.at(-1);
    expect(error).toEqual({
      type: 'error',
      code: 'llm_error',
      kind,
      message: expect.stringContaining('Your reply is saved; try again.'),
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    });
    expect(JSON.stringify(error)).not.toContain(KEY);

    // The leader turn is kept; a persona turn cut mid-stream is kept only as interrupted.
    const partial = ofType(messages, 'persona.delta').map((m) => m.text).join('');
    const afterFault = (await getSession(id)).turns;
    expect(afterFault[1]).toMatchObject({ speaker: 'leader', text: REPLY });
    if (deltas === 0) expect(afterFault).toHaveLength(2);
    else expect(afterFault[2]).toMatchObject({ speaker: 'persona', text: partial, interrupted: true });

    ws.send({ type: 'retry' });
    const retried = await ws.until('feedback.done');
    expect(retried.map((m) => m.type)).toEqual([
      // Every socket drops the cut-off fragment before the new answer streams.
      ...(deltas > 0 ? ['turns.removed'] : []),
      ...PERSONA_TOKENS.map(() => 'persona.delta'),
      'persona.done',
      ...FEEDBACK_TOKENS.map(() => 'feedback.delta'),
      'feedback.done',
    ]);
    const turns = (await getSession(id)).turns;
    expect(turns.map((turn: { speaker: string }) => turn.speaker)).toEqual(['persona', 'leader', 'persona']);
    expect(turns[2]).toMatchObject({ text: PERSONA_TOKENS.join('') });
    expect(turns[2].interrupted).toBeUndefined();
    // The retry reuses the stored reading: the judge is not asked again.
    expect(callsMade().filter((c) => c === 'judge')).toHaveLength(1);
  });

  it('reports a failed coaching note as llm_error after a complete, stored persona turn', async () => {
    calls.feedback.push({ kind: 'cut-mid-stream', tokens: ['You '] });
    const { id, ws } = await start();
    ws.send({ type: 'reply', text: REPLY });
    const messages = await ws.until('error');
    expect(messages.slice(0, 2).map((m) => m.type)).toEqual(['turn.saved', 'score']);
    expect(messages.filter((m) => m.type !== 'score').map((m) => m.type)).toEqual([
      'turn.saved',
      ...PERSONA_TOKENS.map(() => 'persona.delta'),
      'persona.done',
      'feedback.delta',
      'error',
    ]);
    expect(messages.at(-1)).toMatchObject({ code: 'llm_error', kind: 'unavailable' });
    const turns = (await getSession(id)).turns;
    expect(turns[2]).toMatchObject({ speaker: 'persona', text: PERSONA_TOKENS.join('') });
    expect(turns[2].interrupted).toBeUndefined();
    expect(turns[1].feedback).toBeUndefined();

    // Retry regenerates only the missing note; the persona turn stays as it was.
    ws.send({ type: 'retry' });
    const retried = await ws.until('feedback.done');
    expect(retried.map((m) => m.type)).toEqual([...FEEDBACK_TOKENS.map(() => 'feedback.delta'), 'feedback.done']);
    const after = (await getSession(id)).turns;
    expect(after).toHaveLength(3);
    expect(after[1].feedback).toBe(FEEDBACK_TOKENS.join(''));
  });

  it('closes the upstream connection when the client disconnects mid-stream', async () => {
    calls.persona.push({ kind: 'text', tokens: ['One ', 'two ', 'three ', 'four ', 'five.'], delayMs: 150 });
    const { id, ws } = await start();
    ws.send({ type: 'reply', text: REPLY });
    await ws.until('persona.delta');
    ws.close();
    await fake.waitForClientClose();
    await expect.poll(async () => (await getSession(id)).turns[2], { timeout: 3_000 }).toMatchObject({
      speaker: 'persona',
      text: 'One ',
      interrupted: true,
    });
  });

  it('closes the upstream connection when the session is ended mid-stream', async () => {
    calls.persona.push({ kind: 'text', tokens: ['One ', 'two ', 'three ', 'four ', 'five.'], delayMs: 150 });
    const { id, ws } = await start();
    ws.send({ type: 'reply', text: REPLY });
    await ws.until('persona.delta');
    const ended = await t.app.inject({ method: 'POST', url: `/api/sessions/${id}/end`, headers: { cookie: t.cookie } });
    expect(ended.statusCode).toBe(200);
    await fake.waitForClientClose();
    // The end waited for the cut turn to be stored, so the scored transcript includes it, marked.
    const session = ended.json();
    expect(session.status).toBe('ended');
    expect(session.turns.map((turn: { speaker: string }) => turn.speaker)).toEqual(['persona', 'leader', 'persona']);
    expect(session.turns[2]).toMatchObject({ interrupted: true, text: expect.stringMatching(/^One /) });
  });

  it('keeps the rubric reading when the judge answers garbage, and still answers the turn', async () => {
    calls.judge.push({ kind: 'json', raw: 'no idea' }, { kind: 'json', raw: 'still no idea' });
    const { ws, openingLine } = await start();
    ws.send({ type: 'reply', text: REPLY });
    const messages = await ws.until('feedback.done');
    const [score] = ofType(messages, 'score');
    expect(score.judgeChanges).toBeUndefined();
    expect(score.score).toEqual(rubricReading(openingLine));
    expect(ofType(messages, 'persona.done')).toHaveLength(1);
  });
});
