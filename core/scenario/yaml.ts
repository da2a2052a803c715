import { stringify } from 'yaml';
import type { Scenario } from './schema';

// Field order of prompts/scenarios/*.yaml, so an exported scenario reads like a built-in one.
const ORDER: (keyof Scenario)[] = [
  'id', 'title', 'brief', 'learningFocus', 'difficulty', 'persona', 'openingLine', 'hiddenFacts', 'ownIdea', 'wants', 'ownership', 'lines',
];

/** A scenario as YAML in the prompts/scenarios format; parseScenarioYaml reads it back to an equal scenario. */
export function scenarioToYaml(scenario: Scenario): string {
  const ordered: Record<string, unknown> = {};
  for (const key of ORDER) if (scenario[key] !== undefined) ordered[key] = scenario[key];
  return stringify(ordered, { lineWidth: 0 });
}
