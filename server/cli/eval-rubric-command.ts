import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError } from '../config';
import { CsvError } from './csv-records';
import { TASKS, UsageError, evaluate, type Task } from './eval-score-csv';
import { evaluateWithJudge } from './eval-with-judge';
import { llmJudgeRefine } from './llm-judge-refine';
import { stderrLog } from './stderr-log';

// npm run -s eval:rubric -- --csv FILE --task asktell|delegation [--judge rubric|llm] [--by-rule]
// Scores each row's `text` (with `context` as the other person's previous turn when present) and
// prints one JSON object of agreement figures on stdout (RUBRIC.md §4). `--judge llm` passes each
// rubric reading through the LLM judge configured by the LLM_* env vars, as the server does.
// `--by-rule` adds `by_rule`: {ruleId: {fired, wrong}} for the offline rubric's classifier rules.
// Bad input: message on stderr, exit code 2.

export async function evalRubricCommand(argv: string[]): Promise<number> {
  let csvPath: string;
  let task: string;
  let judge: string;
  let byRule: boolean;
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        csv: { type: 'string' },
        task: { type: 'string' },
        judge: { type: 'string', default: 'rubric' },
        'by-rule': { type: 'boolean', default: false },
      },
      strict: true,
    });
    if (!values.csv) throw new UsageError('missing --csv FILE');
    if (!values.task || !(values.task in TASKS)) throw new UsageError(`--task must be one of ${Object.keys(TASKS).join(', ')}`);
    if (values.judge !== 'rubric' && values.judge !== 'llm') throw new UsageError('--judge must be rubric or llm');
    csvPath = values.csv;
    task = values.task;
    if (values['by-rule'] && values.judge === 'llm') throw new UsageError('--by-rule counts the offline rubric\'s rules; it cannot be combined with --judge llm');
    judge = values.judge;
    byRule = values['by-rule'];
  } catch (e) {
    process.stderr.write(`eval:rubric: ${(e as Error).message}\nusage: npm run -s eval:rubric -- --csv FILE --task asktell|delegation [--judge rubric|llm] [--by-rule]\n`);
    return 2;
  }
  let csv: string;
  try {
    csv = readFileSync(csvPath, 'utf8');
  } catch (e) {
    process.stderr.write(`eval:rubric: cannot read ${csvPath}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return 2;
  }
  try {
    const result =
      judge === 'llm'
        ? await evaluateWithJudge(csv, task as Task, llmJudgeRefine(process.env, stderrLog('eval:rubric')))
        : evaluate(csv, task as Task, { byRule });
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof CsvError || e instanceof UsageError || e instanceof ConfigError) {
      process.stderr.write(`eval:rubric: ${csvPath}: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
