import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { MessageQueue } from '../helpers/ws-client';

// The real process, killed without warning right after `turn.saved`: the leader's reply must be on disk.

const ROOT = join(import.meta.dirname, '../..');
const children: ChildProcess[] = [];
let dir: string;

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

async function startServer(databasePath: string): Promise<string> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DATABASE_PATH: databasePath, ASKWELL_API_ONLY: '1', LOG_LEVEL: 'silent', SIMULATOR_WORD_DELAY_MS: '300' },
    stdio: 'ignore',
  });
  children.push(child);
  const base = `http://127.0.0.1:${port}`;
  await expect.poll(() => fetch(`${base}/api/health`).then((r) => r.status, () => 0), { timeout: 30_000, interval: 200 }).toBe(200);
  return base;
}

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe('durability of a leader reply', () => {
  it('survives the server being killed right after turn.saved, and the turn can be answered after restart', async () => {
    dir = mkdtempSync(join(tmpdir(), 'askwell-durable-'));
    const databasePath = join(dir, 'askwell.db');
    const base = await startServer(databasePath);

    const signup = await fetch(`${base}/api/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'durable@example.com', password: 'long enough', name: 'D', role: 'leader' }),
    });
    const cookie = signup.headers.getSetCookie()[0].split(';')[0];
    const [scenario] = (await (await fetch(`${base}/api/scenarios`, { headers: { cookie } })).json()) as { id: string }[];
    const session = (await (
      await fetch(`${base}/api/sessions`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify({ scenarioId: scenario.id }),
      })
    ).json()) as { id: string };

    const socket = new WebSocket(`${base.replace('http', 'ws')}/api/sessions/${session.id}/stream`, { headers: { cookie } });
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    const queue = new MessageQueue(socket);
    queue.send({ type: 'reply', text: 'What is getting in the way right now?' });
    expect((await queue.next()).type).toBe('turn.saved');
    children[0].kill('SIGKILL');
    await new Promise((resolve) => children[0].once('exit', resolve));

    const db = new Database(databasePath, { readonly: true });
    const rows = db.prepare('select idx, speaker, text from turns where session_id = ? order by idx').all(session.id);
    db.close();
    expect(rows).toEqual([
      expect.objectContaining({ idx: 0, speaker: 'persona' }),
      { idx: 1, speaker: 'leader', text: 'What is getting in the way right now?' },
    ]);

    const restarted = await startServer(databasePath);
    const again = new WebSocket(`${restarted.replace('http', 'ws')}/api/sessions/${session.id}/stream`, { headers: { cookie } });
    await new Promise((resolve, reject) => again.once('open', resolve).once('error', reject));
    const second = new MessageQueue(again);
    second.send({ type: 'retry' });
    const answered = await second.until('persona.done', 30_000);
    expect(answered.at(-1)).toMatchObject({ type: 'persona.done', turn: { index: 2, speaker: 'persona' } });
    again.terminate();
  }, 90_000);
});
