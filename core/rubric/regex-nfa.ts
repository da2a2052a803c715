// A regular expression's source read into a nondeterministic automaton, for the cue gate (cue-gate.ts).
// It reads one-byte characters (codes 0-255) one by one, and every character past 255 as one more,
// HIGH, which stands for any of them: a set holds HIGH when it may hold such a character. The automaton accepts a superset of what the regex
// matches: every lookaround and word boundary is taken as met, and two loosenings below keep the DFA
// small, so the gate may let through a text the regex then rejects, but never rejects a text the regex
// matches. Anything this reader does not know (a back-reference, a Unicode property) throws; such a
// list runs ungated (cue-automaton.ts), and a test checks that every cue list has its automaton.

/** One state: a character step (`chars` names a set, `next` the state after it), an epsilon fork, or an accepting state. */
export interface NfaStates {
  readonly chars: number[]; // set id for a character step, FORK or ACCEPTING
  readonly next: number[]; // the state after a character step; for an accepting state, the alternative it ends
  readonly forks: (number[] | undefined)[]; // where a fork goes
}

export const FORK = -1;
export const ACCEPTING = -2;

/** Where a set flags the characters past 255 (one flag for all of them); a set is this long plus one. */
export const HIGH = 256;

/** The character sets the automata read, each as 257 flags (HIGH the last), shared between lists. */
export class CharSets {
  readonly sets: Uint8Array[] = [];
  private readonly ids = new Map<string, number>();
  private readonly single = new Int32Array(256).fill(-1);
  /** The id of the set holding just `code` (-1 or past 255: HIGH). */
  idOfCode(code: number): number {
    if (code < 0 || code > 255) return this.id(ONLY_HIGH);
    if (this.single[code] < 0) this.single[code] = this.id(setOf((c) => c === code));
    return this.single[code];
  }
  private readonly known = new Map<Uint8Array, number>();
  id(set: Uint8Array): number {
    let id = this.known.get(set);
    if (id !== undefined) return id;
    const key = keyOf(set);
    id = this.ids.get(key);
    if (id === undefined) this.ids.set(key, (id = this.sets.push(set) - 1));
    this.known.set(set, id);
    return id;
  }
}

/** A set's 257 flags as 33 characters, for comparing sets. */
function keyOf(set: Uint8Array): string {
  let key = String(set[HIGH]);
  for (let c = 0; c < 256; c += 8) {
    let byte = 0;
    for (let b = 0; b < 8; b++) byte |= set[c + b] << b;
    key += String.fromCharCode(byte);
  }
  return key;
}

/** "*", "+" and "?" as their least and most repeats (-1: no bound). */
const SIMPLE_QUANTIFIERS: Record<string, [number, number]> = { '*': [0, -1], '+': [1, -1], '?': [0, 1] };

/** A bounded repeat whose bounds are further apart than this is read as unbounded. */
const LOOSEST_BOUND = 1;

type Node =
  | { kind: 'char'; code: number }
  | { kind: 'chars'; set: Uint8Array }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; options: Node[] }
  | { kind: 'repeat'; item: Node; min: number; max: number } // max -1: no bound
  | { kind: 'empty' };

const EMPTY: Node = { kind: 'empty' };
/** The one-byte characters `test` holds, and HIGH when `high`: whether characters past 255 may be among them. */
const setOf = (test: (c: number) => boolean, high = false): Uint8Array => Uint8Array.from({ length: HIGH + 1 }, (_, c) => (c === HIGH ? +high : test(c) ? 1 : 0));
const NOTHING = setOf(() => false); // the set of no character
const ONLY_HIGH = setOf(() => false, true);
const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isSpace = (c: number) => (c >= 9 && c <= 13) || c === 32 || c === 0xa0;
const isDigit = (c: number) => c >= 48 && c <= 57;
// \s holds spaces past 255 too ("\u2028", "\u3000").
const CLASS_ESCAPES: Record<string, Uint8Array> = {
  w: setOf(isWordChar),
  W: setOf((c) => !isWordChar(c), true),
  s: setOf(isSpace, true),
  S: setOf((c) => !isSpace(c), true),
  d: setOf(isDigit),
  D: setOf((c) => !isDigit(c), true),
};
const CONTROL_ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11, '0': 0 };
const ANY_BUT_LINE_BREAK = setOf((c) => c !== 10 && c !== 13, true);

