import { describe, expect, it } from 'vitest';
import { scoreReply } from '@core/rubric/score-reply';
import { initialPersonaState, type PersonaState } from '@core/simulator/types';
import type { TranscriptTurn } from '@core/transcript/types';
import { createOpenAiClient, OpenAiChatModel } from '@server/llm/openai-chat-model';
import { LlmPersonaEngine } from '@server/llm/persona-engine';
import { invitesIdea } from '@server/llm/persona-gate';
import { loadPersonaPrompt } from '@server/llm/persona-prompt';
import { loadPersonaStatePrompt, PersonaStateTracker } from '@server/llm/persona-state';
import type { FakeResponse } from '@test/helpers/fake-openai-server';
import { fake, log, scenario, useLlmFixtures } from './fixtures';

// The persona's own idea is gated like its hidden facts, and a failed state call leaves a state
// derived by the simulator's rules: both against the real SDK and the loopback fake endpoint.

useLlmFixtures();

const engine = () => {
  const model = new OpenAiChatModel(createOpenAiClient({ baseURL: fake.baseURL, apiKey: 'k', timeoutMs: 2_000, maxRetries: 0 }), 'fake-model', 2_000);
  return new LlmPersonaEngine(model, loadPersonaPrompt(), new PersonaStateTracker(model, loadPersonaStatePrompt(), log));
};

/** One persona turn answering `leaderText` (read by the real rubric), with `personaText` streamed and `stateAnswer` to the state call. */
async function turn(leaderText: string, personaText: string, stateAnswer: FakeResponse[], state: PersonaState = initialPersonaState()) {
  const transcript: TranscriptTurn[] = [
    { index: 0, speaker: 'persona', text: scenario.openingLine },
    { index: 1, speaker: 'leader', text: leaderText },
  ];
  const reading = scoreReply(leaderText, { previousTurn: scenario.openingLine });
  const before = fake.requests.length;
  fake.enqueue({ kind: 'text', tokens: [personaText] });
  for (const answer of stateAnswer) fake.enqueue(answer);
  const gen = engine().reply({ sessionId: 's1', scenario, transcript, reading, state }, new AbortController().signal);
  let next = await gen.next();
  while (!next.done) next = await gen.next();
  const system = fake.requests[before].body.messages[0].content as string;
  return { state: next.value, system, stateCalls: fake.requests.length - before - 1 };
}

const EMPTY: FakeResponse = { kind: 'json', value: {} };
const WORDS: FakeResponse = { kind: 'text', tokens: ['She shared her trial results and committed to nothing.'] };
const VALID = (value: object): FakeResponse => ({ kind: 'json', value: { revealedFactIds: [], ideaSurfaced: false, nextStepOwner: 'nobody', ...value } });

describe('the idea gate', () => {
  it.each([
    'What would you do?',
    'What options do you see?',
    'What do you need from me to move this on?',
    'Do you have any ideas about which one to pick?',
    "It's your call. Let me know what you decide by Friday.",
  ])('"%s" invites the idea', (reply) => {
    expect(invitesIdea(scoreReply(reply, {}))).toBe(true);
  });

  it.each([
    'What have you tried so far?',
    'How are you feeling about it?',
    'Go with Chatwise on a three-month opt-out contract.',
    'You should pick the cheapest one.',
    "Leave it with me, I'll pick one.",
  ])('"%s" does not', (reply) => {
    expect(invitesIdea(scoreReply(reply, {}))).toBe(false);
  });

  it('keeps the idea out of the prompt until the leader invites it, and records the turn it was offered', async () => {
    const first = await turn('What have you tried so far?', 'I trialled three of them.', [VALID({ revealedFactIds: ['already-compared'] })]);
    expect(first.system).not.toContain(scenario.ownIdea.text);
    expect(first.system).not.toContain(scenario.ownIdea.summary);
    expect(first.system).toContain('Nobody has asked for your view yet');
    expect(first.state.ideaOfferedTurn).toBeUndefined();

    // A directive that names the idea's own words does not invite it either.
    const told = await turn('Go with Chatwise on a three-month opt-out contract.', 'Sure!', [VALID({})], first.state);
    expect(told.system).not.toContain(scenario.ownIdea.text);
    expect(told.state.ideaOfferedTurn).toBeUndefined();

    const invited = await turn('What would you do, if it were up to you?', 'Chatwise, on a short contract.', [VALID({ ideaSurfaced: true })], told.state);
    expect(invited.system).toContain(scenario.ownIdea.text);
    expect(invited.system).not.toContain('Nobody has asked for your view yet');
    expect(invited.state).toMatchObject({ ideaOfferedTurn: 3, ideaSurfaced: true, leaderTurns: 3 });

    // Once offered it stays offered, and its turn is not moved by later invitations.
    const later = await turn('What options do you see now?', 'The same, really.', [VALID({})], invited.state);
    expect(later.system).toContain(scenario.ownIdea.text);
    expect(later.state).toMatchObject({ ideaOfferedTurn: 3, ideaSurfaced: true });
  });
});

