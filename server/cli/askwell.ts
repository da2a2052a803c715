import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { MAX_TRANSCRIPT_BYTES, MAX_TRANSCRIPT_CUES } from '@core/transcript/import-types';
import { evalRubricCommand } from './eval-rubric-command';
import { scoreCommand } from './score-command';
import { FORMATS, type OutputFormat } from './score-output';

// `askwell`: the command line, without the server. Exit codes: 0 fine, 1 some file failed,
// 2 bad usage.

// `askwell score ... | head` closes stdout early: that is the reader being done, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

const ROOT = new URL('../../', import.meta.url);
const { version, scripts } = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8')) as { version: string; scripts: Record<string, string> };

const program = new Command('askwell')
  .description('Askwell from the command line: score real conversations with the ask-versus-tell and delegation rubric.')
  .version(version)
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) })
  .showHelpAfterError('(run with --help for usage)');

program
  .command('score')
  .description('Score meeting transcripts: each leader reply gets its moves and delegation level, each file a scorecard.')
  .argument('<inputs...>', 'transcript files, directories (their .vtt, .srt, .txt and .json files) or glob patterns')
  .option('--leader <name>', "which speaker is the leader (case-insensitive); without it a terminal asks, anything else fails with the speaker list")
  .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('json'))
  .option('--out <dir>', 'write one file per input into DIR (<name>.<format>) instead of printing to stdout')
  .addHelpText(
    'after',
    `
Formats read: WebVTT (Teams/Zoom voice tags <v Name> or "Name:" prefixes), SRT (with or without
"Name:" prefixes), plain text ("Name: text" lines) and Askwell session JSON exports. Up to
${MAX_TRANSCRIPT_BYTES / 1024 / 1024} MB and ${MAX_TRANSCRIPT_CUES.toLocaleString('en')} cues per file.
A session JSON file is scored on its main line: the session's own turns, as exported. Its branches
(other tries from one of its replies) are checked like the rest of the file but not scored; export
a branch on its own to score it.

Output --format json: one JSON object per file, one per line:
  {file, leader, speakers: [{name, words}], turns: [{index, speaker, start, end, text, score}], scorecard}
  start/end are seconds or null; score is the rubric's reading of the leader's turns, null for others;
  scorecard figures that need a practice scenario have value null ("not applicable").
--format md: a Markdown transcript with each reply's moves; --format csv: one row per turn.

Progress goes to stderr: a bar on a terminal, one line per file otherwise. A file that fails is
reported with its reason and the others are still scored.
Exit codes: 0 all scored, 1 some file failed, 2 bad usage.

Examples:
  askwell score meeting.vtt --leader "Priya Shah"
  askwell score transcripts/ --leader Priya --format md --out scored/
  askwell score 'calls/**/*.srt' --leader Sam --format csv > replies.csv`,
  )
  .action(async (inputs: string[], options: { leader?: string; format: OutputFormat; out?: string }) => {
    process.exitCode = await scoreCommand(inputs, options);
  });

program
  .command('eval')
  .description('Agreement of the rubric with a labelled CSV (same as npm run eval:rubric).')
  .usage('--csv FILE --task asktell|delegation [--judge rubric|llm]')
  .allowUnknownOption()
  .helpOption(false)
  .argument('[args...]')
  .action(async (args: string[]) => {
    if (args.includes('--help') || args.includes('-h')) {
      process.stdout.write(`${program.commands.find((c) => c.name() === 'eval')!.helpInformation()}
Prints one JSON object of agreement figures (accuracy, macro F1, kappa, per label) on stdout.
--judge llm passes each reading through the LLM judge set by LLM_BASE_URL, LLM_API_KEY and LLM_MODEL.
Exit codes: 0 done, 2 bad usage or a malformed CSV.
`);
      return;
    }
    process.exitCode = await evalRubricCommand(args);
  });

program
  .command('bench')
  .description('Run the benchmarks (all, or one by name such as rubric, stream, import); each prints one JSON object.')
  .argument('[name]', 'one benchmark')
  .action((name?: string) => {
    const script = name ? `bench:${name}` : 'bench';
    if (!Object.hasOwn(scripts, script)) {
      const known = Object.keys(scripts).filter((s) => s.startsWith('bench:')).map((s) => s.slice(6));
      throw new CommanderError(2, 'askwell.bench', `unknown benchmark "${name}"; known: ${known.join(', ')}`);
    }
    const run = spawnSync('npm', ['run', '-s', script], { cwd: ROOT, stdio: 'inherit' });
    process.exitCode = run.status ?? 1;
  });

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (!(e instanceof CommanderError)) throw e;
  // Help and version exit 0; every other parse error is bad usage.
  if (e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version') process.exitCode = 0;
  else {
    if (e.code === 'askwell.bench') process.stderr.write(`askwell bench: ${e.message}\n`);
    process.exitCode = 2;
  }
}