/** Reads a regex source into a tree; `anchored` when the whole of it is tied to the text's start. */
export function parseRegex(source: string): { tree: Node; anchored: boolean } {
  let at = 0;
  const fail = (why: string): never => {
    throw new Error(`regex-nfa: ${why} at ${at} in ${source.slice(Math.max(0, at - 20), at + 20)}`);
  };

  // One character of an escape, as a code (-1 past 255: no one-byte text holds it).
  function escapedCode(): number {
    const e = source[at++];
    if (e in CONTROL_ESCAPES) return CONTROL_ESCAPES[e];
    if (e === 'x') return hex(2);
    if (e === 'u') return hex(4);
    if (e === 'c' || (e >= '1' && e <= '9') || e === 'k' || e === 'p' || e === 'P') fail(`unsupported escape \\${e}`);
    return e.charCodeAt(0);
  }
  function hex(digits: number): number {
    const code = parseInt(source.slice(at, at + digits), 16);
    if (!/^[0-9a-fA-F]+$/.test(source.slice(at, at + digits))) fail('bad hex escape');
    at += digits;
    return code > 255 ? -1 : code;
  }

  function charClass(): Node {
    const end = classEnd(source, at);
    const text = source.slice(at, end);
    const known = CLASSES.get(text);
    if (known) return (at = end + 1), known;
    const node = readClass();
    CLASSES.set(text, node);
    return node;
  }

  function readClass(): Node {
    const set = new Uint8Array(HIGH + 1);
    const negated = source[at] === '^';
    if (negated) at++;
    while (source[at] !== ']') {
      if (at >= source.length) fail('unclosed class');
      let low: number;
      if (source[at] === '\\') {
        at++;
        const e = source[at];
        if (e in CLASS_ESCAPES) {
          at++;
          CLASS_ESCAPES[e].forEach((on, c) => on && (set[c] = 1));
          continue;
        }
        low = e === 'b' ? (at++, 8) : escapedCode();
      } else low = source.charCodeAt(at++);
      if (low > 255) low = -1;
      let high = low;
      if (source[at] === '-' && source[at + 1] !== ']' && at + 1 < source.length) {
        at++;
        if (source[at] === '\\') {
          at++;
          if (source[at] in CLASS_ESCAPES) fail('class escape ending a range');
          high = escapedCode();
        } else high = source.charCodeAt(at++);
        if (high === -1) high = HIGH; // a range reaching past 255 covers the rest of the one-byte codes, and HIGH
      }
      if (low === -1) set[HIGH] = 1;
      else for (let c = low; c <= Math.min(HIGH, high); c++) set[c] = 1;
    }
    at++;
    if (!negated) return { kind: 'chars', set };
    // "[^\u2013]" still holds other characters past 255: a negated class always holds HIGH.
    const complement = set.map((on) => 1 - on);
    complement[HIGH] = 1;
    return { kind: 'chars', set: complement };
  }

  function atom(): Node {
    const ch = source[at++];
    if (ch === '(') {
      let lookaround = false;
      if (source[at] === '?') {
        const kind = source.slice(at + 1, at + 3);
        lookaround = kind[0] === '=' || kind[0] === '!' || kind === '<=' || kind === '<!';
        if (kind[0] === ':' || kind[0] === '=' || kind[0] === '!') at += 2;
        else if (lookaround) at += 3;
        else if (kind[0] === '<') at = source.indexOf('>', at) + 1; // a named group
        else fail('unknown group');
      }
      const inner = alternation();
      if (source[at++] !== ')') fail('unclosed group');
      return lookaround ? EMPTY : inner;
    }
    if (ch === '[') return charClass();
    if (ch === '.') return { kind: 'chars', set: ANY_BUT_LINE_BREAK };
    if (ch === '^' || ch === '$') return EMPTY;
    if (ch === '\\') {
      const e = source[at];
      if (e === 'b' || e === 'B') return at++, EMPTY;
      if (e in CLASS_ESCAPES) return at++, { kind: 'chars', set: CLASS_ESCAPES[e] };
      return { kind: 'char', code: escapedCode() };
    }
    if (ch === ')' || ch === '|' || ch === '*' || ch === '+' || ch === '?') fail(`unexpected ${ch}`);
    return { kind: 'char', code: ch.charCodeAt(0) };
  }

  function quantified(): Node {
    const item = atom();
    let min: number;
    let max: number;
    const q = source[at];
    const simple = SIMPLE_QUANTIFIERS[q];
    if (simple) {
      [min, max] = simple;
      at++;
    } else if (q === '{' && /^\{\d+(,\d*)?\}/.test(source.slice(at))) {
      const [, low, comma, high] = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at))!;
      at = source.indexOf('}', at) + 1;
      min = Number(low);
      max = comma === undefined ? min : high === '' ? -1 : Number(high);
      // "[^.?!]{0,60}" read as "[^.?!]*": a superset, and a DFA need not count to 60 for every place a match may start.
      if (max - min > LOOSEST_BOUND) max = -1;
    } else return item;
    if (source[at] === '?') at++; // lazy: the same texts match
    return item === EMPTY ? EMPTY : { kind: 'repeat', item, min, max };
  }

  function sequence(): Node {
    const items: Node[] = [];
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      const item = quantified();
      if (item !== EMPTY) items.push(item);
    }
    return items.length === 0 ? EMPTY : items.length === 1 ? items[0] : { kind: 'seq', items };
  }

  function alternation(): Node {
    const options = [sequence()];
    while (source[at] === '|') {
      at++;
      options.push(sequence());
    }
    return options.length === 1 ? options[0] : { kind: 'alt', options };
  }

  const anchored = isAnchored(source);
  const tree = alternation();
  if (at !== source.length) fail('unbalanced )');
  return { tree, anchored };
}

