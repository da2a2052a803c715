import { beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { ServerMessage } from '@server/practice/messages';
import { appPerTest } from '@test/helpers/app-per-test';
import { createSession } from '@test/helpers/test-app';
import type { MessageQueue } from '@test/helpers/ws-client';

// Defects 1, 9 and 10 of issue #7, through the real WebSocket route.

type ErrorMessage = Extract<ServerMessage, { type: 'error' }>;

let sessionId: string;
let ws: MessageQueue;
let logLines: { level: number; msg: string; err?: unknown; reason?: string }[];

beforeEach(() => {
  logLines = [];
});
const t = appPerTest({ leader: true, env: { LOG_LEVEL: 'warn' }, options: { logStream: { write: (line) => void logLines.push(JSON.parse(line)) } } });
beforeEach(async () => {
  sessionId = (await createSession(t.app, t.cookie)).id;
  ws = await t.connect(sessionId);
});

const nested = (depth: number) => `{"type":${'['.repeat(depth)}${']'.repeat(depth)}}`;
const storedTurns = async () =>
  (await t.app.inject({ url: `/api/sessions/${sessionId}`, headers: { cookie: t.cookie } })).json().turns as { speaker: string; text: string }[];

async function expectRefused(frame: string | Buffer, reason: RegExp): Promise<ErrorMessage> {
  ws.send(frame);
  const message = (await ws.next()) as ErrorMessage;
  expect(message).toMatchObject({ type: 'error', code: 'invalid_message' });
  expect(message.message).toMatch(reason);
  expect(message.message.length).toBeLessThan(200);
  return message;
}

describe('hostile frames on the practice socket', () => {
  it('refuses a frame nested 5,000 deep without overflowing the stack, and keeps serving the socket', async () => {
    await expectRefused(nested(5000), /nest at most/);
    await expectRefused(nested(100_000), /limited to .* bytes/);
    ws.send({ type: 'reply', text: 'What have you tried so far?' });
    const turn = await ws.until('persona.done');
    expect(turn[0]).toMatchObject({ type: 'turn.saved' });
  });

  it('never echoes more than a short escaped excerpt of an unknown type', async () => {
    const huge = 'x'.repeat(200_000).replace(/^x/, '<script>');
    // Large but under the byte limit, so it reaches the type check.
    const message = await expectRefused(JSON.stringify({ type: huge.slice(0, 60_000) }), /Unknown message type "<script>x+…" \(60000 characters\)/);
    expect(message.message).not.toContain('x'.repeat(100));
    const objectType = await expectRefused(JSON.stringify({ type: { a: [1, 2] } }), /Unknown message type an object/);
    expect(objectType.message).not.toContain('[1,2]');
    await expectRefused(JSON.stringify({ type: '\u202e\u0000evil' }), /"\\u202e\\u0000evil"/);
  });

  it.each([
    ['binary', Buffer.from([0, 1, 2, 255])],
    ['not JSON', '{"type":'],
    ['a JSON string', '"reply"'],
    ['a reply whose text is a number', JSON.stringify({ type: 'reply', text: 42 })],
    ['prototype-pollution keys', '{"__proto__":{"type":"reply","text":"polluted"},"constructor":{"prototype":{"x":1}}}'],
  ])('refuses %s and stores nothing', async (_name, frame) => {
    ws.send(frame);
    expect(await ws.next()).toMatchObject({ type: 'error', code: 'invalid_message' });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(await storedTurns()).toHaveLength(1);
  });

  it.each([
    ['only zero-width and control characters', '\u200b\u200c\u200d\u0000\u0007\ufeff \u2060'],
    ['only fillers and bidi marks', '\u3164\u115f\u200e\u202a\u2800'],
    ['a lone surrogate', 'Fine \ud800 question?'],
  ])('refuses a reply made of %s with a clear reason', async (_name, text) => {
    ws.send(JSON.stringify({ type: 'reply', text }));
    const message = (await ws.next()) as ErrorMessage;
    expect(message).toMatchObject({ type: 'error', code: 'invalid_message' });
    expect(message.message).toMatch(/no visible characters|broken character/);
    expect(await storedTurns()).toHaveLength(1);
  });

  it('strips C0 controls other than newline and tab from a stored reply', async () => {
    ws.send({ type: 'reply', text: 'What\u0000 have\u0008 you\ttried?\r\nAnd\u001b[31m why?' });
    const saved = (await ws.next()) as Extract<ServerMessage, { type: 'turn.saved' }>;
    expect(saved.turn.text).toBe('What have you\ttried?\nAnd[31m why?');
    await ws.until('persona.done');
    expect((await storedTurns())[1].text).toBe(saved.turn.text);
  });

  it('logs repeated client mistakes once per socket, at warn, without a stack', async () => {
    for (let i = 0; i < 20; i++) await expectRefused('nope', /JSON/);
    const warnings = logLines.filter((line) => line.msg === 'invalid client message');
    expect(warnings).toHaveLength(1);
    expect(warnings[0].level).toBe(40);
    expect(JSON.stringify(warnings[0])).not.toMatch(/\bat .*\.ts:\d+/);
    expect(logLines.filter((line) => line.level >= 50)).toEqual([]);
  });
});

describe('protocol violations on a real port', () => {
  let base: string;
  beforeEach(async () => {
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    base = `ws://127.0.0.1:${(t.app.server.address() as { port: number }).port}`;
  });

  const rawSocket = async () => {
    const socket = new WebSocket(`${base}/api/sessions/${sessionId}/stream`, { headers: { cookie: t.cookie } });
    socket.on('error', () => undefined);
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    return socket;
  };
  const closeCode = (socket: WebSocket) => new Promise<number>((resolve) => socket.once('close', resolve));

  it('closes on a 1 MB frame and on invalid UTF-8, logging each socket once at warn without a stack', async () => {
    for (let i = 0; i < 3; i++) {
      const big = await rawSocket();
      const closed = closeCode(big);
      big.send('x'.repeat(1024 * 1024));
      expect(await closed).toBe(1009);
    }
    const bad = await rawSocket();
    const closed = closeCode(bad);
    // A text frame whose bytes are not UTF-8: ws's sender does not validate, the server must.
    bad.send(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), { binary: false });
    expect(await closed).toBe(1007);

    const protocol = logLines.filter((line) => line.msg === 'websocket client protocol error');
    expect(protocol).toHaveLength(4);
    expect(protocol.every((line) => line.level === 40 && line.err === undefined)).toBe(true);
    expect(logLines.filter((line) => line.level >= 50)).toEqual([]);
    // The session's own socket is unaffected.
    ws.send({ type: 'reply', text: 'What do you think we should do?' });
    expect((await ws.until('persona.done'))[0]).toMatchObject({ type: 'turn.saved' });
  });
});
