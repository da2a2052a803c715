import { statSync } from 'node:fs';
import { join } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

// FILE|DIR|GLOB arguments to a list of files. A directory stands for the transcripts directly in
// it; a name that matches nothing is kept, so the batch reports it as a failed file.

const TRANSCRIPT_EXTENSIONS = ['vtt', 'srt', 'txt', 'json'];

export async function expandInputs(args: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    const stat = statSync(arg, { throwIfNoEntry: false });
    if (stat?.isDirectory()) {
      const inside = await glob(`*.{${TRANSCRIPT_EXTENSIONS.join(',')}}`, { cwd: arg, onlyFiles: true });
      files.push(...inside.sort().map((f) => join(arg, f)));
    } else if (!stat && isDynamicPattern(arg)) {
      files.push(...(await glob(arg, { onlyFiles: true })).sort());
    } else {
      files.push(arg);
    }
  }
  return [...new Set(files)];
}