/** The same class written again in a source, or in another list, is read once: "[\\w-]" is everywhere. */
const CLASSES = new Map<string, Node>();

/** Where the class opened just before `at` closes. */
function classEnd(source: string, at: number): number {
  for (let i = at; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return source.length;
}

/** Whether the whole of a regex source is tied to the text's start, read without parsing it. */
export const isAnchored = (source: string): boolean => source[0] === '^' && topLevelHasNoAlternation(source);

/** Whether a "|" outside every group would let part of the regex match away from a leading "^". */
function topLevelHasNoAlternation(source: string): boolean {
  let depth = 0;
  return !someSyntax(source, (ch) => {
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    return ch === '|' && depth === 0;
  });
}

/** Whether `source` has a capturing group, numbered or named ("(?<name>"). */
export function hasCaptureGroup(source: string): boolean {
  return someSyntax(source, (ch, at) => ch === '(' && (source[at + 1] !== '?' || (source[at + 2] === '<' && source[at + 3] !== '=' && source[at + 3] !== '!')));
}

/** Whether `test` holds for some character of `source` that is syntax: not escaped, not inside a class. */
function someSyntax(source: string, test: (ch: string, at: number) => boolean): boolean {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (test(ch, i)) return true;
  }
  return false;
}

/**
 * Adds a regex's automaton to `states`; returns its start states. The first is the regex's own start;
 * with `restartAfterWide`, the others are where a match may also start, anywhere in the text. Its
 * accepting state names `alternative`, so automata added side by side tell which of them accepted.
 *
 * A wide repeat ("[^.?!]*", ".*") lets a partial match wait across most of a sentence, and a DFA then
 * needs a state for every mix of waiting partial matches: on our case texts one list made 7,000 states.
 * Any match through such a repeat holds what follows the repeat, unbroken, so for an unanchored list the
 * automaton looks for just that, anywhere in the text, and drops the path up to the repeat. It accepts
 * more texts, never fewer, and the waiting stops. Repeated words ("(?:[\w-]+ )*") are left as they are:
 * what follows them is often one common word ("is"), which alone would let most texts through.
 */
export function addAutomaton(states: NfaStates, charSets: CharSets, tree: Node, restartAfterWide = false, alternative = 0): number[] {
  const restarts: number[] = [];
  const add = (chars: number, next: number, forks?: number[]): number => {
    states.chars.push(chars);
    states.next.push(next);
    return states.forks.push(forks) - 1;
  };
  const fork = (targets: number[]) => add(FORK, -1, targets);

  // Built back to front: each node is compiled knowing the state that follows it.
  function build(node: Node, next: number): number {
    switch (node.kind) {
      case 'empty':
        return next;
      case 'char':
        return add(charSets.idOfCode(node.code), next);
      case 'chars':
        return add(charSets.id(node.set), next);
      case 'seq': {
        let start = next;
        for (let i = node.items.length - 1; i >= 0; i--) start = build(node.items[i], start);
        return start;
      }
      case 'alt':
        return fork(node.options.map((option) => build(option, next)));
      case 'repeat': {
        let start: number;
        if (node.max === -1 && restartAfterWide && isWide(node.item)) {
          restarts.push(next);
          return add(charSets.id(NOTHING), -1); // the path up to the repeat: a dead end
        }
        if (node.max === -1) {
          const loop = fork([]);
          states.forks[loop]!.push(build(node.item, loop), next);
          start = loop;
        } else {
          start = next;
          for (let i = node.min; i < node.max; i++) start = fork([build(node.item, start), next]);
        }
        for (let i = 0; i < node.min; i++) start = build(node.item, start);
        return start;
      }
    }
  }
  const start = build(tree, add(ACCEPTING, alternative));
  return [start, ...restarts];
}


/** A repeated character of half the one-byte characters or more ("[^.?!]", "."). */
function isWide(item: Node): boolean {
  const one = oneCharacter(item);
  return one !== undefined && one.subarray(0, HIGH).reduce((sum, on) => sum + on, 0) >= 128;
}

/** The characters `node` matches when it always takes exactly one; undefined when it can take more or fewer. */
function oneCharacter(node: Node): Uint8Array | undefined {
  if (node.kind === 'char') return setOf((c) => c === node.code);
  if (node.kind === 'chars') return node.set;
  if (node.kind !== 'alt') return undefined;
  const union = new Uint8Array(HIGH + 1);
  for (const option of node.options) {
    const set = oneCharacter(option);
    if (!set) return undefined;
    set.forEach((on, c) => on && (union[c] = 1));
  }
  return union;
}
