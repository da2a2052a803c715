import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseScenarioYaml } from '@core/scenario/parse';
import { ScenarioError, validateScenario } from '@core/scenario/validate';

const fixture = (name: string) => `test/core/scenario/fixtures/${name}.yaml`;
const parseFixture = async (name: string) => parseScenarioYaml(await readFile(fixture(name), 'utf8'), fixture(name));
const valid = async () => parseFixture('valid-minimal');

describe('parseScenarioYaml', () => {
  it('accepts a valid file', async () => {
    await expect(valid()).resolves.toMatchObject({ id: 'valid-minimal', persona: { name: 'Sam' } });
  });

  it('names the file and the missing field', async () => {
    await expect(parseFixture('missing-field')).rejects.toThrow(
      'test/core/scenario/fixtures/missing-field.yaml: /learningFocus is required',
    );
  });

  it('names the field path of a wrong type and of an empty string', async () => {
    const err = parseFixture('wrong-type');
    await expect(err).rejects.toBeInstanceOf(ScenarioError);
    await expect(err).rejects.toThrow('wrong-type.yaml: /title must be string');
    await expect(err).rejects.toThrow('/persona/mood must not have fewer than 1 characters');
  });

  it('reports YAML syntax errors with the file name and line', async () => {
    await expect(parseFixture('bad-yaml')).rejects.toThrow(/bad-yaml\.yaml: YAML syntax error at line 12: /);
  });

  it('rejects duplicate hidden fact ids', async () => {
    await expect(parseFixture('duplicate-fact-ids')).rejects.toThrow(
      'duplicate-fact-ids.yaml: /hiddenFacts/2/id "refunds-timing" duplicates /hiddenFacts/0/id',
    );
  });

  it('rejects duplicate keys as a syntax error', () => {
    expect(() => parseScenarioYaml('id: a1\nid: a2\n', 'x.yaml')).toThrow(/x\.yaml: YAML syntax error at line 2: Map keys must be unique/);
  });
});

describe('validateScenario', () => {
  it('requires the id to equal the file name when the source is a file', async () => {
    const data = await valid();
    expect(() => validateScenario(data, 'prompts/scenarios/other-name.yaml')).toThrow(
      'prompts/scenarios/other-name.yaml: /id "valid-minimal" must equal the file name "other-name"',
    );
    expect(validateScenario(data, 'upload').id).toBe('valid-minimal');
  });

  it('lists the allowed values of a union field', async () => {
    const data = { ...(await valid()), persona: { ...(await valid()).persona, speakingStyle: 'loud' } };
    expect(() => validateScenario(data, 'upload')).toThrow(
      'upload: /persona/speakingStyle must be one of plain, reserved, verbose, upset, people-pleasing, defensive',
    );
  });

  it('rejects unknown fields, whitespace-only text and non-objects', async () => {
    const data = await valid();
    expect(() => validateScenario({ ...data, colour: 'red' }, 'upload')).toThrow('upload: /colour is not an allowed field');
    expect(() => validateScenario({ ...data, wants: '   ' }, 'upload')).toThrow('upload: /wants must not be blank');
    expect(() => validateScenario(null, 'upload')).toThrow(/^upload: \/ /);
  });

  it('accepts the optional simulator lines and rejects an empty list', async () => {
    const data = await valid();
    expect(validateScenario({ ...data, lines: { tangents: ['by the way...'] } }, 'upload').lines?.tangents).toHaveLength(1);
    expect(() => validateScenario({ ...data, lines: { relief: [] } }, 'upload')).toThrow('/lines/relief must not have fewer than 1 items');
  });
});
