import { parseDocument } from 'yaml';
import { ScenarioError, validateScenario } from './validate';
import type { Scenario } from './schema';

/** Parses and validates one scenario file; syntax errors name the source and the line. */
export function parseScenarioYaml(text: string, source: string): Scenario {
  const doc = parseDocument(text, { uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const line = error.linePos?.[0].line;
    const where = line === undefined ? '' : ` at line ${line}`;
    const reason = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    throw new ScenarioError(source, [`YAML syntax error${where}: ${reason}`]);
  }
  return validateScenario(doc.toJS(), source);
}
