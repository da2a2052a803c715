import { loadConfig } from '../config';
import { LlmJudgeEngine } from '../llm/judge-engine';
import { loadJudgePrompt } from '../llm/judge-prompt';
import type { Log } from '../llm/log';
import { createChatModels } from '../llm/create-llm-engines';
import type { Refine } from './eval-with-judge';
import { UsageError } from './eval-score-csv';

// The eval rows come without a scenario; the judge prompt only needs a name for the other person.
const OTHER_PERSON = { persona: { name: 'The other person' } };

/** The LLM judge over the endpoint in LLM_* env vars, as the server would build it. */
export function llmJudgeRefine(env: Record<string, string | undefined>, log: Log): Refine {
  const config = loadConfig(env);
  if (!config.LLM_BASE_URL || !config.LLM_MODEL) throw new UsageError('--judge llm needs LLM_BASE_URL and LLM_MODEL');
  const judge = new LlmJudgeEngine(createChatModels(config).structured, loadJudgePrompt(), log);
  return async (row, reading) =>
    (await judge.refine({ reply: row.text, previousTurn: row.previousTurn, scenario: OTHER_PERSON, reading }, new AbortController().signal))
      .reading;
}
