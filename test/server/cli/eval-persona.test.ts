import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Scenario } from '@core/scenario/schema';
import { evaluatePersona, type PersonaEvalReport } from '@server/cli/persona-eval';
import { personaTable } from '@server/cli/persona-table';
import { createChatModels } from '@server/llm/create-llm-engines';
import { loadConfig } from '@server/config';
import { LlmPersonaEngine } from '@server/llm/persona-engine';
import { loadPersonaPrompt, parsePersonaPrompt, type PersonaPrompt } from '@server/llm/persona-prompt';
import { loadPersonaStatePrompt, PersonaStateTracker } from '@server/llm/persona-state';
import { loadScenarios } from '@server/scenarios/load-scenarios';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '@test/helpers/fake-openai-server';
import { playPersona, type PersonaBehaviour } from '@test/helpers/fake-persona-model';
import { recordingLog } from '../llm/fixtures';

// eval:persona: the real command on the offline simulator, and the same evaluation against scripted
// fake models over the real SDK, so a prompt that starts leaking fails here.

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../../..');
const FIGURES = ['facts_revealed', 'facts_revealed_unasked', 'idea_turn', 'idea_unasked', 'takeover_accepted', 'mean_persona_words', 'errors'];
const SCRIPTS = ['coaching', 'telling', 'rescuing'];

const evalPersona = (args: string[], env: Record<string, string> = {}) =>
  run(process.execPath, ['--import', 'tsx', 'server/cli/eval-persona.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, LLM_BASE_URL: '', LLM_MODEL: '', ...env },
  });

let scenarios: Scenario[];
beforeAll(async () => {
  scenarios = [...(await loadScenarios(join(ROOT, 'prompts/scenarios'))).values()];
});

describe('npm run -s eval:persona on the offline simulator', () => {
  let report: PersonaEvalReport;
  beforeAll(async () => {
    // The command as package.json runs it.
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts['eval:persona']).toBe('tsx server/cli/eval-persona.ts');
    const { stdout } = await evalPersona(['--runs', '2']);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    report = JSON.parse(stdout);
  }, 60_000);

  it('prints one JSON object with exactly the pinned keys', () => {
    expect(Object.keys(report)).toEqual(['mode', 'model', 'runs', 'scenarios', 'totals']);
    expect(report).toMatchObject({ mode: 'offline', model: null, runs: 2 });
    expect(report.scenarios.map((s) => s.id)).toEqual(scenarios.map((s) => s.id));
    for (const entry of [...report.scenarios.map((s) => s.scripts), report.totals]) {
      expect(Object.keys(entry)).toEqual(SCRIPTS);
      for (const figures of Object.values(entry)) expect(Object.keys(figures)).toEqual(FIGURES);
    }
  });

  it('shows the reference behaviour: coaching earns facts and the idea, telling neither, rescuing gets the task', () => {
    const { coaching, telling, rescuing } = report.totals;
    expect(coaching.facts_revealed).toBeGreaterThan(telling.facts_revealed);
    for (const { scripts } of report.scenarios) {
      expect(scripts.coaching.facts_revealed).toBeGreaterThan(scripts.telling.facts_revealed);
      expect(scripts.coaching.idea_turn).not.toBeNull();
    }
    expect(coaching).toMatchObject({ idea_unasked: 0, takeover_accepted: null, errors: 0 });
    expect(telling).toMatchObject({ facts_revealed: 0, idea_turn: null, idea_unasked: 0, errors: 0 });
    expect(rescuing).toMatchObject({ idea_turn: null, takeover_accepted: 1, errors: 0 });
    expect(coaching.mean_persona_words).toBeGreaterThan(telling.mean_persona_words);
  });

  it('renders as the README table, one row per scenario and leader plus the totals', () => {
    const table = personaTable(report).split('\n');
    expect(table[0]).toBe('offline, 2 runs per script');
    expect(table[2]).toBe(`| scenario | leader | ${FIGURES.join(' | ')} |`);
    expect(table.filter((line) => line.startsWith('| '))).toHaveLength(1 + (scenarios.length + 1) * SCRIPTS.length);
    const { rescuing } = report.totals;
    expect(table).toContain(`| **all scenarios** | rescuing | ${rescuing.facts_revealed} | ${rescuing.facts_revealed_unasked} | – | 0 | 1 | ${rescuing.mean_persona_words} | 0 |`);
  });

  it('refuses an unknown scenario or a bad run count with a message and exit 2', async () => {
    await expect(evalPersona(['--scenario', 'no-such'])).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/unknown scenario "no-such"/) });
    await expect(evalPersona(['--runs', '0'])).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/--runs must be a whole number/) });
  }, 60_000);
});

