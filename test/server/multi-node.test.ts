import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { ServerMessage } from '@server/practice/messages';
import { createSessionOverHttp, signUpOverHttp, startServerProcess, type ServerProcess } from '../helpers/server-process';
import { createTestDatabase, testEngine, type TestDatabase } from '../helpers/test-database';
import { openStreamAt, retryUntilAnswered, type MessageQueue } from '../helpers/ws-client';

// Two real Askwell processes on one PostgreSQL database, as behind a load balancer with no sticky
// sessions: fan-out, the one-reply-at-a-time claim and a crashed node, across nodes.

const LEASE_MS = 1500;
let database: TestDatabase;
let a: ServerProcess;
let b: ServerProcess;
const streams: MessageQueue[] = [];

const open = async (node: ServerProcess, sessionId: string, cookie: string) => {
  const stream = await openStreamAt(node.base, sessionId, cookie);
  streams.push(stream);
  return stream;
};

/** Reads whatever is already queued or arrives within `quietMs`. */
async function drain(stream: MessageQueue, quietMs = 300): Promise<ServerMessage[]> {
  const seen: ServerMessage[] = [];
  for (;;) {
    const next = await stream.next(quietMs).catch(() => undefined);
    if (!next) return seen;
    seen.push(next);
  }
}

const transcriptIndexes = async (node: ServerProcess, sessionId: string, cookie: string) => {
  const session = (await (await fetch(`${node.base}/api/sessions/${sessionId}`, { headers: { cookie } })).json()) as {
    turns: { index: number; speaker: string; interrupted?: boolean }[];
  };
  return session.turns;
};

const contiguous = (turns: { index: number }[]) => turns.map((turn) => turn.index).every((index, i) => index === i);

