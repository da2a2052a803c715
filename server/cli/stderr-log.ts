import type { Log } from '../llm/log';

// The model engines' warnings (refusals, fallbacks, failed state calls) for a command-line tool: one
// line each on stderr, prefixed with the tool's name, so stdout stays the tool's one JSON object.

export const stderrLog = (tool: string): Log => ({
  info: () => undefined,
  warn: (obj, msg) => process.stderr.write(`${tool}: ${msg} ${JSON.stringify(obj, (k, v) => (k === 'err' ? String(v) : v))}\n`),
});
