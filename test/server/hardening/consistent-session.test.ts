import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scoreSession } from '@core/rubric/score-session';
import type { ServerMessage } from '@server/practice/messages';
import { scriptAskwellCalls, askwellCall, type AskwellCall } from '@test/helpers/fake-askwell-calls';
import { startFakeOpenAiServer, type FakeOpenAiServer, type FakeResponse } from '@test/helpers/fake-openai-server';
import { appPerTest } from '@test/helpers/app-per-test';
import { createSession } from '@test/helpers/test-app';

// Defects 2 and 11 of issue #7, in model mode against the loopback fake model.

const DEFAULTS: Record<AskwellCall, FakeResponse> = {
  judge: { kind: 'json', value: { changes: [] } },
  persona_state: { kind: 'json', value: { revealedFactIds: [], ideaSurfaced: false, nextStepOwner: 'nobody' } },
  persona: { kind: 'text', tokens: ['I tried ', 'a few things.'] },
  feedback: { kind: 'text', tokens: ['Good question.'] },
  debrief: { kind: 'text', tokens: ['You asked ', 'well.'] },
};

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
  env: () => ({ LLM_BASE_URL: fake.baseURL, LLM_API_KEY: 'k', LLM_MODEL: 'fake', LLM_TIMEOUT_MS: '5000', LLM_MAX_RETRIES: '0' }),
});

const connect = (id: string) => t.connect(id);
const storedSession = async (id: string) => (await t.app.inject({ url: `/api/sessions/${id}`, headers: { cookie: t.cookie } })).json();

describe('ending while a reply arrives', () => {
  it('refuses the reply with session_ended once ending has started, and the scorecard covers every stored leader turn', async () => {
    const session = await createSession(t.app, t.cookie);
    const ws = await connect(session.id);
    ws.send({ type: 'reply', text: 'What have you tried so far?' });
    await ws.until('feedback.done');

    calls.debrief.push({ kind: 'text', tokens: ['A slow ', 'debrief.'], firstTokenDelayMs: 400 });
    const ending = t.app.inject({ method: 'POST', url: `/api/sessions/${session.id}/end`, headers: { cookie: t.cookie } });
    await vi.waitUntil(() => fake.requests.some((r) => askwellCall(r) === 'debrief'), { timeout: 5000, interval: 10 });

    ws.send({ type: 'reply', text: 'One more thing: what would you do next?' });
    expect(await ws.next()).toMatchObject({ type: 'error', code: 'session_ended' });
    ws.send({ type: 'retry' });
    expect(await ws.next()).toMatchObject({ type: 'error', code: 'session_ended' });

    const ended = (await ending).json();
    expect(ended.status).toBe('ended');
    const leaderTurns = ended.turns.filter((turn: { speaker: string }) => turn.speaker === 'leader');
    expect(leaderTurns.map((turn: { text: string }) => turn.text)).toEqual(['What have you tried so far?']);
    expect(ended.turns.every((turn: { createdAt: string }) => turn.createdAt <= ended.endedAt)).toBe(true);
    const scenario = t.app.scenarios.get(ended.scenarioId)!;
    expect(ended.scorecard).toEqual(scoreSession(await t.app.repos.turns.list(session.id), scenario));

    // After the end, still refused, still nothing stored.
    ws.send({ type: 'reply', text: 'Anyone there?' });
    expect(await ws.next()).toMatchObject({ type: 'error', code: 'session_ended' });
    expect((await storedSession(session.id)).turns).toHaveLength(ended.turns.length);
  });

  it('two ends at once write one scorecard', async () => {
    const session = await createSession(t.app, t.cookie);
    calls.debrief.push({ kind: 'text', tokens: ['First.'], firstTokenDelayMs: 200 });
    const [a, b] = await Promise.all([
      t.app.inject({ method: 'POST', url: `/api/sessions/${session.id}/end`, headers: { cookie: t.cookie } }),
      t.app.inject({ method: 'POST', url: `/api/sessions/${session.id}/end`, headers: { cookie: t.cookie } }),
    ]);
    expect(a.json().debrief).toBe('First.');
    expect(b.json().debrief).toBe('First.');
    expect(fake.requests.filter((r) => askwellCall(r) === 'debrief')).toHaveLength(1);
  });
});

describe('a reply while the last leader turn is unanswered', () => {
  it('gets unanswered until that turn is retried, so the transcript always alternates', async () => {
    const session = await createSession(t.app, t.cookie);
    const first = await connect(session.id);
    calls.persona.push({ kind: 'hang-before-first-byte' });
    const requestsBefore = fake.requests.length;
    first.send({ type: 'reply', text: 'What is going on with the vendor?' });
    expect(await first.next()).toMatchObject({ type: 'turn.saved' });
    // The socket closes while the model request hangs: wait for the request to be there first (on
    // PostgreSQL `turn.saved` can reach the client before the request reaches the model).
    await vi.waitFor(() => expect(fake.requests.length).toBeGreaterThan(requestsBefore), { timeout: 5000 });
    first.close();
    await fake.waitForClientClose();

    const second = await connect(session.id);
    const send = async (message: unknown) => {
      // The closed socket's turn lets go of the claim a moment after its abort.
      for (;;) {
        second.send(message);
        const answer = await second.next();
        if (!(answer.type === 'error' && answer.code === 'busy')) return answer;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    const refused = (await send({ type: 'reply', text: 'Hello? Anything?' })) as Extract<ServerMessage, { type: 'error' }>;
    expect(refused).toMatchObject({ type: 'error', code: 'unanswered' });
    expect(refused.message).toMatch(/retry/);

    expect(await send({ type: 'retry' })).toMatchObject({ type: 'persona.delta' });
    await second.until('feedback.done');
    second.send({ type: 'reply', text: 'Hello? Anything?' });
    await second.until('feedback.done');

    const speakers = (await storedSession(session.id)).turns.map((turn: { speaker: string }) => turn.speaker);
    expect(speakers).toEqual(['persona', 'leader', 'persona', 'leader', 'persona']);
  });
});
