import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createSessionOverHttp,
  signUpOverHttp,
  startServerProcess,
  tempDatabasePath,
  type ServerProcess,
  SERVER_PROCESS_TEST_MS,
} from '../helpers/server-process';
import { openStreamAt } from '../helpers/ws-client';

// server/server.ts closes through close-with-grace: SIGTERM mid-stream closes the app and exits 0,
// with the leader's reply kept.

let server: ServerProcess | undefined;
let database: ReturnType<typeof tempDatabasePath>;

afterEach(async () => {
  await server?.kill();
  database.remove();
});

describe('graceful shutdown', { timeout: SERVER_PROCESS_TEST_MS }, () => {
  it('exits with code 0 on SIGTERM while a persona reply is streaming', async () => {
    database = tempDatabasePath();
    server = await startServerProcess({ DATABASE_PATH: database.path, SIMULATOR_WORD_DELAY_MS: '300', CLOSE_GRACE_MS: '5000' });
    const cookie = await signUpOverHttp(server.base, 'shutdown@example.com');
    const sessionId = await createSessionOverHttp(server.base, cookie, 'numbers-dont-match');
    const stream = await openStreamAt(server.base, sessionId, cookie);
    const socketClosed = new Promise((resolve) => stream.socket.once('close', resolve));
    stream.send({ type: 'reply', text: 'What would help you most this week?' });
    expect((await stream.next()).type).toBe('turn.saved');

    const exited = new Promise<number | null>((resolve) => server!.child.once('exit', (code) => resolve(code)));
    server.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    await socketClosed;

    const db = new Database(database.path, { readonly: true });
    const leaderTurns = db.prepare("select text from turns where session_id = ? and speaker = 'leader'").all(sessionId);
    db.close();
    expect(leaderTurns).toEqual([{ text: 'What would help you most this week?' }]);
  });
});
