import { describe, expect, it } from 'vitest';
import { RULES } from '@core/rubric/classify';
import * as delegationCues from '@core/rubric/delegation-cues';
import * as moveCues from '@core/rubric/move-cues';
import { list } from '@core/rubric/pattern';
import { scoreReply } from '@core/rubric/score-reply';
import * as sentenceWords from '@core/rubric/sentence-words';
import { createWarmUp, warmedPatterns, warmUpRubric, warmUpStepCount } from '@core/rubric/warm-up';
import { alternationGroups, duplicateAlternatives } from './regex-alternatives';
import { RULE_EXAMPLES } from './rule-examples';

// The rule base is a table people review: cue lists one alternative per line, classifier rules with
// ids and examples. These tests keep it honest.

const cueRegexes = Object.entries({ ...moveCues, ...delegationCues }).filter((e): e is [string, RegExp] => e[1] instanceof RegExp);

describe('cue lists', () => {
  it('finds the alternatives of every group, as written', () => {
    const groups = alternationGroups(String.raw`^(?:a|b(?:c|d)|[|(]x|\(y)$`);
    expect(groups.map((g) => g.alternatives)).toEqual([['c', 'd'], ['a', 'b(?:c|d)', '[|(]x', String.raw`\(y`], [String.raw`^(?:a|b(?:c|d)|[|(]x|\(y)$`]]);
  });

  it('reports an alternative listed twice in one group, not the same word in two groups', () => {
    expect(duplicateAlternatives('(?:send|drop|escalate|drop)')).toEqual([{ at: 0, alternative: 'drop' }]);
    expect(duplicateAlternatives('(?:send|drop) (?:drop|stop)')).toEqual([]);
  });

  it('refuses a "//" line inside a list, which would be compiled as an alternative', () => {
    expect(list`
a
b
`).toEqual(['a', 'b']);
    expect(() => list`
a
// why b
b
`).toThrow(/comment inside a list/);
  });

  it.each(cueRegexes)('%s carries no comment as an alternative', (_, regex) => {
    expect(regex.source).not.toMatch(/(?:^|\|)\\?\/\\?\//);
  });

  it.each(cueRegexes)('%s lists no alternative twice within a category', (_, regex) => {
    expect(duplicateAlternatives(regex.source)).toEqual([]);
  });
});

describe('classifier rules', () => {
  it('have unique ids', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('each have an example, and every example belongs to a rule', () => {
    expect(Object.keys(RULE_EXAMPLES).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s is reached by its own example', (id, rule) => {
    const fired: string[] = [];
    const { example, previousTurn } = RULE_EXAMPLES[id];
    scoreReply(example, previousTurn ? { previousTurn } : undefined, fired);
    // A dispatcher hands the sentence to the question rules, whose ids the reading carries.
    if (rule.dispatches) expect(fired.some((f) => f.startsWith('question.'))).toBe(true);
    else expect(fired).toContain(id);
  });

  it('warm-up compiles every cue the scorer uses and reports the time it took', () => {
    expect(warmUpRubric()).toBeGreaterThan(0);
    const exported = Object.values(sentenceWords).filter((v) => v instanceof RegExp).length + cueRegexes.length;
    expect(warmedPatterns()).toBe(exported);
  });

  it('warm-up runs a slice at a time for the page: one step when there is no time, every step in the end', () => {
    const warmUp = createWarmUp();
    let slices = 1;
    while (!warmUp.run(() => false)) slices++;
    expect(slices).toBe(warmUpStepCount());
    expect(warmUp.done).toBe(true);
    expect(warmUp.run(() => true)).toBe(true);
    // Given time, one slice runs them all.
    const unhurried = createWarmUp();
    let asked = 0;
    expect(
      unhurried.run(() => {
        asked++;
        return true;
      }),
    ).toBe(true);
    // Asked after every step but the last.
    expect(asked).toBe(warmUpStepCount() - 1);
  });
});
