import type { FakeOpenAiServer, FakeResponse, RecordedRequest } from './fake-openai-server';

// Askwell makes several kinds of model call per turn; these let a test or bench script each kind
// on its own instead of predicting the order of one shared queue.

export type AskwellCall = 'judge' | 'persona_state' | 'persona' | 'feedback' | 'debrief';

/**
 * Which of Askwell's model calls a request is: structured calls by their response_format name,
 * streamed text by the opening of its system prompt (prompts/*.md). Lets a test script each call.
 */
export function askwellCall(req: RecordedRequest): AskwellCall {
  const format = req.body?.response_format?.json_schema?.name;
  if (format === 'judge' || format === 'persona_state') return format;
  const system = String(req.body?.messages?.[0]?.content ?? '');
  if (system.includes('has just finished a role-play')) return 'debrief';
  if (system.startsWith('You are a leadership coach')) return 'feedback';
  return 'persona';
}

/** Answers each Askwell call from its own queue, then from `defaults`. */
export function scriptAskwellCalls(
  fake: FakeOpenAiServer,
  defaults: Record<AskwellCall, FakeResponse>,
): Record<AskwellCall, FakeResponse[]> {
  const queues: Record<AskwellCall, FakeResponse[]> = { judge: [], persona_state: [], persona: [], feedback: [], debrief: [] };
  fake.fallback((req) => {
    const call = askwellCall(req);
    return queues[call].shift() ?? defaults[call];
  });
  return queues;
}
