import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { RULES, type Sentence } from '@core/rubric/classify';
import { mayStart } from '@core/rubric/cue-gate';
import { LazyDfa } from '@core/rubric/lazy-dfa';
import { scoreReply } from '@core/rubric/score-reply';
import { RULE_STARTS, ruleGate, startOf } from '@core/rubric/rule-gate';
import { ruleGate as pageRuleGate } from '@core/rubric/rule-gate.browser';
import { createRng } from '@core/simulator/random';
import { parseCsvRecords } from '@server/cli/csv-records';

// A rule with starts (rule-gate.ts) is not run in Node for a body none of those lists may begin as.
// That may only skip a rule that would have answered nothing: these tests hold every rule to its
// declaration on every case and development sentence, and the automata's answer to the regexes.

describe('how an anchored automaton may begin (LazyDfa.mayBeginWith)', () => {
  const { next } = createRng(11);
  const texts = Array.from({ length: 3000 }, () => Array.from({ length: 1 + Math.floor(next() * 8) }, () => "abcxy '"[Math.floor(next() * 7)]).join(''));

  it('never rules out a start that a match begins with', () => {
    for (const source of ['^(?:ab|b)c', '^a(?:b|c)*y', "^(?:x|ca?n'?t) ", '^[a-c]+ b', '^(?:a|bx)(?!\\w)', '^c[^ ]{0,3}y']) {
      const dfa = new LazyDfa(source);
      const re = new RegExp(source);
      // Each source matches some of the texts, so the loop below asks about real matches.
      expect(texts.filter((text) => re.test(text)).length, source).toBeGreaterThan(10);
      for (const text of texts) {
        if (!re.test(text)) continue;
        for (let end = 0; end <= text.length; end++) expect(dfa.mayBeginWith(text.slice(0, end)), `${source} from ${JSON.stringify(text.slice(0, end))}`).toBe(true);
      }
    }
  });

  it('rules out what no match can begin with, and cannot tell for a list that may match anywhere', () => {
    const dfa = new LazyDfa('^(?:ab|b)c');
    expect([dfa.mayBeginWith('a'), dfa.mayBeginWith('ab'), dfa.mayBeginWith('bc'), dfa.mayBeginWith('abcz')]).toEqual([true, true, true, true]);
    expect([dfa.mayBeginWith('x'), dfa.mayBeginWith('ac'), dfa.mayBeginWith('bb')]).toEqual([false, false, false]);
    expect(new LazyDfa('(?:ab|b)c').mayBeginWith('x')).toBe(true);
    expect(new LazyDfa('^a*').mayBeginWith('x')).toBe(true);
  });
});

describe("the rules' starts", () => {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const caseDir = `${root}test/core/rubric/`;
  const shared = `${root}../shared/data/`;
  const files = [
    ...readdirSync(caseDir).filter((f) => f.endsWith('.csv')).map((f) => caseDir + f),
    ...(existsSync(shared) ? readdirSync(shared).filter((f) => f.endsWith('.csv')).map((f) => shared + f) : []),
  ];
  const rows = files.flatMap((path) => parseCsvRecords(readFileSync(path, 'utf8')).records);
  const declaring = RULES.filter((rule) => RULE_STARTS[rule.id]).map((rule) => ({ rule, starts: RULE_STARTS[rule.id] }));
  const originals = new Map(RULES.map((rule) => [rule, rule.apply]));
  afterAll(() => {
    for (const [rule, apply] of originals) rule.apply = apply;
  });

  /** Every sentence (and clause) the rules are asked about while `texts` are scored: each list's first rule declares nothing, so it sees them all. */
  function sentencesRead(texts: readonly Record<string, string>[]): Sentence[] {
    const seen: Sentence[] = [];
    const firsts = RULES.filter((rule) => rule.id === 'encourager' || rule.id === 'question.parting-tag');
    expect(firsts.map((rule) => RULE_STARTS[rule.id])).toEqual([undefined, undefined]);
    for (const rule of firsts)
      rule.apply = (x) => {
        seen.push(x);
        return originals.get(rule)!(x);
      };
    for (const { text, context } of texts) scoreReply(text, context ? { previousTurn: context } : undefined);
    for (const rule of firsts) rule.apply = originals.get(rule)!;
    return seen;
  }

  it('name rules there are', () => {
    expect(Object.keys(RULE_STARTS).filter((id) => !RULES.some((rule) => rule.id === id))).toEqual([]);
  });

  it('are declared only where a rule answers nothing unless one of them matches at the start of the body, on every case and development sentence', () => {
    expect(declaring.length).toBeGreaterThan(25);
    const sentences = sentencesRead(rows);
    expect(sentences.length).toBeGreaterThan(30_000);
    let answered = 0;
    for (const x of sentences) {
      for (const { rule, starts } of declaring) {
        if (!rule.apply({ ...x, aboutThemMemo: 0 })) continue;
        answered++;
        const starting = starts.filter((re) => re.test(x.body));
        if (starting.length === 0) expect.fail(`${rule.id} answered ${JSON.stringify(x.body)}, which none of its starts begins`);
        // And the automata, which decide whether the rule is run, agree.
        if (!starting.some((re) => mayStart(re, startOf(x.body)))) expect.fail(`${rule.id}: no automaton lets ${JSON.stringify(startOf(x.body))} begin`);
      }
    }
    expect(answered).toBeGreaterThan(5_000);
  });

  it('keep a rule from running where none of its lists may begin as the body does, and let it run where one may', () => {
    const warning = RULES.find((rule) => rule.id === 'warning')!;
    const bodies: string[] = [];
    warning.apply = (x) => {
      bodies.push(x.body);
      return originals.get(warning)!(x);
    };
    scoreReply('The deadline moved to Friday.');
    expect(bodies).toEqual([]);
    const read = scoreReply("If you keep skipping the reviews, you'll end up redoing the lot.");
    warning.apply = originals.get(warning)!;
    expect(bodies.length).toBe(1);
    expect(read.moves[0].kind).toBe('information');
  });

  it('are asked in Node only: the page runs every rule, as before', () => {
    const page = pageRuleGate(RULES);
    const node = ruleGate(RULES);
    const body = 'the deadline moved to friday.';
    const runs = (gate: ReturnType<typeof ruleGate>) => RULES.filter((_, i) => gate.bitOf[i] === 0 || gate.mayRun(gate.answersFor(body), i)).length;
    expect(runs(page)).toBe(RULES.length);
    expect(runs(node)).toBeLessThan(RULES.length - 10);
  });
});
