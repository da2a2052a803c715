import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cueAutomaton, sharedReadSize, type CueAutomaton, type GatedList } from '@core/rubric/cue-automaton';
import { cueGateSize, gated, globalCopy, isGated } from '@core/rubric/cue-gate';
import * as delegationCues from '@core/rubric/delegation-cues';
import { LazyDfa } from '@core/rubric/lazy-dfa';
import { SharedRead } from '@core/rubric/shared-read';
import * as moveCues from '@core/rubric/move-cues';
import { hasCaptureGroup, parseRegex } from '@core/rubric/regex-nfa';
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

  // Characters past 255 are read as one, HIGH: a set holds it when it may hold any of them.
  it('reads characters past 255 as one character, which a set holds when it may hold any of them', () => {
    const wide = [...randomTexts('ab.x \u2014\u2013\u2028\u00e9\ud83d\ude00', 4000, 11), 'a\u2014b', 'x\u2014'];
    const exact = ['\\W\\w', '\\Dy', 'a[^.]b', 'a\\wb', '\u00e9x'];
    const superset = ['x\u2014', '[\\u2013-\\u2014]x', '[^\\u2013]x', 'a\\sb', 'a.b', '\\Sy', 'a[b\\u2014]', '\\u2014'];
    let keptOut = 0;
    for (const source of [...exact, ...superset]) {
      const dfa = new LazyDfa(source);
      const re = new RegExp(source);
      for (const text of wide) {
        if (exact.includes(source)) expect(dfa.mayMatch(text), `${source} on ${JSON.stringify(text)}`).toBe(re.test(text));
        else if (re.test(text)) expect(dfa.mayMatch(text), `${source} on ${JSON.stringify(text)}`).toBe(true);
        if (!dfa.mayMatch(text) && [...text].some((ch) => ch.charCodeAt(0) > 255)) keptOut++;
      }
    }
    // Texts with such characters are read, not all let through as before.
    expect(keptOut).toBeGreaterThan(1000);
    expect(new LazyDfa('cd').mayMatch('zz \u2014 zz')).toBe(false);
  });

  it('tells which alternatives may match, in their order', () => {
    const dfa = new LazyDfa(['\\bab(?!\\w)', '\\bb(?!\\w)', '\\bcd(?!\\w)']);
    expect(dfa.alternativesIn('cd then b, ab')).toEqual([0, 1, 2]);
    expect(dfa.alternativesIn('just b')).toEqual([1]);
    expect(dfa.alternativesIn('nothing here')).toEqual([]);
    expect(new LazyDfa(['^ab', '^c']).alternativesIn('ab c')).toEqual([0]);
    expect(() => new LazyDfa(['^ab', 'c'])).toThrow(/anchored/);
    // An alternative that matches the empty text matches everywhere: the read cannot tell.
    expect(new LazyDfa(['a', 'b?']).alternativesIn('xyz')).toBeUndefined();
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

// One read of a text for several lists (shared-read.ts) must tell each list what its own automaton does.
describe('the shared read', () => {
  const lists = [['\\bab(?!\\w)', 'b+c', 'x[^.]*y'], ['cd', '(?<!a)b'], ['\\bdd?b']];
  const texts = [...randomTexts('abcdxy. ', 3000, 13), '', 'ab', 'x. y'];

  it("answers each list with the alternatives its own automaton finds, in order", () => {
    const read = new SharedRead(lists);
    const own = lists.map((alternatives) => new LazyDfa(alternatives));
    for (const text of texts) {
      lists.forEach((_, i) => expect(read.alternativesIn(i, text), `list ${i} on ${JSON.stringify(text)}`).toEqual(own[i].alternativesIn(text)));
    }
  });

  it('keeps the answers of recent texts apart, and reads a text again once it is forgotten', () => {
    const read = new SharedRead(lists);
    expect(read.alternativesIn(0, 'ab')).toEqual([0]);
    expect(read.alternativesIn(1, 'ac')).toEqual([]);
    expect(read.alternativesIn(1, 'cd')).toEqual([0]);
    expect(read.alternativesIn(0, 'cd')).toEqual([]);
    for (const text of ['x', 'y', 'z', 'w']) read.alternativesIn(0, text);
    expect(read.alternativesIn(0, 'ab')).toEqual([0]);
    expect(read.alternativesIn(2, 'db')).toEqual([0]);
  });

  it('cannot tell past its state bound, and holds no more states; a list of its own meanwhile finds what its regex finds', () => {
    const bounded = new SharedRead(lists, 3);
    const answers = texts.slice(0, 500).map((text) => bounded.alternativesIn(0, text));
    expect(answers).toContain(undefined);
    expect(bounded.size).toBeLessThanOrEqual(3);
    const plain = new RegExp('\\b(?:ab|b+c|x[^.]*y)(?!\\w)');
    const gate = gated(new RegExp(plain.source), ['ab', 'b+c', 'x[^.]*y']);
    for (const text of texts.slice(0, 500)) expect(gate.exec(text)).toEqual(plain.exec(text));
  });

  // In this file the shared read is first built while the back-reference list above is behind the gate:
  // that list cannot be read, and the others still share.
  it('is what the unanchored cue lists read through', () => {
    expect(sharedReadSize().lists).toBeGreaterThanOrEqual(15);
  });

  it("leaves a text to the list's own automaton where it cannot tell, and the list still finds what its regex finds", () => {
    const alternatives = ['you should', 'leave it with me', 'ring [a-z]+'];
    const source = `\\b(?:${alternatives.join('|')})(?!\\w)`;
    const list = gated(new RegExp(source, 'g'), alternatives) as GatedList;
    const plain = new RegExp(source, 'g');
    const automaton = cueAutomaton(source, alternatives) as CueAutomaton & { shareReads(read: SharedRead, index: number): void };
    // A shared read bounded at one state can tell nothing of a text that reaches a second.
    const bounded = new SharedRead([alternatives.map((alternative) => `\\b(?:${alternative})(?!\\w)`)], 1);
    automaton.shareReads(bounded, 0);
    for (const text of ['so you should ring them, then leave it with me', 'nothing here', 'ring mo']) {
      plain.lastIndex = list.lastIndex = 0;
      expect(bounded.alternativesIn(0, text)).toBeUndefined();
      expect(automaton.exec(list, text)).toEqual(plain.exec(text));
      expect(list.lastIndex).toBe(plain.lastIndex);
    }
  });
});

describe("a list that shares the read", () => {
  it('makes its own automaton only when the shared read cannot tell, and then finds what its regex finds', () => {
    const advice = moveCues.ADVICE as GatedList & { gate: { alternatives: readonly string[] } };
    const automaton = cueAutomaton(advice.source, advice.gate.alternatives) as CueAutomaton & { shareReads(read: SharedRead, index: number): void };
    expect(sharedReadSize().lists).toBeGreaterThan(0);
    expect(automaton.size).toBe(0);
    // A shared read bounded at one state can tell nothing of a text that reaches a second.
    automaton.shareReads(new SharedRead([['\\bzz']], 1), 0);
    const list = gated(new RegExp(advice.source, 'g'), advice.gate.alternatives) as GatedList;
    const plain = new RegExp(advice.source, 'g');
    let matched = 0;
    for (const text of ['you should ring the vendor first.', 'maybe try asking priya?', 'nothing to see here', ...randomTexts('you should try it ', 200, 5)]) {
      plain.lastIndex = list.lastIndex = 0;
      const found = automaton.exec(list, text);
      expect(found, text).toEqual(plain.exec(text));
      expect(list.lastIndex).toBe(plain.lastIndex);
      if (found) matched++;
    }
    expect(matched).toBeGreaterThan(0);
    expect(automaton.size).toBeGreaterThan(0);
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

  // Run as its alternatives, a list must still find the leftmost match, and of those starting at the same
  // place the one its earliest alternative finds, as the whole regex tries them in order at each place.
  it('run as the alternatives that may match, finds what the whole list finds, lastIndex and all', () => {
    const alternatives = ['you should', 'you', 'should (?:ring|call) them', 'ring them(?= now)', "ring [\\w']+", '(?<!just )call'];
    const texts = randomTexts(['you ', 'should ', 'ring ', 'call ', 'them ', 'now ', 'just ', "it's ", '. '].join('|'), 3000, 5).map((t) => t.replace(/\|/g, ''));
    for (const flags of ['', 'g', 'y']) {
      const source = `\\b(?:${alternatives.join('|')})(?!\\w)`;
      const plain = new RegExp(source, flags);
      const split = gated(new RegExp(source, flags), alternatives);
      for (const text of texts) {
        plain.lastIndex = split.lastIndex = text.length % 5;
        for (let i = 0; i < 4; i++) {
          expect(split.exec(text), `${flags} ${JSON.stringify(text)}`).toEqual(plain.exec(text));
          expect(split.lastIndex).toBe(plain.lastIndex);
        }
      }
    }
    // Its global copy shares the automaton and runs the same way.
    const list = gated(new RegExp(`\\b(?:${alternatives.join('|')})(?!\\w)`), alternatives);
    const copy = globalCopy(list);
    const text = 'you should ring them now, then just call and call them';
    expect([...text.matchAll(copy)].map((m) => [m.index, m[0]])).toEqual([...text.matchAll(new RegExp(list.source, 'g'))].map((m) => [m.index, m[0]]));
  });

  it('runs a list whole where its groups would be numbered apart', () => {
    const list = gated(/\b(?:(a)b|cd)(?!\w)/, ['(a)b', 'cd']);
    expect(list.exec('x cd ab')).toEqual(/\b(?:(a)b|cd)(?!\w)/.exec('x cd ab'));
    expect(list.exec('ab')?.[1]).toBe('a');
    expect(hasCaptureGroup('(?:a)(?=b)(?<!c)(?<name>d)')).toBe(true);
    expect(hasCaptureGroup('(?:a)(?=b)(?<!c)(?<=d)\\(x[(]')).toBe(false);
  });

  it('splits, replaces and matches all as the plain regex does', () => {
    const gate = gated(/\b(?:and then|but)(?!\w)/g, ['and then', 'but']);
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
    // All ran as their alternatives but the two lists written whole (not by cues()) and the one that captures.
    const whole = lists.filter(([, re]) => (re as GatedList).runs.length === 0).map(([name]) => name);
    expect(whole.sort()).toEqual(['INDIRECT_QUESTION', 'LEADING_FILLER', 'UNDERSTANDING_CHECK']);
    expect(hasCaptureGroup(moveCues.INDIRECT_QUESTION.source)).toBe(true);
  });

  it('have global copies that find every match the plain ones find, on every tenth text', () => {
    for (const [name, re] of lists) {
      const copy = globalCopy(re);
      const plain = new RegExp(re.source, 'g');
      for (let i = 0; i < texts.length; i += 10) {
        const every = (list: RegExp) => [...texts[i].matchAll(list)].map((m) => `${m.index} ${m[0]}`).join('|');
        if (every(copy) !== every(plain)) expect.fail(`${name}'s global copy on ${JSON.stringify(texts[i])}`);
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
