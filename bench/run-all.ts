import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

// `npm run bench`: every `bench:<name>` script in turn; each prints one JSON object.
const { scripts } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  scripts: Record<string, string>;
};
let failed = false;
for (const name of Object.keys(scripts).filter((script) => script.startsWith('bench:'))) {
  const run = spawnSync('npm', ['run', '-s', name], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  process.stdout.write(`${name}: ${run.stdout.trim()}\n`);
  failed ||= run.status !== 0;
}
process.exit(failed ? 1 : 0);