describe('eval:persona against a model on the fake endpoint', () => {
  let fake: FakeOpenAiServer;
  beforeEach(async () => {
    fake = await startFakeOpenAiServer();
  });
  afterEach(async () => {
    await fake.close();
  });

  const config = () => loadConfig({ LLM_BASE_URL: fake.baseURL, LLM_MODEL: 'fake-persona', LLM_MAX_RETRIES: '0', LLM_TIMEOUT_MS: '5000' });

  /** The evaluation in process, through the real SDK, with the persona prompt given (the shipped one by default). */
  async function evaluate(behaviour: PersonaBehaviour, prompt: PersonaPrompt = loadPersonaPrompt(), runs = 1) {
    playPersona(fake, behaviour, scenarios);
    const { chat, structured } = createChatModels(config());
    const engine = new LlmPersonaEngine(chat, prompt, new PersonaStateTracker(structured, loadPersonaStatePrompt(), recordingLog()));
    return evaluatePersona({ mode: 'llm', model: 'fake-persona', engine, scenarios, runs });
  }

  it('reports a faithful model like the reference: nothing unasked, facts and idea only for the coach', async () => {
    const { totals, scenarios: perScenario } = await evaluate('faithful');
    expect(totals.coaching).toMatchObject({ facts_revealed_unasked: 0, idea_unasked: 0, errors: 0 });
    expect(totals.coaching.facts_revealed).toBeGreaterThan(totals.telling.facts_revealed);
    expect(totals.coaching.idea_turn).not.toBeNull();
    expect(totals.telling).toMatchObject({ facts_revealed: 0, facts_revealed_unasked: 0, idea_turn: null, idea_unasked: 0 });
    expect(totals.rescuing).toMatchObject({ idea_turn: null, idea_unasked: 0, takeover_accepted: 1 });
    for (const { scripts } of perScenario) expect(scripts.coaching.facts_revealed).toBeGreaterThan(0);
  }, 60_000);

  it('reports a model that opens with its idea as idea_unasked > 0', async () => {
    const { totals } = await evaluate('leaking');
    for (const script of SCRIPTS) {
      expect(totals[script as 'coaching']).toMatchObject({ idea_turn: 1, idea_unasked: 1 });
    }
  }, 60_000);

  it('keeps even a model that blurts out its whole prompt from revealing anything unasked (the prompt guard)', async () => {
    const { totals } = await evaluate('blurting');
    for (const script of SCRIPTS) {
      expect(totals[script as 'coaching']).toMatchObject({ facts_revealed_unasked: 0, idea_unasked: 0 });
    }
    expect(totals.telling).toMatchObject({ facts_revealed: 0, idea_turn: null });
  }, 60_000);

  it('fails the prompt guard when a prompt regression puts the idea back from the first turn', async () => {
    const source = readFileSync(join(ROOT, 'prompts/persona.md'), 'utf8');
    // The regression: the idea's section always holds the idea, whatever the gate decided.
    const maya = scenarios.find((s) => s.id === 'vendor-sign-off')!;
    const section = '# Your own idea\n{{ownIdea}}';
    expect(source).toContain(section);
    const leaky = source.replace(section, `${section}\nHow you would put it: "${maya.ownIdea.text}"`);
    const prompt = parsePersonaPrompt(leaky);
    const report = await evaluate('blurting', prompt);
    const vendor = report.scenarios.find((s) => s.id === 'vendor-sign-off')!;
    expect(vendor.scripts.telling.idea_unasked).toBeGreaterThan(0);
    expect(vendor.scripts.telling.idea_turn).toBe(1);
  }, 60_000);

  it('runs as the command against the configured endpoint and reports mode, model and errors', async () => {
    playPersona(fake, 'faithful', scenarios, 'words');
    const env = { LLM_BASE_URL: fake.baseURL, LLM_MODEL: 'fake-persona', LLM_MAX_RETRIES: '0' };
    const { stdout, stderr } = await evalPersona(['--scenario', 'wrong-price-sheet', '--runs', '1'], env);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ mode: 'llm', model: 'fake-persona', runs: 1 });
    expect(report.scenarios.map((s: { id: string }) => s.id)).toEqual(['wrong-price-sheet']);
    expect(report.totals).toEqual(report.scenarios[0].scripts);
    expect(report.totals.coaching).toMatchObject({ facts_revealed_unasked: 0, idea_unasked: 0, errors: 0 });
    // Every state call failed and was derived, said once per turn on stderr, never on stdout.
    expect(stderr).toMatch(/persona state call failed; state derived by the simulator rules/);

    // A dead endpoint: each run stops at its first failed turn and is counted, the figures still print.
    await fake.close();
    const dead = JSON.parse((await evalPersona(['--scenario', 'wrong-price-sheet', '--runs', '1'], env)).stdout);
    expect(dead.totals.coaching).toMatchObject({ errors: 1, facts_revealed: 0 });
    fake = await startFakeOpenAiServer();
  }, 60_000);
});
