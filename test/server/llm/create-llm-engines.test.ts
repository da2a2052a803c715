import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { initialPersonaState } from '@core/simulator/types';
import { createLlmEngines, type LlmConfig } from '@server/llm/create-llm-engines';
import { fake, readingOf, recordingLog, scenario, useLlmFixtures } from './fixtures';

const KEY = 'sk-live-DO-NOT-LOG-0123456789';

useLlmFixtures();

const config = (over: Partial<LlmConfig> = {}): LlmConfig => ({
  LLM_BASE_URL: fake.baseURL,
  LLM_API_KEY: KEY,
  LLM_MODEL: 'chat-model',
  LLM_TIMEOUT_MS: 2_000,
  LLM_MAX_RETRIES: 0,
  ...over,
});

async function personaTurn(engines: ReturnType<typeof createLlmEngines>) {
  const text = 'What have you tried?';
  const gen = engines.persona.reply(
    {
      sessionId: 's',
      scenario,
      transcript: [{ index: 0, speaker: 'leader', text }],
      reading: readingOf(text, [[text, 'open_question']]),
      state: initialPersonaState(),
    },
    new AbortController().signal,
  );
  for (let next = await gen.next(); !next.done; next = await gen.next());
}

describe('createLlmEngines', () => {
  it('reports llm mode and the model name', () => {
    const engines = createLlmEngines(config(), recordingLog());
    expect(engines).toMatchObject({ mode: 'llm', model: 'chat-model' });
    expect(engines.judge).toBeDefined();
    expect(inspect(engines, { depth: Infinity, showHidden: true })).not.toContain(KEY);
  });

  it('sends the persona to LLM_MODEL and the structured calls to LLM_JUDGE_MODEL', async () => {
    fake.enqueue({ kind: 'text', tokens: ['Two things.'] });
    fake.enqueue({ kind: 'json', value: { revealedFactIds: [], ideaSurfaced: false, nextStepOwner: 'nobody' } });
    await personaTurn(createLlmEngines(config({ LLM_JUDGE_MODEL: 'small-model' }), recordingLog()));
    expect(fake.requests.map((r) => r.body.model)).toEqual(['chat-model', 'small-model']);
  });

  it('uses LLM_MODEL for structured calls when no judge model is set', async () => {
    fake.enqueue({ kind: 'text', tokens: ['Two things.'] });
    fake.enqueue({ kind: 'json', value: { revealedFactIds: [], ideaSurfaced: false, nextStepOwner: 'nobody' } });
    await personaTurn(createLlmEngines(config(), recordingLog()));
    expect(fake.requests.map((r) => r.body.model)).toEqual(['chat-model', 'chat-model']);
  });

  it('sends the key only as the bearer token and never logs it, even on auth failures', async () => {
    const log = recordingLog();
    fake.enqueue({ kind: 'text', tokens: ['Two things.'] });
    fake.enqueue({ kind: 'status', status: 401, body: { error: { message: `Incorrect API key provided: ${KEY}` } } });
    await personaTurn(createLlmEngines(config(), log));
    expect(fake.requests[1].headers.authorization).toBe(`Bearer ${KEY}`);
    expect(log.entries.length).toBeGreaterThan(0);
    expect(log.text()).toContain('persona state call failed');
    expect(log.text()).not.toContain(KEY);
  });

  it('runs keyless endpoints (Ollama, llama.cpp) without an LLM_API_KEY', async () => {
    fake.enqueue({ kind: 'text', tokens: ['Hi.'] });
    fake.enqueue({ kind: 'json', value: { revealedFactIds: [], ideaSurfaced: false, nextStepOwner: 'nobody' } });
    await personaTurn(createLlmEngines(config({ LLM_API_KEY: undefined }), recordingLog()));
    expect(fake.requests).toHaveLength(2);
  });
});