describe('the state derived when the structured call fails', () => {
  const fact = () => scenario.hiddenFacts.find((f) => f.id === 'within-budget')!;

  it.each([
    ['answers {}', [EMPTY, EMPTY]],
    ['answers in plain words', [WORDS, WORDS]],
  ])('records the fact the persona was given and said when the state call %s', async (_, answers) => {
    const said = 'Oh, they are all under my spending limit, actually, so technically I could sign it myself.';
    const { state, system, stateCalls } = await turn('What does the budget look like?', said, answers);
    expect(system).toContain(fact().fact);
    expect(stateCalls).toBe(2); // the call and its one repair round trip
    expect(state).toMatchObject({ factsRevealed: ['within-budget'], ideaSurfaced: false, nextStepOwner: 'nobody', leaderTurns: 1, derived: true });
    expect(log.entries).toContainEqual(
      expect.objectContaining({ level: 'warn', msg: 'persona state call failed; state derived by the simulator rules' }),
    );
  });

  it('records the fact by the simulator rule even when the model put it in words of its own', async () => {
    const { state } = await turn('What does the budget look like?', 'Money is not the issue here, honestly.', [EMPTY, EMPTY]);
    expect(state).toMatchObject({ factsRevealed: ['within-budget'], derived: true });
  });

  it('records no fact the persona was not given, whatever the reply says', async () => {
    // Told, not asked: the prompt held no fact, so none can have been shared.
    const { state, system } = await turn('Just sign whichever is cheapest.', fact().fact, [EMPTY, EMPTY]);
    expect(system).not.toContain(fact().fact);
    expect(state).toMatchObject({ factsRevealed: [], derived: true });
  });

  it('records the idea and the persona owning the next step after a hand-over, as the simulator would', async () => {
    const { state } = await turn(
      "What would you do? It's your call, let me know by Friday.",
      `${scenario.ownIdea.text} ${scenario.ownership.ideaCommits}`,
      [WORDS, EMPTY],
    );
    expect(state).toMatchObject({ ideaSurfaced: true, ideaOfferedTurn: 1, nextStepOwner: 'persona', derived: true });
  });

  it('hands the next step to the leader after a takeover', async () => {
    const { state } = await turn("Leave it with me, I'll pick one myself.", "Oh, thank you so much!", [EMPTY, EMPTY]);
    expect(state).toMatchObject({ nextStepOwner: 'leader', ideaSurfaced: false, derived: true });
  });

  it('drops the derived mark on the next turn whose state call works', async () => {
    const failed = await turn('What does the budget look like?', fact().fact, [EMPTY, EMPTY]);
    expect(failed.state.derived).toBe(true);
    const next = await turn('Who else have you talked to?', 'Just the agents.', [VALID({})], failed.state);
    expect(next.state.derived).toBeUndefined();
    expect(next.state.factsRevealed).toEqual(['within-budget']);
    // The shared fact stays in later prompts, marked as shared.
    expect(next.system).toContain(`(already shared) [${fact().topics.join(', ')}] ${fact().fact}`);
  });
});
