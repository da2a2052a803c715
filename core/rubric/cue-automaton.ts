import { LazyDfa } from './lazy-dfa';

// The cue gate's automaton for a list (cue-gate.ts), where it pays: in Node (the server, the CLI, the
// benches and tests). The page gets cue-automaton.browser.ts instead, through package.json's
// "#cue-automaton" import, which bundlers resolve with the "browser" condition.

/** What the gate asks of a list's automaton. */
export interface CueAutomaton {
  /** Whether the list may match somewhere in `text`: false only when it cannot. */
  mayMatch(text: string): boolean;
  /** How many DFA states it has built. */
  readonly size: number;
}

/** The list's automaton; none for a source regex-nfa.ts cannot read, which then runs ungated. */
export function cueAutomaton(source: string): CueAutomaton | undefined {
  try {
    return new LazyDfa(source);
  } catch {
    return undefined;
  }
}
