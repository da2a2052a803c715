import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseScenarioYaml } from '@core/scenario/parse';
import type { Scenario } from '@core/scenario/schema';
import { ScenarioError } from '@core/scenario/validate';

/** The scenario files in `dir`, sorted by name so load order (and the first failure) is stable. */
export async function listScenarioFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir);
  return names.filter((n) => /\.ya?ml$/.test(n)).sort().map((n) => join(dir, n));
}

export async function readScenarioFile(file: string): Promise<Scenario> {
  return parseScenarioYaml(await readFile(file, 'utf8'), file);
}

/** Records `scenario` as coming from `file` in `seen` (id -> file); an id used twice is an error. */
export function claimId(seen: Map<string, string>, scenario: Scenario, file: string): void {
  const other = seen.get(scenario.id);
  if (other) throw new ScenarioError(file, [`/id "${scenario.id}" is already used by ${other}`]);
  seen.set(scenario.id, file);
}

/**
 * Loads every scenario in `dir`, keyed by id. Fails with a ScenarioError on the first broken file
 * (its name and the field path) or on an id used twice.
 */
export async function loadScenarios(dir: string): Promise<Map<string, Scenario>> {
  const scenarios = new Map<string, Scenario>();
  const fileOf = new Map<string, string>();
  for (const file of await listScenarioFiles(dir)) {
    const scenario = await readScenarioFile(file);
    claimId(fileOf, scenario, file);
    scenarios.set(scenario.id, scenario);
  }
  return scenarios;
}
