import { cueAutomaton, type CueAutomaton } from '#cue-automaton';

// The cue gate: before a large cue list's regex runs, an automaton held as data (lazy-dfa.ts) reads the
// text and says whether the list can match anywhere in it; when it cannot, the regex is not run. The
// regexes stay the matchers (first match, spans, lookarounds); the gate only skips runs that would fail.
//
// Why: the large lists compile to over 12 MB of machine code, and a reply ran some 200 regexes over a
// few dozen strings. Each list's own run is cheap, but running them in turn evicted each other's code
// from the processor's caches, so a reply paid about twice what the same runs cost list by list; and
// nine in ten of those runs matched nothing (docs/rubric.md, nineteenth pass). An automaton is a table
// of data, read one entry per character.
//
// The page does without it (cue-automaton.browser.ts says why): there every list runs as before.
//
// Each list has an automaton of its own. One automaton over all of them read a text once for every
// list, but on real talk it needed a state for every mix of partial matches across lists: 131,000 states
// over our case texts, against 87,000 for all the lists' own automata together (37,000 since the
// loosenings in regex-nfa.ts).

/** A regex that asks its automaton before it runs: the same matches and the same `lastIndex` as the plain regex. */
class GatedRegExp extends RegExp {
  static override get [Symbol.species](): RegExpConstructor {
    return RegExp; // split and matchAll build their own copies: plain ones
  }

  private automaton: CueAutomaton | null | undefined; // null: none here (the page)
  private readonly resetsLastIndex: boolean; // a failed exec sets lastIndex to 0 (flags g and y)

  constructor(re: RegExp) {
    super(re.source, re.flags);
    this.resetsLastIndex = re.global || re.sticky;
  }

  /** The list's automaton, built on first use. */
  gate(): CueAutomaton | null {
    if (this.automaton === undefined) this.automaton = cueAutomaton(this.source) ?? null;
    return this.automaton;
  }

  /** How many DFA states its automaton has built; 0 before its first use. */
  get states(): number {
    return this.automaton?.size ?? 0;
  }

  override exec(text: string): RegExpExecArray | null {
    const automaton = this.gate();
    // String(): exec reads what it is given as a string, as RegExp.prototype.exec does (undefined as "undefined").
    if (!automaton || automaton.mayMatch(String(text))) return super.exec(text);
    if (this.resetsLastIndex) this.lastIndex = 0;
    return null;
  }
}

const gatedLists: GatedRegExp[] = [];

/** `re` behind the gate. Only flags g and y are allowed: they do not change which texts can match. */
export function gated(re: RegExp): RegExp {
  if (/[^gy]/.test(re.flags)) throw new Error(`cue-gate: flags ${re.flags} are not supported`);
  const list = new GatedRegExp(re);
  gatedLists.push(list);
  return list;
}

/** Whether `re` runs behind the gate (its tests walk every gated list). */
export const isGated = (re: RegExp): boolean => re instanceof GatedRegExp;

/** One step per gated list that builds its automaton, for the warm-up (warm-up.ts), so no text waits for one. */
export const cueGateBuilds = (): (() => void)[] => gatedLists.map((list) => () => void list.gate());

/** How many lists the gate holds, and how many DFA states their automata have built (bench:rubric prints both). */
export const cueGateSize = (): { lists: number; states: number } => ({
  lists: gatedLists.length,
  states: gatedLists.reduce((sum, list) => sum + list.states, 0),
});
