import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '@server/app';
import { loadConfig } from '@server/config';
import { MessageQueue } from '@test/helpers/ws-client';

// The class of defect 1 (issue #7): whatever a socket handler throws, only that socket closes.

let app: FastifyInstance;
let dir: string;
let errors: { level: number; msg: string }[];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'askwell-guard-'));
  errors = [];
  const config = loadConfig({ DATABASE_PATH: join(dir, 'db.sqlite'), LOG_LEVEL: 'warn' });
  app = await buildApp(config, { logStream: { write: (line) => void errors.push(JSON.parse(line)) } });
  // Routes added after the app is composed, as a later feature would: they get the guard for free.
  await app.register(async (extra) => {
    extra.get('/api/test/throws', { websocket: true, config: { access: 'public' } }, (socket) => {
      socket.on('message', () => {
        throw new Error('sync failure in a listener');
      });
    });
    extra.get('/api/test/rejects', { websocket: true, config: { access: 'public' } }, (socket) => {
      socket.on('message', async () => {
        await Promise.resolve();
        const deep: unknown[] = [];
        let cursor = deep;
        for (let i = 0; i < 200_000; i++) cursor = (cursor[0] = []) as unknown[];
        return JSON.stringify(deep); // overflows the stack, the way defect 1 did
      });
    });
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
});
afterEach(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

const wsUrl = (path: string) => `ws://127.0.0.1:${(app.server.address() as { port: number }).port}${path}`;

async function open(path: string) {
  const { default: WebSocket } = await import('ws');
  const socket = new WebSocket(wsUrl(path));
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  const closed = new Promise<number>((resolve) => socket.once('close', resolve));
  return { queue: new MessageQueue(socket), closed };
}

describe('socket guard', () => {
  it.each(['/api/test/throws', '/api/test/rejects'])('closes only the failing socket of %s with an internal error, logged once', async (path) => {
    const bystander = await open(path);
    const failing = await open(path);
    failing.queue.send('first');
    failing.queue.send('second');
    expect(await failing.queue.next()).toMatchObject({ type: 'error', code: 'internal' });
    expect(await failing.closed).toBe(1011);
    expect(errors.filter((line) => line.msg === 'websocket handler failed; closing that socket')).toHaveLength(1);

    expect(bystander.queue.socket.readyState).toBe(bystander.queue.socket.OPEN);
    const health = await fetch(wsUrl('/api/health').replace('ws:', 'http:'));
    expect(health.status).toBe(200);
    bystander.queue.close();
  });
});
