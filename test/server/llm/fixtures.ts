import { inspect } from 'node:util';
import { afterEach, beforeAll, beforeEach } from 'vitest';
import type { Move, MoveKind, ReplyScore } from '@core/rubric/types';
import { familyOf } from '@core/rubric/moves';
import { dominantFamily } from '@core/rubric/score-reply';
import type { Scenario } from '@core/scenario/schema';
import { readScenarioFile } from '@server/scenarios/load-scenarios';
import type { Log } from '@server/llm/log';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '@test/helpers/fake-openai-server';

/** A built-in scenario from the library, as the server loads it. */
export const loadScenario = (id = 'vendor-sign-off'): Promise<Scenario> =>
  readScenarioFile(new URL(`../../../prompts/scenarios/${id}.yaml`, import.meta.url).pathname);

/**
 * A rubric reading built by hand: each [text, kind] is located in `reply` in order, so spans are
 * real offsets; the family follows the rubric's dominance rule.
 */
export function readingOf(reply: string, parts: [string, MoveKind][]): ReplyScore {
  let from = 0;
  const moves: Move[] = parts.map(([text, kind]) => {
    const start = reply.indexOf(text, from);
    if (start === -1) throw new Error(`fixture: "${text}" not in "${reply}"`);
    from = start + text.length;
    return { start, end: from, text, kind, family: familyOf(kind), reason: 'fixture' };
  });
  return {
    moves,
    family: dominantFamily(moves),
    delegation: { level: 'none', name: 'none', ownership: 'none', evidence: [], reason: 'no decision in play' },
  };
}

export interface LogEntry {
  level: 'info' | 'warn';
  obj: object;
  msg: string;
}

/** A Log that keeps what it is told, rendered deeply so tests can search it (e.g. for the API key). */
export function recordingLog(): Log & { entries: LogEntry[]; text: () => string } {
  const entries: LogEntry[] = [];
  return {
    entries,
    info: (obj, msg) => entries.push({ level: 'info', obj, msg }),
    warn: (obj, msg) => entries.push({ level: 'warn', obj, msg }),
    text: () => entries.map((e) => `${e.msg} ${inspect(e.obj, { depth: 12, showHidden: true })}`).join('\n'),
  };
}

// Live bindings set by `useLlmFixtures`: importers read the current test's values.
export let fake: FakeOpenAiServer;
export let scenario: Scenario;
export let log: ReturnType<typeof recordingLog>;

/** Per test: a fresh fake OpenAI endpoint and a recording log; per file: the scenario. */
export function useLlmFixtures(): void {
  beforeAll(async () => {
    scenario = await loadScenario();
  });
  beforeEach(async () => {
    fake = await startFakeOpenAiServer();
    log = recordingLog();
  });
  afterEach(async () => {
    await fake.close();
  });
}
