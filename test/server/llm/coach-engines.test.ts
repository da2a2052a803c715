import { describe, expect, it } from 'vitest';
import type { Scorecard } from '@core/rubric/types';
import { initialPersonaState, type PersonaState } from '@core/simulator/types';
import type { TranscriptTurn } from '@core/transcript/types';
import { LlmDebriefEngine, LlmFeedbackEngine } from '@server/llm/coach-engines';
import { loadDebriefPrompt } from '@server/llm/debrief-prompt';
import { loadFeedbackPrompt } from '@server/llm/feedback-prompt';
import { createOpenAiClient, OpenAiChatModel } from '@server/llm/openai-chat-model';
import { fake, readingOf, scenario, useLlmFixtures } from './fixtures';

useLlmFixtures();

const model = () =>
  new OpenAiChatModel(createOpenAiClient({ baseURL: fake.baseURL, timeoutMs: 2_000, maxRetries: 0 }), 'coach-model', 2_000);

const drain = async (stream: AsyncIterable<string>) => {
  const out: string[] = [];
  for await (const delta of stream) out.push(delta);
  return out;
};

const LEADER = 'Just go with the cheapest one. What does the team think?';
const reading = readingOf(LEADER, [
  ['Just go with the cheapest one.', 'directive'],
  ['What does the team think?', 'open_question'],
]);

function transcript(after: PersonaState): TranscriptTurn[] {
  return [
    { index: 0, speaker: 'persona', text: scenario.openingLine },
    { index: 1, speaker: 'leader', text: LEADER, score: reading },
    { index: 2, speaker: 'persona', text: 'The agents really liked Chatwise.', state: after },
  ];
}

describe('LlmFeedbackEngine', () => {
  it('streams a note grounded in the rubric reading, with the reply only in the user message', async () => {
    fake.enqueue({ kind: 'text', tokens: ['You asked ', 'about the team.'] });
    const before = initialPersonaState();
    const after: PersonaState = { ...before, factsRevealed: [scenario.hiddenFacts[3].id], engagement: 0.55, leaderTurns: 1 };
    const note = new LlmFeedbackEngine(model(), loadFeedbackPrompt()).note(
      { scenario, transcript: transcript(after), turnIndex: 1, reading, stateBefore: before, stateAfter: after },
      new AbortController().signal,
    );
    await expect(drain(note)).resolves.toEqual(['You asked ', 'about the team.']);

    const [system, user] = fake.requests[0].body.messages;
    expect(system.content).toContain(scenario.learningFocus);
    expect(system.content).not.toContain(LEADER);
    expect(user.content).toContain('Turn 1, the manager');
    expect(user.content).toContain('0. directive (tell): "Just go with the cheapest one."');
    expect(user.content).toContain('1. open_question (ask): "What does the team think?"');
    expect(user.content).toContain('Overall: tell');
    expect(user.content).toContain(`1 hidden fact came out (1 of ${scenario.hiddenFacts.length} so far)`);
    expect(user.content).toContain('engagement fell (0.60 to 0.55)');
    expect(user.content).toContain('The agents really liked Chatwise.');
    // Counts only: the wording of facts the leader has not heard never reaches the coach.
    expect(user.content).not.toContain(scenario.hiddenFacts[0].fact);
  });
});

describe('LlmDebriefEngine', () => {
  it('streams a debrief from the scorecard figures and a transcript numbered as the scorecard is', async () => {
    fake.enqueue({ kind: 'text', tokens: ['In reply 1 ', 'you asked.'] });
    const after: PersonaState = { ...initialPersonaState(), factsRevealed: [scenario.hiddenFacts[3].id] };
    const scorecard: Scorecard = {
      figures: [
        {
          key: 'askRatio',
          label: 'Ask ratio',
          value: 0.5,
          display: '50%',
          band: 3,
          bandRule: '5: >= 80%',
          turns: [1],
          replies: [1],
          explanation: 'One ask, one tell.',
        },
      ],
      overall: 3,
      delegation: { highest: 1, final: 1, takeovers: 0 },
      nextStepOwner: 'leader',
    };
    const text = new LlmDebriefEngine(model(), loadDebriefPrompt()).debrief(
      { scenario, transcript: transcript(after), scorecard },
      new AbortController().signal,
    );
    await expect(drain(text)).resolves.toEqual(['In reply 1 ', 'you asked.']);

    const [system, user] = fake.requests[0].body.messages;
    expect(system.content).toContain('"reply N"');
    expect(system.content).not.toContain(LEADER);
    expect(user.content).toContain('Scorecard, overall 3 out of 5:');
    expect(user.content).toContain('- Ask ratio: 50% (band 3 of 5; reply 1). One ask, one tell.');
    expect(user.content).toContain(`reply 1, manager: "${LEADER}"\n  moves: directive "Just go with the cheapest one."; open question "What does the team think?"`);
    expect(user.content).toContain(`the answer to reply 1, ${scenario.persona.name}: "The agents really liked Chatwise."`);
    expect(user.content).toContain(`- uncovered: ${scenario.hiddenFacts[3].fact}`);
    expect(user.content).toContain(`- never uncovered: ${scenario.hiddenFacts[0].fact}`);
    expect(user.content).toContain('Next step owned by: leader');
  });

  it('fails with the typed kind when the endpoint refuses', async () => {
    fake.enqueue({ kind: 'status', status: 401 });
    const text = new LlmDebriefEngine(model(), loadDebriefPrompt()).debrief(
      { scenario, transcript: [], scorecard: { figures: [], overall: 1, delegation: { highest: 'none', final: 'none', takeovers: 0 }, nextStepOwner: 'nobody' } },
      new AbortController().signal,
    );
    await expect(drain(text)).rejects.toMatchObject({ kind: 'auth' });
  });
});
