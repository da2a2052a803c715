import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CsvError } from './csv-parse';
import { TASKS, UsageError, evaluate, type Task } from './eval-score-csv';

// npm run -s eval:rubric -- --csv FILE --task asktell|delegation [--judge rubric]
// Scores each row's `text` (with `context` as the other person's previous turn when present) and
// prints one JSON object of agreement figures on stdout (RUBRIC.md §4). Bad input: message on
// stderr, exit code 2.

function main(argv: string[]): number {
  let csvPath: string;
  let task: string;
  try {
    const { values } = parseArgs({
      args: argv,
      options: { csv: { type: 'string' }, task: { type: 'string' }, judge: { type: 'string', default: 'rubric' } },
      strict: true,
    });
    if (!values.csv) throw new UsageError('missing --csv FILE');
    if (!values.task || !(values.task in TASKS)) throw new UsageError(`--task must be one of ${Object.keys(TASKS).join(', ')}`);
    if (values.judge !== 'rubric') {
      throw new UsageError(`--judge ${values.judge} is not available here; only the offline rubric scorer is evaluated (--judge rubric)`);
    }
    csvPath = values.csv;
    task = values.task;
  } catch (e) {
    process.stderr.write(`eval:rubric: ${(e as Error).message}\nusage: npm run -s eval:rubric -- --csv FILE --task asktell|delegation\n`);
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
    process.stdout.write(`${JSON.stringify(evaluate(csv, task as Task))}\n`);
    return 0;
  } catch (e) {
    if (e instanceof CsvError || e instanceof UsageError) {
      process.stderr.write(`eval:rubric: ${csvPath}: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

process.exitCode = main(process.argv.slice(2));
