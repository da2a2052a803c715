import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cueGateSize, gated, isGated } from '@core/rubric/cue-gate';
import * as delegationCues from '@core/rubric/delegation-cues';
import { LazyDfa } from '@core/rubric/lazy-dfa';
import * as moveCues from '@core/rubric/move-cues';
import { parseRegex } from '@core/rubric/regex-nfa';
import * as sentenceWords from '@core/rubric/sentence-words';
import { normalise } from '@core/rubric/text';
import { createRng } from '@core/simulator/random';
import { parseCsvRecords } from '@server/cli/csv-records';

// The cue gate may only skip a regex run that would have failed: every test here compares a gated
// list, or a bare automaton, with the plain regex of the same source.

/** Seeded texts over a small alphabet, so that the patterns' own letters meet often. */
function randomTexts(alphabet: string, count: number, seed: number): string[] {
  const { next } = createRng(seed);
  return Array.from({ length: count }, () => Array.from({ length: Math.floor(next() * 12) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
}

// Each construct the cue lists use, without lookarounds or boundaries, so the automaton must agree with
// the regex exactly: a gate that let everything through would fail here.
const EXACT = [
  'ab|cd',
  '^(?:ab|b)c',
  'a(?:b|c)*d',
  'a+b?c{2}',
  'x{1,3}y',
  '(?:ab){0,2}c',
  '[a-c]d',
  '[^ab]c',
  '[\\w-]b',
  '\\d\\s\\d',
  'a.c',
  '(a|b)(?<name>c)',
  '\\x61\\u0062c',
  'a*?b',
  "ca{2,}n'?t",
  '[\\-\\]]a',
];

describe('the cue gate automaton (lazy-dfa.ts)', () => {
  const texts = [...randomTexts("abcdxyn' -1]\n", 4000, 7), 'xyz', 'ab', 'acbd', 'zz1 2', "caan't", 'cccd', '', 'aa\nc', '-a', ']a'];

  it('reads every construct the lists use exactly as the regex does', () => {
    for (const source of EXACT) {
      const dfa = new LazyDfa(source);
      const re = new RegExp(source);
      for (const text of texts) expect(dfa.mayMatch(text), `${source} on ${JSON.stringify(text)}`).toBe(re.test(text));
    }
  });

  // Lookarounds and word boundaries are taken as met, loose bounds as none, and in an unanchored list
  // what follows a wide repeat is looked for on its own (regex-nfa.ts says why).
  it('may let a text through that the regex then rejects, never keeps a match out', () => {
    const loose = ['\\bab(?!\\w)', '(?<!x)ab', 'a(?=b)', '^(?:ab)(?!c)', '\\Bb', 'ca{1,4}b', 'x[^.]*y', 'd(?:[a-c]+ )*n', '^a[^.]{0,3}b'];
    let letThrough = 0;
    for (const source of loose) {
      const dfa = new LazyDfa(source);
      const re = new RegExp(source);
      for (const text of texts) {
        if (re.test(text)) expect(dfa.mayMatch(text), `${source} on ${JSON.stringify(text)}`).toBe(true);
        else if (dfa.mayMatch(text)) letThrough++;
      }
    }
    expect(letThrough).toBeGreaterThan(0);
  });

  it('ties a list to the start only when no alternative outside a group escapes the "^"', () => {
    expect(parseRegex('^(?:a|b)c').anchored).toBe(true);
    expect(parseRegex('^a|b').anchored).toBe(false);
    expect(new LazyDfa('^a|b').mayMatch('xb')).toBe(true);
    expect(new LazyDfa('^(?:a|b)').mayMatch('xb')).toBe(false);
  });

  it('lets a text with a character past 255 through, unless no match could reach it', () => {
    expect(new LazyDfa('cd').mayMatch('zz \u2014 zz')).toBe(true);
    expect(new LazyDfa('^cd').mayMatch('c\u2014')).toBe(true);
    expect(new LazyDfa('^cd').mayMatch('zz \u2014 zz')).toBe(false);
  });

  // Past its bound a read lets the text through (the regex decides) rather than build more states.
  it('never holds more states than its bound, and never keeps a match out for it', () => {
    let outgrew = 0;
    for (const source of EXACT) {
      const bounded = new LazyDfa(source, 3);
      const unbounded = new LazyDfa(source);
      const re = new RegExp(source);
      for (const text of texts.slice(0, 1000)) {
        const allowed = bounded.mayMatch(text);
        if (re.test(text)) expect(allowed, `${source} on ${JSON.stringify(text)}`).toBe(true);
        unbounded.mayMatch(text);
        expect(bounded.size).toBeLessThanOrEqual(3);
      }
      if (unbounded.size > 3) outgrew++;
    }
    // The bound was reached: some of these automata need more than three states.
    expect(outgrew).toBeGreaterThan(0);
  });

  it('refuses what it cannot read rather than guess, and such a list runs ungated', () => {
    const backReference = gated(/\b(\w+) \1\b/);
    expect(backReference.exec('it is is so')?.[0]).toBe('is is');
    expect(() => parseRegex('(a)\\1')).toThrow(/unsupported escape/);
    expect(() => parseRegex('\\p{L}')).toThrow(/unsupported escape/);
    expect(() => parseRegex('a)')).toThrow(/unbalanced/);
    expect(() => parseRegex('(?<=a')).toThrow(/unclosed group/);
    expect(() => gated(/ab/i)).toThrow(/flags i/);
  });
});

describe('a gated regex', () => {
  it('matches, fails and moves lastIndex as the plain regex does, with flags g and y too', () => {
    for (const flags of ['', 'g', 'y']) {
      const plain = new RegExp('\\b(?:you should|leave it with me)(?!\\w)', flags);
      const gate = gated(new RegExp(plain.source, flags));
      for (const text of ['so you should ring them. you should.', 'nothing here', 'leave it with me', 'you shoulder it']) {
        plain.lastIndex = gate.lastIndex = 3;
        for (let i = 0; i < 3; i++) {
          expect(gate.exec(text)).toEqual(plain.exec(text));
          expect(gate.lastIndex).toBe(plain.lastIndex);
        }
        expect(gate.test(text)).toBe(plain.test(text));
      }
    }
  });

  it('splits, replaces and matches all as the plain regex does', () => {
    const gate = gated(/\b(?:and then|but)(?!\w)/g);
    const text = 'first this and then that, but not the other';
    expect(text.split(gate)).toEqual(text.split(/\b(?:and then|but)(?!\w)/g));
    expect(text.replace(gate, '|')).toBe('first this | that, | not the other');
    expect([...text.matchAll(gate)].map((m) => m.index)).toEqual([11, 26]);
  });
});

describe('the gated cue lists', () => {
  const lists = Object.entries({ ...moveCues, ...delegationCues, ...sentenceWords }).filter((entry): entry is [string, RegExp] => entry[1] instanceof RegExp && isGated(entry[1]));
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const fromCsv = (path: string) => parseCsvRecords(readFileSync(path, 'utf8')).records.flatMap((r) => [r.text, r.context ?? '']);
  const caseDir = `${root}test/core/rubric/`;
  const shared = `${root}../shared/data/`;
  const sources = [
    ...readdirSync(caseDir).filter((f) => f.endsWith('.csv')).map((f) => caseDir + f),
    ...(existsSync(shared) ? readdirSync(shared).filter((f) => f.endsWith('.csv')).map((f) => shared + f) : []),
  ];
  // Every case and development text and previous turn, normalised as the scorer reads it.
  const texts = [...new Set(sources.flatMap(fromCsv))].map(normalise);

  it('are the large lists, each with its automaton', () => {
    expect(lists.length).toBeGreaterThan(30);
    expect(cueGateSize().lists).toBeGreaterThanOrEqual(lists.length);
    for (const [name, re] of lists) {
      expect(re.source.length, name).toBeGreaterThanOrEqual(200);
      expect(() => new LazyDfa(re.source), name).not.toThrow();
    }
  });

  it('find what the plain regexes find, on every case and development text', () => {
    expect(texts.length).toBeGreaterThan(15_000);
    for (const [name, re] of lists) {
      const plain = new RegExp(re.source, re.flags);
      for (const text of texts) {
        const expected = plain.exec(text);
        const found = re.exec(text);
        if (found?.index !== expected?.index || found?.[0] !== expected?.[0]) expect.fail(`${name} on ${JSON.stringify(text)}: ${found?.[0]} against ${expected?.[0]}`);
      }
    }
  });

  it('keep out most of the texts their lists would not match', () => {
    let failing = 0;
    let keptOut = 0;
    for (const [, re] of lists) {
      const dfa = new LazyDfa(re.source);
      for (let i = 0; i < texts.length; i += 5) {
        const text = texts[i];
        if (re.test(text)) continue;
        failing++;
        if (!dfa.mayMatch(text)) keptOut++;
      }
    }
    expect(keptOut / failing).toBeGreaterThan(0.9);
  });
});
