import { LazyDfa } from './lazy-dfa';

// One read of a text for all the cue lists that may match anywhere in it (cue-automaton.ts). A sentence
// is asked of a dozen such lists in turn (takeover, advice, directive, praise, reflection, ...), and each
// list's own automaton read the whole sentence again: about 180 ns for 50 characters (a bare loop over
// them takes about 100 ns on this machine). One automaton over every alternative of those lists reads it
// once, in about 300 ns for all 16 of them, and each list then runs just its alternatives that may
// match, as before. The answer for each alternative is the same as its own list's automaton gives: the
// automata are built from the same alternatives, and a DFA over several NFAs tells each one's matches.
//
// The cost is states: over our 19,527 case and development texts it built about 40,000 (a state holds
// every mix of partial matches across the lists), where the lists' own automata hold about 2,200. Past
// MAX_STATES it starts again (lazy-dfa.ts), so memory stays bounded; a read past the bound is answered by
// the lists' own automata.

/** The union's state bound: above what all our case texts build, so a server settles rather than starts again. */
const MAX_STATES = 60_000;
/** The recent texts whose answers are kept: a sentence, its body after fillers, and the whole reply are asked in turn. */
const TEXTS_KEPT = 3;

const NONE: readonly number[] = [];

interface Answer {
  text: string;
  /** The alternatives that may match, by their number across all lists, in order; undefined: cannot tell. */
  found: readonly number[] | undefined;
}

export class SharedRead {
  private readonly dfa: LazyDfa;
  /** Where each list's alternatives start in the numbering across all lists, and one past the last list's. */
  private readonly starts: number[] = [0];
  private readonly answers: Answer[] = [];
  private next = 0;

  /** `lists`: each list's alternatives as regex sources, all unanchored, none matching the empty text. */
  constructor(lists: readonly (readonly string[])[], maxStates = MAX_STATES) {
    for (const alternatives of lists) this.starts.push(this.starts[this.starts.length - 1] + alternatives.length);
    this.dfa = new LazyDfa(lists.flat(), maxStates);
  }

  /**
   * Which of list `index`'s alternatives (its own numbering) may match somewhere in `text`, in order;
   * undefined when the read cannot tell (the state bound), and the list's own automaton must.
   */
  alternativesIn(index: number, text: string): readonly number[] | undefined {
    const found = this.answer(text);
    if (!found) return undefined;
    const start = this.starts[index];
    const end = this.starts[index + 1];
    let first = 0;
    while (first < found.length && found[first] < start) first++;
    if (first === found.length || found[first] >= end) return NONE;
    const own: number[] = [];
    for (let i = first; i < found.length && found[i] < end; i++) own.push(found[i] - start);
    return own;
  }

  /** How many states the automaton has built. */
  get size(): number {
    return this.dfa.size;
  }

  private answer(text: string): readonly number[] | undefined {
    for (const kept of this.answers) if (kept.text === text) return kept.found;
    const found = this.dfa.alternativesIn(text);
    this.answers[this.next] = { text, found };
    this.next = (this.next + 1) % TEXTS_KEPT;
    return found;
  }
}
