import { parseArgs } from 'node:util';
import { ConfigError, isLlmConfigured, loadConfig } from '../config';
import { createLlmEngines } from '../llm/create-llm-engines';
import { createOfflineEngines } from '../practice/offline-engines';
import { loadScenarios } from '../scenarios/load-scenarios';
import { evaluatePersona } from './persona-eval';
import { stderrLog } from './stderr-log';

// npm run -s eval:persona [-- --scenario ID] [--runs N]
// Plays scripted coaching, telling and rescuing leaders against the persona the LLM_* env vars
// configure (the offline simulator when none is set) and prints one JSON object on stdout.
// Bad input: message on stderr, exit code 2. Model warnings (failed state calls) go to stderr.

const SCENARIOS_DIR = new URL('../../prompts/scenarios/', import.meta.url).pathname;
const USAGE = 'usage: npm run -s eval:persona [-- --scenario ID] [--runs N]';
const DEFAULT_RUNS = 3;
const MAX_RUNS = 100;

const fail = (message: string): number => {
  process.stderr.write(`eval:persona: ${message}\n${USAGE}\n`);
  return 2;
};

async function main(argv: string[]): Promise<number> {
  let scenarioId: string | undefined;
  let runs = DEFAULT_RUNS;
  try {
    const { values } = parseArgs({ args: argv, options: { scenario: { type: 'string' }, runs: { type: 'string' } }, strict: true });
    scenarioId = values.scenario;
    if (values.runs !== undefined) {
      runs = Number(values.runs);
      if (!/^\d+$/.test(values.runs) || runs < 1 || runs > MAX_RUNS) return fail(`--runs must be a whole number from 1 to ${MAX_RUNS}, got ${JSON.stringify(values.runs)}`);
    }
  } catch (e) {
    return fail((e as Error).message);
  }
  let config;
  try {
    config = loadConfig(process.env);
  } catch (e) {
    if (e instanceof ConfigError) return fail(e.message);
    throw e;
  }
  const library = await loadScenarios(SCENARIOS_DIR);
  if (scenarioId !== undefined && !library.has(scenarioId)) {
    return fail(`unknown scenario ${JSON.stringify(scenarioId)}; known: ${[...library.keys()].join(', ')}`);
  }
  const scenarios = scenarioId ? [library.get(scenarioId)!] : [...library.values()];
  const llm = isLlmConfigured(config);
  const engines = llm ? createLlmEngines(config, stderrLog('eval:persona')) : createOfflineEngines({ wordDelayMs: 0 });
  const report = await evaluatePersona({ mode: engines.mode, model: llm ? config.LLM_MODEL! : null, engine: engines.persona, scenarios, runs });
  process.stdout.write(`${JSON.stringify(report)}\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
