import type { Rule } from './classify';
import type { RuleGate } from './rule-gate';

// The page runs every rule: it has no automata to tell which cannot answer (cue-automaton.browser.ts),
// and the live meter re-reads only the sentence being typed.

export const ruleGate = (rules: readonly Rule[]): RuleGate => ({ bitOf: new Int32Array(rules.length), answersFor: (body) => ({ start: body, asked: 0, may: 0 }), mayRun: () => true });
