import type { Config } from '../config';
import type { Engines } from '../practice/engines';
import { LlmDebriefEngine, LlmFeedbackEngine } from './coach-engines';
import { loadDebriefPrompt } from './debrief-prompt';
import { loadFeedbackPrompt } from './feedback-prompt';
import { loadJudgePrompt } from './judge-prompt';
import { LlmJudgeEngine } from './judge-engine';
import type { Log } from './log';
import { createOpenAiClient, OpenAiChatModel } from './openai-chat-model';
import { LlmPersonaEngine } from './persona-engine';
import { loadPersonaPrompt } from './persona-prompt';
import { loadPersonaStatePrompt, PersonaStateTracker } from './persona-state';

export type LlmConfig = Pick<
  Config,
  'LLM_BASE_URL' | 'LLM_API_KEY' | 'LLM_MODEL' | 'LLM_JUDGE_MODEL' | 'LLM_TIMEOUT_MS' | 'LLM_MAX_RETRIES'
>;

/**
 * Model-backed engines over one OpenAI-compatible endpoint. The persona, notes and debrief use
 * LLM_MODEL; the small structured calls (judge, persona state) use LLM_JUDGE_MODEL when set.
 * Prompt files are read here, so a broken template stops start-up rather than a session.
 */
export function createLlmEngines(config: LlmConfig, log: Log): Engines {
  const { chat, structured } = createChatModels(config);
  const tracker = new PersonaStateTracker(structured, loadPersonaStatePrompt(), log);
  return {
    mode: 'llm',
    model: config.LLM_MODEL,
    persona: new LlmPersonaEngine(chat, loadPersonaPrompt(), tracker),
    feedback: new LlmFeedbackEngine(chat, loadFeedbackPrompt()),
    debrief: new LlmDebriefEngine(chat, loadDebriefPrompt()),
    judge: new LlmJudgeEngine(structured, loadJudgePrompt(), log),
  };
}

/** One client for the endpoint; `chat` on LLM_MODEL, `structured` on LLM_JUDGE_MODEL when set. */
export function createChatModels(config: LlmConfig): { chat: OpenAiChatModel; structured: OpenAiChatModel } {
  if (!config.LLM_BASE_URL || !config.LLM_MODEL) throw new Error('an LLM needs LLM_BASE_URL and LLM_MODEL');
  const client = createOpenAiClient({
    baseURL: config.LLM_BASE_URL,
    apiKey: config.LLM_API_KEY,
    timeoutMs: config.LLM_TIMEOUT_MS,
    maxRetries: config.LLM_MAX_RETRIES,
  });
  const chat = new OpenAiChatModel(client, config.LLM_MODEL, config.LLM_TIMEOUT_MS);
  const structured = config.LLM_JUDGE_MODEL ? new OpenAiChatModel(client, config.LLM_JUDGE_MODEL, config.LLM_TIMEOUT_MS) : chat;
  return { chat, structured };
}
