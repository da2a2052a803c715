import { spawnSync } from 'node:child_process';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ScenarioError } from '@core/scenario/validate';
import { loadScenarios } from '@server/scenarios/load-scenarios';

const fixtures = 'test/core/scenario/fixtures';
let tmp: string | undefined;
afterEach(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
  tmp = undefined;
});

const check = (dir: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/scenarios-check.ts', dir], { encoding: 'utf8' });

describe('loadScenarios', () => {
  it('loads the built-in library keyed by id', async () => {
    const all = await loadScenarios('prompts/scenarios');
    expect(all.size).toBeGreaterThanOrEqual(6);
    expect(all.get('wrong-price-sheet')?.persona.name).toBe('Alex');
  });

  it('fails on the first broken file (sorted) with its name and the problem', async () => {
    const err = loadScenarios(fixtures);
    await expect(err).rejects.toBeInstanceOf(ScenarioError);
    await expect(err).rejects.toThrow(/fixtures\/bad-yaml\.yaml: YAML syntax error at line 12/);
  });

  it('rejects two files with the same id', async () => {
    tmp = await mkdtemp(join(tmpdir(), 'askwell-scenarios-'));
    const source = 'prompts/scenarios/numbers-dont-match.yaml';
    await copyFile(source, join(tmp, 'numbers-dont-match.yaml'));
    // A .yml twin passes the file-name check but repeats the id.
    await copyFile(source, join(tmp, 'numbers-dont-match.yml'));
    await expect(loadScenarios(tmp)).rejects.toThrow(/numbers-dont-match\.yml: \/id "numbers-dont-match" is already used by/);
  });
});

describe('npm run scenarios:check', () => {
  it('prints one line per file and exits 0 on the built-in library', () => {
    const run = check('prompts/scenarios');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^ok {4}prompts\/scenarios\/wrong-price-sheet\.yaml/m);
  });

  it('exits 1 naming each broken file and field path', () => {
    const run = check(fixtures);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^ok {4}.*valid-minimal\.yaml/m);
    expect(run.stderr).toContain('missing-field.yaml: /learningFocus is required');
    expect(run.stderr).toContain('wrong-type.yaml: /title must be string');
    expect(run.stderr).toContain('duplicate-fact-ids.yaml: /hiddenFacts/2/id');
  });

  it('exits 1 on a directory with no scenarios', async () => {
    tmp = await mkdtemp(join(tmpdir(), 'askwell-scenarios-'));
    await writeFile(join(tmp, 'notes.txt'), 'not a scenario');
    const run = check(tmp);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('no scenario files');
  });
});
