import cliProgress from 'cli-progress';

// Progress for `askwell score`: a bar on a terminal, one plain line per file otherwise (logs, CI),
// always on stderr so stdout stays the results.

export interface BatchProgress {
  /** A message that must be seen (a failure), printed above the bar. */
  log(line: string): void;
  /** A file is done. */
  tick(file: string, ok: boolean): void;
  /** Hides the bar while something else (the leader question) uses the terminal. */
  pause<T>(during: () => Promise<T>): Promise<T>;
  stop(): void;
}

export function batchProgress(total: number, stderr: NodeJS.WriteStream = process.stderr): BatchProgress {
  if (!stderr.isTTY || total < 2) {
    return {
      log: (line) => stderr.write(`${line}\n`),
      tick: (file, ok) => {
        if (ok && total > 1) stderr.write(`askwell: scored ${file}\n`);
      },
      pause: (during) => during(),
      stop: () => undefined,
    };
  }
  const bars = new cliProgress.MultiBar(
    { stream: stderr, format: 'scoring {bar} {value}/{total} files | {file}', hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  let done = 0;
  let bar = bars.create(total, 0, { file: '' });
  return {
    log: (line) => bars.log(`${line}\n`),
    tick: (file) => bar.update(++done, { file }),
    async pause(during) {
      bars.remove(bar);
      bars.stop();
      try {
        return await during();
      } finally {
        bar = bars.create(total, done, { file: '' });
      }
    },
    stop: () => bars.stop(),
  };
}
