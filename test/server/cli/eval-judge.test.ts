import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '@test/helpers/fake-openai-server';

// `eval:rubric --judge llm`: the real CLI and the real SDK against the loopback fake endpoint.

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../../..');
const HEDGE = 'Maybe the vendor needs a nudge.';

let fake: FakeOpenAiServer;
let dir: string;
let csv: string;

const evalRubric = (judge: string, env: Record<string, string> = {}) =>
  run(process.execPath, ['--import', 'tsx', 'server/cli/eval-rubric.ts', '--csv', csv, '--task', 'asktell', '--judge', judge], {
    cwd: ROOT,
    env: { ...process.env, ...env },
  });

beforeEach(async () => {
  fake = await startFakeOpenAiServer();
  dir = mkdtempSync(join(tmpdir(), 'askwell-eval-'));
  csv = join(dir, 'cases.csv');
  // Gold says ask on purpose, so only a judge relabel can make the figures perfect.
  writeFileSync(csv, `text,label\n"${HEDGE}",ask\nWhat options do you see?,ask\n`);
});
afterEach(async () => {
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('eval:rubric --judge llm', () => {
  it('passes each reading through the judge, keeping quote-checked relabels only', async () => {
    fake.fallback((req) => {
      const prompt = String(req.body.messages.at(-1).content);
      return prompt.includes(HEDGE)
        ? { kind: 'json', value: { changes: [{ moveIndex: 0, label: 'open_question', quote: HEDGE, reason: 'test relabel' }] } }
        : { kind: 'json', value: { changes: [{ moveIndex: 0, label: 'advice', quote: 'not in the reply', reason: 'bogus' }] } };
    });
    const env = { LLM_BASE_URL: fake.baseURL, LLM_MODEL: 'judge-model', LLM_MAX_RETRIES: '0' };
    const rubricOnly = JSON.parse((await evalRubric('rubric')).stdout);
    const judged = await evalRubric('llm', env);
    const result = JSON.parse(judged.stdout);

    expect(rubricOnly.accuracy).toBe(0.5);
    expect(result).toMatchObject({ task: 'asktell', n: 2, accuracy: 1 });
    expect(fake.requests).toHaveLength(2);
    expect(fake.requests.every((r) => r.body.model === 'judge-model')).toBe(true);
    expect(judged.stderr).toMatch(/judge change refused/);
  });

  it('refuses --judge llm without a configured endpoint, with a clear message and exit 2', async () => {
    const failure = evalRubric('llm', { LLM_BASE_URL: '', LLM_MODEL: '' });
    await expect(failure).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/--judge llm needs LLM_BASE_URL and LLM_MODEL/) });
  });
});
