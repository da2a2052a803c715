import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { askwellCall, scriptAskwellCalls, type AskwellCall } from '@test/helpers/fake-askwell-calls';
import { startFakeOpenAiServer, type FakeOpenAiServer, type FakeResponse } from '@test/helpers/fake-openai-server';
import { appPerTest } from '@test/helpers/app-per-test';
import { createSession } from '@test/helpers/test-app';
import { openStream } from '@test/helpers/ws-client';
import { loadScenario } from './fixtures';

// A model-mode session whose endpoint cannot do the structured persona-state call ({} or plain words
// every time): the state is derived by the simulator's rules, so what the persona said stays shared
// in later prompts and the scorecard agrees with the transcript.

let fake: FakeOpenAiServer;
let calls: Record<AskwellCall, FakeResponse[]>;

const text = (tokens: string): FakeResponse => ({ kind: 'text', tokens: [tokens] });

// Registered before the app's hooks: the fake model is up before the app starts and closes after it.
beforeEach(async () => {
  fake = await startFakeOpenAiServer();
});
afterEach(() => fake.close());
const t = appPerTest({ leader: true, env: () => ({ LLM_BASE_URL: fake.baseURL, LLM_MODEL: 'fake-chat', LLM_TIMEOUT_MS: '2000', LLM_MAX_RETRIES: '0' }) });

describe.each([
  ['{}', { kind: 'json', value: {} } as FakeResponse],
  ['plain words', text('Maya shared her budget and later her own idea.')],
])('a session whose persona-state call answers %s', (_, stateAnswer) => {
  it('keeps transcript, later prompts and scorecard consistent, and marks each state derived', async () => {
    const maya = await loadScenario('vendor-sign-off');
    const budget = maya.hiddenFacts.find((f) => f.id === 'within-budget')!;
    calls = scriptAskwellCalls(fake, {
      judge: { kind: 'json', value: { changes: [] } },
      persona_state: stateAnswer,
      persona: text('Okay.'),
      feedback: text('Noted.'),
      debrief: text('Debrief.'),
    });
    calls.persona.push(text(budget.fact), text('Honestly, not many.'), text(`${maya.ownIdea.text} ${maya.ownership.ideaCommits}`));

    const session = await createSession(t.app, t.cookie, 'vendor-sign-off');
    const ws = await openStream(t.app, session.id, t.cookie);
    for (const reply of ['What does the budget look like?', 'Who else have you talked to about it?', "What would you do? It's your call."]) {
      ws.send({ type: 'reply', text: reply });
      await ws.until('feedback.done');
    }
    ws.close();

    // The fact said on turn 1 is in the next persona prompt as already shared.
    const personaPrompts = fake.requests.filter((r) => askwellCall(r) === 'persona').map((r) => r.body.messages[0].content as string);
    expect(personaPrompts[1]).toContain(`(already shared) [${budget.topics.join(', ')}] ${budget.fact}`);
    // The idea entered the prompt only on the turn that invited it.
    expect(personaPrompts.map((p) => p.includes(maya.ownIdea.text))).toEqual([false, false, true]);
    // Each failed state call got its one repair round trip.
    expect(fake.requests.filter((r) => askwellCall(r) === 'persona_state')).toHaveLength(6);
    // The coaching note saw the fact come out.
    const firstNote = fake.requests.find((r) => askwellCall(r) === 'feedback')!.body.messages.at(-1).content as string;
    expect(firstNote).toContain('1 hidden fact came out (1 of 4 so far)');

    const ended = (await t.app.inject({ method: 'POST', url: `/api/sessions/${session.id}/end`, headers: { cookie: t.cookie } })).json();
    const figure = (key: string) => ended.scorecard.figures.find((f: { key: string }) => f.key === key);
    expect(figure('ideasElicited')).toMatchObject({ display: 'yes', turns: [6] });
    expect(ended.scorecard.nextStepOwner).toBe('persona');
    const debriefPrompt = fake.requests.find((r) => askwellCall(r) === 'debrief')!.body.messages.map((m: { content: string }) => m.content).join('\n');
    expect(debriefPrompt).toContain(`- uncovered: ${budget.fact}`);
    expect(debriefPrompt).toContain('they did put it forward');

    const states = (await t.app.repos.turns.list(session.id)).filter((turn) => turn.speaker === 'persona' && turn.state).map((turn) => turn.state!);
    expect(states.map((s) => [s.factsRevealed, s.ideaSurfaced, s.nextStepOwner, s.derived, s.ideaOfferedTurn])).toEqual([
      [['within-budget'], false, 'nobody', true, undefined],
      [['within-budget'], false, 'nobody', true, undefined],
      [['within-budget'], true, 'persona', true, 3],
    ]);
  });
});
