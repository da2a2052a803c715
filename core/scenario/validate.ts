import Value from 'typebox/value';
import { ScenarioSchema, type Scenario } from './schema';

/** A scenario that cannot be used; the message names the source and the field path of each issue. */
export class ScenarioError extends Error {
  constructor(
    readonly source: string,
    readonly issues: string[],
  ) {
    super(`${source}: ${issues.join('; ')}`);
    this.name = 'ScenarioError';
  }
}

interface SchemaIssue {
  keyword: string;
  schemaPath: string;
  instancePath: string;
  params: Record<string, unknown>;
  message: string;
}

const at = (path: string) => path || '/';

// TypeBox reports a union as one failure per branch plus one for the union; a reader wants
// "must be one of ...", so the branch failures are dropped and the union's literals listed.
function describe(errors: SchemaIssue[]): string[] {
  const out = errors.flatMap((e): string[] => {
    switch (e.keyword) {
      case 'required':
        return (e.params.requiredProperties as string[]).map((name) => `${e.instancePath}/${name} is required`);
      case 'additionalProperties':
        return (e.params.additionalProperties as string[]).map(
          (name) => `${e.instancePath}/${name} is not an allowed field`,
        );
      case 'anyOf':
        return [`${at(e.instancePath)} must be one of ${literalsAt(e.schemaPath).join(', ')}`];
      case 'boolean': // the additionalProperties failure again, seen from the property
        return [];
      default:
        return /\/anyOf\/\d+$/.test(e.schemaPath) ? [] : [`${at(e.instancePath)} ${e.message}`];
    }
  });
  return [...new Set(out)];
}

function literalsAt(schemaPath: string): unknown[] {
  let node: unknown = ScenarioSchema;
  for (const key of schemaPath.split('/').slice(1)) node = (node as Record<string, unknown>)?.[key];
  const branches = (node as { anyOf?: Array<{ const?: unknown }> })?.anyOf ?? [];
  return branches.map((b) => b.const);
}

/** Checks the schema cannot express. */
function crossChecks(s: Scenario, source: string): string[] {
  const issues: string[] = [];
  const seen = new Map<string, number>();
  s.hiddenFacts.forEach((f, i) => {
    const first = seen.get(f.id);
    if (first !== undefined) issues.push(`/hiddenFacts/${i}/id "${f.id}" duplicates /hiddenFacts/${first}/id`);
    else seen.set(f.id, i);
  });
  const fileId = /([^/\\]+)\.ya?ml$/.exec(source)?.[1];
  if (fileId !== undefined && fileId !== s.id) issues.push(`/id "${s.id}" must equal the file name "${fileId}"`);
  issues.push(...blankStrings(s, ''));
  return issues;
}

function blankStrings(value: unknown, path: string): string[] {
  if (typeof value === 'string') return value.trim() === '' ? [`${at(path)} must not be blank`] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => blankStrings(v, `${path}/${i}`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => blankStrings(v, `${path}/${k}`));
  }
  return [];
}

/**
 * Validates parsed scenario data. `source` names where it came from (a file path or a label);
 * when it ends in .yaml/.yml the scenario id must equal the file name.
 */
export function validateScenario(data: unknown, source: string): Scenario {
  if (!Value.Check(ScenarioSchema, data)) {
    throw new ScenarioError(source, describe(Value.Errors(ScenarioSchema, data) as SchemaIssue[]));
  }
  const issues = crossChecks(data, source);
  if (issues.length > 0) throw new ScenarioError(source, issues);
  return data;
}
