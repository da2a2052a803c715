import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
export const WEB_DIST = join(ROOT, 'dist/web');

/** Inputs of the web bundle: the app, the core modules it imports, and package.json, whose "imports" pick the page's own modules (#cue-automaton, #word-lean, #rule-gate). */
const WEB_INPUTS = ['web', 'core', 'vite.config.ts', 'package.json', 'package-lock.json'].map((path) => join(ROOT, path));

const newestMtime = (path: string): number => {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestMtime(join(path, entry))), stat.mtimeMs);
};

export function isWebBuildStale(): boolean {
  const built = join(WEB_DIST, 'index.html');
  if (!existsSync(built)) return true;
  return WEB_INPUTS.some((input) => newestMtime(input) > statSync(built).mtimeMs);
}

/** Builds the web app with Vite when its build is missing or older than its sources. */
export async function ensureWebBuild(log: (message: string) => void = console.log): Promise<void> {
  if (!isWebBuildStale()) return;
  log('Building the web app (missing or stale)...');
  const { build } = await import('vite');
  await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
}
