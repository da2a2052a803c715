import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenarioYaml } from '@core/scenario/parse';
import { toBrief } from '@core/scenario/schema';

const dir = 'prompts/scenarios';
const files = (await readdir(dir)).filter((f) => f.endsWith('.yaml')).sort();
const load = async (f: string) => parseScenarioYaml(await readFile(join(dir, f), 'utf8'), join(dir, f));

describe('built-in scenario library', () => {
  it('has at least six scenarios covering every speaking style and difficulty', async () => {
    const all = await Promise.all(files.map(load));
    expect(all.length).toBeGreaterThanOrEqual(6);
    expect(new Set(all.map((s) => s.persona.speakingStyle))).toEqual(
      new Set(['plain', 'reserved', 'verbose', 'upset', 'people-pleasing', 'defensive']),
    );
    expect(new Set(all.map((s) => s.difficulty))).toEqual(new Set(['easy', 'medium', 'hard']));
  });

  it.each(files)('%s is valid, with 3-5 hidden facts and an idea', async (file) => {
    const s = await load(file);
    expect(s.id).toBe(file.replace(/\.yaml$/, ''));
    expect(s.hiddenFacts.length).toBeGreaterThanOrEqual(3);
    expect(s.hiddenFacts.length).toBeLessThanOrEqual(5);
    expect(s.ownIdea.keywords.length).toBeGreaterThan(0);
  });

  // The brief is shown to the leader; it must not give away what only good questions should find.
  it.each(files)('%s: the brief quotes no hidden fact and not the idea', async (file) => {
    const s = await load(file);
    const brief = JSON.stringify(toBrief(s)).toLowerCase();
    for (const f of s.hiddenFacts) expect(brief).not.toContain(f.fact.toLowerCase().slice(0, 40));
    expect(brief).not.toContain(s.ownIdea.summary.toLowerCase());
    for (const k of s.ownIdea.keywords.filter((k) => k.length > 5)) expect(brief).not.toContain(k.toLowerCase());
  });
});
