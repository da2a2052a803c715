import { readFileSync } from 'node:fs';
import { parseScenarioYaml } from '@core/scenario/parse';
import type { Scenario } from '@core/scenario/schema';

/** A built-in scenario by id, parsed and validated as the server would. */
export function builtInScenario(id: string): Scenario {
  const file = `prompts/scenarios/${id}.yaml`;
  return parseScenarioYaml(readFileSync(file, 'utf8'), file);
}
