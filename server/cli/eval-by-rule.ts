import { RULES } from '@core/rubric/classify';
import { familyOf } from '@core/rubric/moves';
import { rubricReading, TASKS, type Task } from './eval-score-csv';

// `eval:rubric --by-rule`: how often each classifier rule fired on a CSV and how often it was wrong.
// A rule fires once per sentence it labels. It counts as wrong when the row's label came out wrong
// and the rule pushed that way: for ask/tell, its move's family is the wrongly predicted label (so
// an "Okay." filler in a mislabelled reply is not blamed); for delegation, whose level is read from
// the whole reply, every rule that fired in a mislabelled row.

export interface RuleTally {
  fired: number;
  wrong: number;
}

export function tallyByRule(rows: readonly { text: string; previousTurn?: string }[], gold: readonly string[], task: Task): Record<string, RuleTally> {
  const tally = new Map<string, RuleTally>();
  rows.forEach((row, i) => {
    const rules: string[] = [];
    const score = rubricReading(row, rules);
    const predicted = TASKS[task].read(score);
    score.moves.forEach((move, k) => {
      const t = tally.get(rules[k]) ?? { fired: 0, wrong: 0 };
      t.fired++;
      if (predicted !== gold[i] && (task === 'delegation' || familyOf(move.kind) === predicted)) t.wrong++;
      tally.set(rules[k], t);
    });
  });
  // In the classifier's order, so the table reads like the rule list; rules that never fired are left out.
  const order = new Map(RULES.map((r, i) => [r.id, i]));
  const ids = [...tally.keys()].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || a.localeCompare(b));
  return Object.fromEntries(ids.map((id) => [id, tally.get(id)!]));
}
