import { afterEach, describe, expect, it } from 'vitest';
import {
  createSessionOverHttp,
  signUpOverHttp,
  startServerProcess,
  type ServerProcess,
  SERVER_PROCESS_TEST_MS,
} from '../helpers/server-process';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { openStreamAt, retryUntilAnswered, type MessageQueue } from '../helpers/ws-client';

// The real process, killed without warning right after `turn.saved`: the leader's reply must be on disk.

const servers: ServerProcess[] = [];
const streams: MessageQueue[] = [];
let database: TestDatabase;

const start = async () => {
  // Slow words keep the persona mid-stream when the process is killed.
  const server = await startServerProcess({ ...database.env, SIMULATOR_WORD_DELAY_MS: '300', TURN_LEASE_MS: '1000' });
  servers.push(server);
  return server;
};

const openStream = async (base: string, sessionId: string, cookie: string) => {
  const stream = await openStreamAt(base, sessionId, cookie);
  streams.push(stream);
  return stream;
};

afterEach(async () => {
  for (const stream of streams.splice(0)) stream.close();
  for (const server of servers.splice(0)) await server.kill();
  await database.remove();
});

describe('durability of a leader reply', { timeout: SERVER_PROCESS_TEST_MS }, () => {
  it('survives the server being killed right after turn.saved, and the turn can be answered after restart', async () => {
    database = await createTestDatabase();
    const first = await start();
    const cookie = await signUpOverHttp(first.base, 'durable@example.com');
    const sessionId = await createSessionOverHttp(first.base, cookie, 'numbers-dont-match');

    const stream = await openStream(first.base, sessionId, cookie);
    stream.send({ type: 'reply', text: 'What is getting in the way right now?' });
    expect((await stream.next()).type).toBe('turn.saved');
    await first.kill();

    const rows = await database.query('select idx, speaker, text from turns where session_id = $1 order by idx', [sessionId]);
    expect(rows).toEqual([
      expect.objectContaining({ idx: 0, speaker: 'persona' }),
      { idx: 1, speaker: 'leader', text: 'What is getting in the way right now?' },
    ]);

    // The session secret is stored in the database, so the same cookie works after the restart.
    const second = await start();
    const again = await openStream(second.base, sessionId, cookie);
    // On PostgreSQL the killed node's claim on the turn lasts until its lease lapses (1 s here): busy until then.
    const answered = await retryUntilAnswered(again);
    expect(answered.at(-1)).toMatchObject({ type: 'persona.done', turn: { index: 2, speaker: 'persona' } });
  }, 90_000);
});