describe.skipIf(testEngine !== 'postgres')('two nodes on one PostgreSQL', () => {
  beforeAll(async () => {
    database = await createTestDatabase();
    const env = { ...database.env, SIMULATOR_WORD_DELAY_MS: '25', TURN_LEASE_MS: String(LEASE_MS) };
    a = await startServerProcess(env);
    b = await startServerProcess(env);
  }, 60_000);

  afterAll(async () => {
    for (const stream of streams) stream.close();
    await a?.kill();
    await b?.kill();
    await database?.remove();
  });

  it('shows every turn to a leader’s sockets on both nodes, whichever node the reply went through', async () => {
    const cookie = await signUpOverHttp(a.base, 'two-tabs@example.com');
    const sessionId = await createSessionOverHttp(a.base, cookie, 'numbers-dont-match');
    const onA = await open(a, sessionId, cookie);
    const onB = await open(b, sessionId, cookie);

    for (const [via, text] of [[onA, 'What is getting in the way?'], [onB, 'What have you tried so far?']] as const) {
      via.send({ type: 'reply', text });
      const seenOnA = await onA.until('feedback.done', 15_000);
      const seenOnB = await onB.until('feedback.done', 15_000);
      expect(seenOnA[0]).toMatchObject({ type: 'turn.saved', turn: { speaker: 'leader', text } });
      // The same messages in the same order on both nodes.
      expect(seenOnB).toEqual(seenOnA);
      expect(seenOnA.some((m) => m.type === 'persona.delta')).toBe(true);
    }
    expect(await transcriptIndexes(b, sessionId, cookie)).toHaveLength(5);
  }, 60_000);

  it('answers one of two replies sent through both nodes at once; the other gets busy; no gap or duplicate index', async () => {
    const cookie = await signUpOverHttp(b.base, 'race@example.com');
    const sessionId = await createSessionOverHttp(b.base, cookie, 'numbers-dont-match');
    const onA = await open(a, sessionId, cookie);
    const onB = await open(b, sessionId, cookie);
    for (let round = 0; round < 3; round++) {
      onA.send({ type: 'reply', text: `Through A, round ${round}: what do you need?` });
      onB.send({ type: 'reply', text: `Through B, round ${round}: what would you do?` });
      const seenOnA = await onA.until('feedback.done', 15_000);
      const seenOnB = await onB.until('feedback.done', 15_000);
      const errors = [...seenOnA, ...seenOnB].filter((m) => m.type === 'error');
      expect(errors).toEqual([expect.objectContaining({ code: 'busy' })]);
      // Each socket saw exactly one saved reply: the one that was answered.
      expect(seenOnA.filter((m) => m.type === 'turn.saved')).toHaveLength(1);
      expect(seenOnB.filter((m) => m.type === 'turn.saved')).toHaveLength(1);
      await drain(onA);
      await drain(onB);
    }
    const turns = await transcriptIndexes(a, sessionId, cookie);
    expect(turns).toHaveLength(7);
    expect(contiguous(turns)).toBe(true);
    expect(turns.map((turn) => turn.speaker)).toEqual(['persona', 'leader', 'persona', 'leader', 'persona', 'leader', 'persona']);
  }, 60_000);

  it('stops on node A a turn asked from node B, edits through B, tells a reader on B, and logs out everywhere', async () => {
    const cookie = await signUpOverHttp(a.base, 'stop-edit@example.com');
    const sessionId = await createSessionOverHttp(a.base, cookie, 'numbers-dont-match');
    const onA = await open(a, sessionId, cookie);
    const onB = await open(b, sessionId, cookie);
    const events = new WebSocket(`${b.base.replace(/^http/, 'ws')}/api/sessions/${sessionId}/events`, { headers: { cookie } });
    const heard: { type: string; what?: string }[] = [];
    events.on('message', (data) => heard.push(JSON.parse(data.toString()) as { type: string; what?: string }));
    await new Promise((resolve, reject) => events.once('open', resolve).once('error', reject));

    onA.send({ type: 'reply', text: 'What is getting in the way right now?' });
    await onB.until('persona.delta', 10_000);
    // The turn runs on A; the stop goes through B.
    onB.send({ type: 'stop' });
    const stoppedOnA = await onA.until('stopped', 10_000);
    await onB.until('stopped', 10_000);
    expect(stoppedOnA.findLast((m) => m.type === 'persona.done')).toMatchObject({ turn: { index: 2, interrupted: true, stopped: true } });

    onB.send({ type: 'edit', text: 'What would help you most this week?' });
    const edited = await onA.until('feedback.done', 15_000);
    expect(edited[0]).toEqual({ type: 'turns.removed', fromIndex: 1 });
    expect(edited[1]).toMatchObject({ type: 'turn.saved', turn: { index: 1, text: 'What would help you most this week?' } });
    const turns = await transcriptIndexes(a, sessionId, cookie);
    expect(turns.map((turn) => [turn.index, turn.speaker, turn.interrupted ?? false])).toEqual([
      [0, 'persona', false],
      [1, 'leader', false],
      [2, 'persona', false],
    ]);
    // The reader on B heard the turns change, though every turn ran on A.
    expect(heard.filter((e) => e.type === 'session.changed' && e.what === 'turns').length).toBeGreaterThanOrEqual(2);

    // Logging out through A closes the auth session's sockets on B too.
    const closedOnB = new Promise<number>((resolve) => onB.socket.once('close', (code) => resolve(code)));
    const logout = await fetch(`${a.base}/api/auth/logout`, { method: 'POST', headers: { cookie, origin: a.base } });
    expect(logout.status).toBe(204);
    expect(await closedOnB).toBe(4401);
    events.close();
  }, 60_000);

  it('completes the turn through node B after node A is killed mid-stream', async () => {
    const cookie = await signUpOverHttp(a.base, 'crash@example.com');
    const sessionId = await createSessionOverHttp(a.base, cookie, 'numbers-dont-match');
    const onA = await open(a, sessionId, cookie);
    const onB = await open(b, sessionId, cookie);
    onA.send({ type: 'reply', text: 'What is getting in the way right now?' });
    // Node B's socket sees A's turn streaming, then A dies without warning.
    await onB.until('persona.delta', 10_000);
    await onB.until('persona.delta', 10_000);
    await a.kill();
    await drain(onB);

    const answered = await retryUntilAnswered(onB, 20_000);
    expect(answered.at(-1)).toMatchObject({ type: 'persona.done', turn: { index: 2, speaker: 'persona' } });
    await onB.until('feedback.done', 15_000);
    const turns = await transcriptIndexes(b, sessionId, cookie);
    expect(turns.map((turn) => [turn.index, turn.speaker, turn.interrupted ?? false])).toEqual([
      [0, 'persona', false],
      [1, 'leader', false],
      [2, 'persona', false],
    ]);
  }, 60_000);
});
