import { cueAutomaton, plainMayStart, type CueAutomaton } from '#cue-automaton';

// The cue gate: before a large cue list runs, an automaton held as data (lazy-dfa.ts) reads the text
// and says which of the list's alternatives may match anywhere in it. When none can, nothing runs; when
// some can, just those run, each a small regex of its own (cue-automaton.ts), and the first match is the
// one the whole list would find, span and lookarounds and all.
//
// Why: the large lists compile to over 12 MB of machine code, and a reply ran some 200 regexes over a
// few dozen strings. Each list's own run is cheap, but running them in turn evicted each other's code
// from the processor's caches, so a reply paid about twice what the same runs cost list by list; and
// nine in ten of those runs matched nothing (docs/rubric.md, nineteenth pass). An automaton is a table
// of data, read one entry per character. Run as their alternatives (twentieth pass), the lists' whole
// regexes are never compiled at all, which took the warm-up from 1.6 s to under 0.2 s.
//
// The page does without it (cue-automaton.browser.ts says why): there every list runs whole, as before.
//
// Each list has an automaton of its own. One automaton over all of them read a text once for every
// list, but on real talk it needed a state for every mix of partial matches across lists: 131,000 states
// over our case texts, against 87,000 for all the lists' own automata together (37,000 since the
// loosenings in regex-nfa.ts).

/** What a list and its global copy share: its alternatives and its automaton, built on first use. */
class Gate {
  automaton: CueAutomaton | null | undefined; // null: none here (the page); undefined: not built yet

  constructor(
    readonly list: RegExp,
    readonly alternatives: readonly string[] | undefined,
  ) {}

  /** The list's automaton, built on first use. */
  built(): CueAutomaton | null {
    if (this.automaton === undefined) this.automaton = cueAutomaton(this.list.source, this.alternatives, gates) ?? null;
    return this.automaton;
  }
}

/** A regex that asks its automaton before it runs: the same matches and the same `lastIndex` as the plain regex. */
class GatedRegExp extends RegExp {
  static override get [Symbol.species](): RegExpConstructor {
    return RegExp; // split and matchAll build their own copies: plain ones
  }

  readonly gate: Gate;
  readonly movesLastIndex: boolean;
  readonly runs: RegExp[] = [];

  constructor(re: RegExp, gate: Gate | readonly string[] | undefined, flags = re.flags) {
    super(re.source, flags);
    this.gate = gate instanceof Gate ? gate : new Gate(this, gate);
    this.movesLastIndex = this.global || this.sticky;
  }

  override exec(text: string): RegExpExecArray | null {
    const automaton = this.gate.built();
    // String(): exec reads what it is given as a string, as RegExp.prototype.exec does (undefined as "undefined").
    return automaton ? automaton.exec(this, String(text)) : super.exec(text);
  }
}

const gates: Gate[] = [];

/**
 * `re` behind the gate. Only flags g and y are allowed: they do not change which texts can match.
 * `alternatives`: what `re` joins with "|" inside its one group (cues() passes them), so that the list
 * can run as just the alternatives that may match.
 */
export function gated(re: RegExp, alternatives?: readonly string[]): RegExp {
  if (/[^gy]/.test(re.flags)) throw new Error(`cue-gate: flags ${re.flags} are not supported`);
  const list = new GatedRegExp(re, alternatives);
  gates.push(list.gate);
  return list;
}

/** A copy of `re` with flag g, behind the same gate as `re` where it has one. */
export const globalCopy = (re: RegExp): RegExp => (re instanceof GatedRegExp ? new GatedRegExp(re, re.gate, 'g') : new RegExp(re.source, 'g'));

/** Whether `re` runs behind the gate (its tests walk every gated list). */
export const isGated = (re: RegExp): boolean => re instanceof GatedRegExp;

/**
 * One step per gated list for the warm-up (warm-up.ts), so no text waits: the step builds the list's
 * automaton, or where it has none (the page) compiles the list with `compile`.
 */
export const cueGateBuilds = (compile: (list: RegExp) => void): (() => void)[] => gates.map((gate) => () => void (gate.built() ?? compile(gate.list)));

/** How many lists the gate holds, and how many DFA states their automata have built (bench:rubric prints both). */
export const cueGateSize = (): { lists: number; states: number } => ({
  lists: gates.length,
  states: gates.reduce((sum, gate) => sum + (gate.automaton?.size ?? 0), 0),
});

/**
 * Whether `re`, tied to the text's start, may match a text that begins with `start`: its automaton's
 * answer, behind the gate or not; true where there is none.
 */
export const mayStart = (re: RegExp, start: string): boolean => (re instanceof GatedRegExp ? (re.gate.built()?.mayStart(start) ?? true) : plainMayStart(re, start));
