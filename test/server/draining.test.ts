import { afterEach, describe, expect, it } from 'vitest';
import { createSessionOverHttp, signUpOverHttp, startServerProcess, type ServerProcess, SERVER_PROCESS_TEST_MS } from '../helpers/server-process';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { openStreamAt, retryUntilAnswered, type MessageQueue } from '../helpers/ws-client';

// SIGTERM on a real process: the node says `draining`, takes no new socket, stores the turn it
// cannot finish in time as interrupted, closes its sockets with 1012, and another node completes it.

const servers: ServerProcess[] = [];
const streams: MessageQueue[] = [];
let database: TestDatabase;

afterEach(async () => {
  for (const stream of streams.splice(0)) stream.close();
  for (const server of servers.splice(0)) await server.kill();
  await database.remove();
});

describe('graceful shutdown', { timeout: SERVER_PROCESS_TEST_MS }, () => {
  it('drains on SIGTERM: health says draining, sockets are refused, the cut turn is stored and retried elsewhere', async () => {
    database = await createTestDatabase();
    // Slow words and a short grace: the turn is still streaming when the grace runs out.
    const env = { ...database.env, SIMULATOR_WORD_DELAY_MS: '150', DRAIN_TIMEOUT_MS: '1200', TURN_LEASE_MS: '1000' };
    const node = await startServerProcess(env);
    servers.push(node);
    const cookie = await signUpOverHttp(node.base, 'drain@example.com');
    const sessionId = await createSessionOverHttp(node.base, cookie, 'numbers-dont-match');
    const stream = await openStreamAt(node.base, sessionId, cookie);
    streams.push(stream);
    stream.send({ type: 'reply', text: 'What is getting in the way right now?' });
    await stream.until('persona.delta', 10_000);
    const closed = new Promise<number>((resolve) => stream.socket.once('close', resolve));

    node.child.kill('SIGTERM');
    let health: Response | undefined;
    for (let i = 0; i < 50 && health?.status !== 503; i++) {
      health = await fetch(`${node.base}/api/health`);
      if (health.status !== 503) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(health?.status).toBe(503);
    expect(await health!.json()).toMatchObject({ status: 'draining' });
    await expect(openStreamAt(node.base, sessionId, cookie)).rejects.toThrow(/503/);

    expect(await closed).toBe(1012);
    await new Promise((resolve) => node.child.once('exit', resolve));
    const rows = await database.query<{ idx: number; speaker: string; interrupted: unknown }>(
      'select idx, speaker, interrupted from turns where session_id = $1 order by idx',
      [sessionId],
    );
    expect(rows.map((row) => [row.idx, row.speaker, Boolean(row.interrupted)])).toEqual([
      [0, 'persona', false],
      [1, 'leader', false],
      [2, 'persona', true],
    ]);

    const other = await startServerProcess({ ...env, SIMULATOR_WORD_DELAY_MS: '0' });
    servers.push(other);
    const again = await openStreamAt(other.base, sessionId, cookie);
    streams.push(again);
    const answered = await retryUntilAnswered(again);
    expect(answered.at(-1)).toMatchObject({ type: 'persona.done', turn: { index: 2, speaker: 'persona' } });
  }, 90_000);
});
