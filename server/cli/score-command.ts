import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileTooLarge } from '@core/transcript/input-lines';
import { MAX_TRANSCRIPT_BYTES, TranscriptError } from '@core/transcript/import-types';
import { parseTranscript } from '@core/transcript/parse-transcript';
import { scoreParsed } from '@core/transcript/score-result';
import { batchProgress } from './batch-progress';
import { chooseLeader, LeaderError } from './choose-leader';
import { expandInputs } from './expand-inputs';
import { renderResult, streamWriter, type OutputFormat } from './score-output';

// `askwell score FILE|DIR|GLOB...`: each file parsed, its leader chosen, scored by the rubric and
// written. A failing file is reported with its reason and the batch goes on; exit code 1 if any failed.

export interface ScoreOptions {
  leader?: string;
  format: OutputFormat;
  out?: string;
}

export async function scoreCommand(inputs: string[], options: ScoreOptions): Promise<number> {
  const files = await expandInputs(inputs);
  const interactive = Boolean(process.stdin.isTTY && process.stderr.isTTY);
  const progress = batchProgress(files.length);
  const toStdout = streamWriter(options.format, (s) => process.stdout.write(s));
  const written = new Set<string>();
  if (options.out) mkdirSync(options.out, { recursive: true });
  let failed = 0;
  for (const file of files) {
    try {
      const parsed = parseTranscript(readFile(file), { fileName: file });
      const fromFile = parsed.session?.session.leaderName;
      const choose = () => chooseLeader(file, parsed.speakers, { leader: options.leader, fromFile, interactive });
      // Only a question to the user needs the terminal to itself.
      const asks = interactive && options.leader === undefined && fromFile === undefined;
      const leader = asks ? await progress.pause(choose) : await choose();
      const result = scoreParsed(file, parsed, leader);
      if (options.out) written.add(writeResult(options.out, file, renderResult(result, options.format), options.format, written));
      else toStdout(result);
      progress.tick(file, true);
    } catch (e) {
      if (!(e instanceof TranscriptError || e instanceof LeaderError || e instanceof FileError)) throw e;
      failed++;
      progress.log(`askwell: ${file}: ${e.message}`);
      progress.tick(file, false);
    }
  }
  progress.stop();
  if (files.length > 1 || failed > 0) process.stderr.write(`askwell: ${files.length - failed} scored, ${failed} failed\n`);
  return failed > 0 ? 1 : 0;
}

class FileError extends Error {}

function readFile(file: string): string {
  // Refused before reading: a 2 GB file named .vtt should not be loaded to be told it is too big.
  if ((statSync(file, { throwIfNoEntry: false })?.size ?? 0) > MAX_TRANSCRIPT_BYTES + 3) throw fileTooLarge();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FileError('no such file');
    if (code === 'EISDIR') throw new FileError('is a directory');
    if (e instanceof TypeError) throw new FileError('not UTF-8 text (save the transcript as UTF-8)');
    throw new FileError(`cannot read (${code ?? (e as Error).message})`);
  }
}

/** `<out>/<name>.<format>`, numbered when two inputs share a name. */
function writeResult(out: string, file: string, text: string, format: OutputFormat, taken: ReadonlySet<string>): string {
  let target = join(out, `${basename(file)}.${format}`);
  for (let n = 2; taken.has(target); n++) target = join(out, `${basename(file)}-${n}.${format}`);
  writeFileSync(target, text);
  return target;
}
