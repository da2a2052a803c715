import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { createInterface } from 'node:readline';
import { join } from 'node:path';

// Askwell as its own process (`server/server.ts`, API only), for tests and benches that need the
// real boot path, a real crash, or a server whose event loop is not shared with the client.

const ROOT = join(import.meta.dirname, '../..');

export interface ServerProcess {
  base: string;
  child: ChildProcess;
  /** Sends SIGKILL and waits for the process to exit. */
  kill: () => Promise<void>;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** How long a process is given to boot (tsx compiles the server first, slowly on a loaded machine). */
const BOOT_TIMEOUT_MS = 30_000;
/** A test that boots a server process or two: room for the boots beyond vitest's 20 s default. */
export const SERVER_PROCESS_TEST_MS = 2 * BOOT_TIMEOUT_MS;

/** `onLogLine` receives the process's stdout (its JSON log) line by line; otherwise output is dropped. */
export async function startServerProcess(
  env: Record<string, string>,
  timeoutMs = BOOT_TIMEOUT_MS,
  onLogLine?: (line: string) => void,
  /** Extra Node flags (a bench's `--cpu-prof`). */
  nodeArgs: string[] = [],
): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'server/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'silent', ...env, PORT: String(port), ASKWELL_API_ONLY: '1' },
    stdio: ['ignore', onLogLine ? 'pipe' : 'ignore', 'ignore'],
  });
  if (onLogLine && child.stdout) createInterface({ input: child.stdout }).on('line', onLogLine);
  const base = `http://127.0.0.1:${port}`;
  const kill = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await fetch(`${base}/api/health`).then((r) => r.status, () => 0);
    if (status === 200) return { base, child, kill };
    if (child.exitCode !== null || Date.now() > deadline) {
      await kill();
      throw new Error(`server process did not become healthy (exit code ${child.exitCode})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Signs up over real HTTP and returns the cookie header. */
export async function signUpOverHttp(base: string, email: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'long enough', name: 'Lee', role: 'leader' }),
  });
  if (response.status !== 201) throw new Error(`signup failed: ${response.status}`);
  return response.headers.getSetCookie()[0].split(';')[0];
}

/** Creates a practice session over real HTTP; returns its id. */
export async function createSessionOverHttp(base: string, cookie: string, scenarioId: string, feedbackEnabled = true): Promise<string> {
  const response = await fetch(`${base}/api/sessions`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ scenarioId, feedbackEnabled }),
  });
  if (response.status !== 201) throw new Error(`create session failed: ${response.status}`);
  return ((await response.json()) as { id: string }).id;
}

export function tempDatabasePath(): { path: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'askwell-proc-'));
  return { path: join(dir, 'askwell.db'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
