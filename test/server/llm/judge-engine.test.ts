import { describe, expect, it } from 'vitest';
import { LlmJudgeEngine } from '@server/llm/judge-engine';
import { loadJudgePrompt } from '@server/llm/judge-prompt';
import { createOpenAiClient, OpenAiChatModel } from '@server/llm/openai-chat-model';
import { fake, log, readingOf, scenario, useLlmFixtures } from './fixtures';

useLlmFixtures();

const judge = () =>
  new LlmJudgeEngine(
    new OpenAiChatModel(createOpenAiClient({ baseURL: fake.baseURL, timeoutMs: 2_000, maxRetries: 0 }), 'judge-model', 2_000),
    loadJudgePrompt(),
    log,
  );

// The rubric misses the solution hidden in the first question ("calling them") and reads it as open.
const REPLY = 'What do you think about calling them today? Thanks for flagging it.';
const reading = readingOf(REPLY, [
  ['What do you think about calling them today?', 'open_question'],
  ['Thanks for flagging it.', 'affirmation'],
]);
const inputFor = () => ({ reply: REPLY, previousTurn: 'The vendor slipped again.', scenario, reading });
const signal = () => new AbortController().signal;
const relabel = (over: Partial<{ moveIndex: number; label: string; quote: string; reason: string }> = {}) => ({
  moveIndex: 0,
  label: 'leading_question',
  quote: 'calling them',
  reason: 'the question carries a solution she did not raise',
  ...over,
});

describe('LlmJudgeEngine', () => {
  it('applies a relabel quoted from inside the move and recomputes the family by dominance', async () => {
    fake.enqueue({ kind: 'json', value: { changes: [relabel()] } });
    const result = await judge().refine(inputFor(), signal());
    expect(result.changes).toEqual([
      { moveIndex: 0, from: 'open_question', to: 'leading_question', quote: 'calling them', reason: relabel().reason },
    ]);
    expect(reading.family).toBe('ask');
    expect(result.reading.family).toBe('tell');
    expect(result.reading.moves[0]).toMatchObject({ kind: 'leading_question', family: 'tell', start: 0 });
    expect(result.reading.moves[1]).toEqual(reading.moves[1]);
  });

  it('sends the judge model the moves and labels, with the reply only in the user message', async () => {
    fake.enqueue({ kind: 'json', value: { changes: [] } });
    await expect(judge().refine(inputFor(), signal())).resolves.toEqual({ reading, changes: [] });
    const body = fake.requests[0].body;
    expect(body.model).toBe('judge-model');
    expect(body.response_format.json_schema.name).toBe('judge');
    const [system, user] = body.messages;
    expect(system.content).toContain('leading_question');
    expect(system.content).not.toContain('calling them today');
    expect(user.content).toContain(`0. open_question (ask): "What do you think about calling them today?"`);
    expect(user.content).toContain('The vendor slipped again.');
  });

  it.each([
    ['a quote that is not in the reply', relabel({ quote: 'call the vendor' }), 'quote is not in the reply'],
    ['a quote from another move', relabel({ quote: 'flagging' }), "quote lies outside the move's span"],
    ['an unknown label', relabel({ label: 'suggestion' }), 'unknown label'],
    ['a move index out of range', relabel({ moveIndex: 7 }), 'no move with that index'],
    ['an empty quote', relabel({ quote: ' ' }), 'empty quote'],
  ])('keeps the rubric reading and logs it for %s', async (_, change, why) => {
    fake.enqueue({ kind: 'json', value: { changes: [change] } });
    await expect(judge().refine(inputFor(), signal())).resolves.toEqual({ reading, changes: [] });
    expect(log.entries).toContainEqual(expect.objectContaining({ level: 'warn', obj: expect.objectContaining({ why }) }));
  });

  it('applies the valid changes of a mixed answer and drops the rest', async () => {
    fake.enqueue({
      kind: 'json',
      value: { changes: [relabel({ label: 'nonsense' }), relabel(), relabel({ label: 'advice' }), relabel({ moveIndex: 1, label: 'other', quote: 'Thanks' })] },
    });
    const result = await judge().refine(inputFor(), signal());
    expect(result.changes.map((c) => [c.moveIndex, c.to])).toEqual([
      [0, 'leading_question'],
      [1, 'other'],
    ]);
    expect(log.entries.filter((e) => e.level === 'warn').map((e) => (e.obj as { why: string }).why)).toEqual([
      'unknown label',
      'move already changed',
    ]);
  });

  it('keeps the rubric reading after bad JSON and one failed repair', async () => {
    fake.enqueue({ kind: 'json', raw: '{"changes": [ {"moveIndex": 0,' }, 2);
    await expect(judge().refine(inputFor(), signal())).resolves.toEqual({ reading, changes: [] });
    expect(fake.requests).toHaveLength(2);
    expect(log.entries).toContainEqual(expect.objectContaining({ msg: 'judge failed; keeping the rubric reading' }));
  });

  it('uses the repaired answer when the repair succeeds', async () => {
    fake.enqueue({ kind: 'json', value: { changes: [{ moveIndex: 0 }] } });
    fake.enqueue({ kind: 'json', value: { changes: [relabel()] } });
    const result = await judge().refine(inputFor(), signal());
    expect(result.changes).toHaveLength(1);
  });

  it('keeps the rubric reading when the endpoint fails', async () => {
    fake.enqueue({ kind: 'status', status: 503 });
    await expect(judge().refine(inputFor(), signal())).resolves.toEqual({ reading, changes: [] });
  });

  it('rethrows an abort so the turn stops', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(judge().refine(inputFor(), controller.signal)).rejects.toMatchObject({ kind: 'aborted' });
  });
});
