import type { CueAutomaton, ListBehindGate } from './cue-automaton';

// The page runs its cue lists ungated. In Chromium the gate measured no faster (bench:web, docs/rubric.md:
// the live meter re-reads one sentence, whose lists stay hot), and its automata would take the practice
// page past its 150 KB budget (issue 11): 2.9 KB gzip.

export const cueAutomaton = (source: string, alternatives?: readonly string[], everyList?: readonly ListBehindGate[]): CueAutomaton | undefined => void [source, alternatives, everyList];

/** The page runs every rule: no automaton tells it how a list may start. */
export const plainMayStart = (...asked: [list: RegExp, start: string]): boolean => asked.length > 0;
