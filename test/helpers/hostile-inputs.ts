// Hostile WebSocket frames and HTTP requests for the hardening tests (issue #7): deterministic
// (seeded), so a failure can be replayed, and never a valid request, so anything stored afterwards
// can only have been stored by mistake.
import { createRng } from '@core/simulator/random';

/** Seeded, so a failing run can be replayed (Math.random cannot): the simulator's own PRNG. */
export const seeded = (seed: number): (() => number) => createRng(seed).next;

export const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)];

export interface HostileFrame {
  kind: string;
  data: string | Buffer;
  binary: boolean;
  /** The server must close the socket with this code (protocol violation) instead of answering. */
  closes?: number;
}

const nested = (depth: number, open = '[', close = ']') => `{"type":${open.repeat(depth)}${close.repeat(depth)}}`;
const nestedObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
const WRONG_VALUES = [null, true, 0, -1, 1e308, 'x', '', [], {}, [[['reply']]], { type: 'reply' }];
const INVISIBLE_TEXTS = ['', '   ', '\u200b\u200c\u200d', '\u0000\u0001\u0002', '\ufeff\u2060\u180e', '\u3164\u115f', '\ud800', 'a\udfff'];

/** Frame makers by kind; every one is a frame the server must refuse. */
const FRAME_KINDS: ((random: () => number) => HostileFrame)[] = [
  (r) => ({ kind: 'nested-5k', data: nested(5000 + Math.floor(r() * 1000)), binary: false }),
  (_r) => ({ kind: 'nested-100k', data: nested(100_000), binary: false }),
  (r) => ({ kind: 'nested-object', data: nestedObject(10 + Math.floor(r() * 3000)), binary: false }),
  (r) => ({ kind: 'binary', data: Buffer.from(Array.from({ length: 1 + Math.floor(r() * 64) }, () => Math.floor(r() * 256))), binary: true }),
  () => ({ kind: 'binary-json', data: Buffer.from(JSON.stringify({ type: 'reply', text: 'binary but JSON' })), binary: true }),
  (r) => ({ kind: 'not-json', data: pick(r, ['{', 'reply', '{"type":"reply"', "{'type':'reply'}", 'NaN', '\u0000', '[]]']), binary: false }),
  (r) => ({
    kind: 'proto-keys',
    data: pick(r, [
      '{"__proto__":{"type":"reply","text":"polluted"}}',
      '{"type":"reply","__proto__":{"text":"polluted"}}',
      '{"constructor":{"prototype":{"polluted":true}},"type":"x"}',
      '{"type":"__proto__"}',
      '{"type":"constructor","text":"polluted"}',
    ]),
    binary: false,
  }),
  (r) => ({ kind: 'wrong-type-field', data: JSON.stringify({ type: pick(r, WRONG_VALUES), text: 'polluted' }), binary: false }),
  (r) => ({ kind: 'wrong-text-field', data: JSON.stringify({ type: 'reply', text: pick(r, WRONG_VALUES.filter((v) => typeof v !== 'string')) }), binary: false }),
  (r) => ({ kind: 'invisible-text', data: JSON.stringify({ type: 'reply', text: pick(r, INVISIBLE_TEXTS) }), binary: false }),
  (r) => ({ kind: 'too-long-text', data: JSON.stringify({ type: 'reply', text: 'y'.repeat(4001 + Math.floor(r() * 20_000)) }), binary: false }),
  (r) => ({ kind: 'long-unknown-type', data: JSON.stringify({ type: 'z'.repeat(1000 + Math.floor(r() * 60_000)) }), binary: false }),
  () => ({ kind: 'over-byte-limit', data: JSON.stringify({ type: 'reply', text: 'w'.repeat(200_000) }), binary: false }),
  (r) => ({ kind: 'json-scalar', data: pick(r, ['null', '1', '"reply"', 'true', '[]', '[{"type":"reply","text":"polluted"}]']), binary: false }),
];

/** `count` hostile frames; every `closingEvery`-th one is a 1 MB or invalid UTF-8 frame the server must close on. */
export function hostileFrames(count: number, seed = 7, closingEvery = 250): HostileFrame[] {
  const random = seeded(seed);
  const megabyte = 'x'.repeat(1024 * 1024);
  return Array.from({ length: count }, (_, i) => {
    if (i % closingEvery === closingEvery - 1)
      return i % (2 * closingEvery) === closingEvery - 1
        ? { kind: '1mb', data: megabyte, binary: false, closes: 1009 }
        : { kind: 'invalid-utf8', data: Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0xff, 0xfe, 0x22, 0x7d]), binary: false, closes: 1007 };
    return pick(random, FRAME_KINDS)(random);
  });
}

export interface HostileRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

const PATHS = [
  '/api/auth/signup',
  '/api/auth/login',
  '/api/auth/logout',
  '/api/me',
  '/api/sessions',
  '/api/sessions/SESSION',
  '/api/sessions/SESSION/end',
  '/api/sessions/SESSION/stream',
  '/api/sessions/00000000-0000-0000-0000-000000000000',
  '/api/sessions/%00',
  '/api/sessions/' + 'a'.repeat(5000),
  '/api/scenarios/..%2f..%2fetc%2fpasswd',
  '/api/scenarios/%E2%80%AE',
  '/..%2f..%2fetc%2fpasswd',
  '/%2e%2e/%2e%2e/etc/passwd',
  '/api/health?__proto__[polluted]=1',
  '/api/sessions?constructor[prototype][polluted]=1',
  '/api/%ff%fe',
  '/api',
];
const METHODS = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE', 'OPTIONS', 'HEAD'];
const CONTENT_TYPES = ['application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=utf-16', 'application/xml', ''];

const BODIES: ((random: () => number) => string | Buffer)[] = [
  () => '{bad json',
  () => nested(100_000),
  () => nestedObject(5000),
  () => '{"__proto__":{"polluted":true},"email":"x","password":"y"}',
  () => '{"constructor":{"prototype":{"polluted":true}}}',
  (r) => JSON.stringify({ email: pick(r, WRONG_VALUES), password: pick(r, WRONG_VALUES), name: pick(r, WRONG_VALUES), role: pick(r, ['admin', 1, null]) }),
  (r) => JSON.stringify({ email: `evil${Math.floor(r() * 1e6)}\u200b@example.com`, password: 'long enough pass', name: 'Evil', role: 'leader' }),
  (r) => JSON.stringify({ email: `evil${Math.floor(r() * 1e6)}\u0000@example.com`, password: 'long enough pass', name: 'Evil', role: 'leader' }),
  (r) => JSON.stringify({ email: `evil${Math.floor(r() * 1e6)}@example.com`, password: 'short', name: 'Evil', role: 'leader' }),
  (r) => JSON.stringify({ scenarioId: pick(r, WRONG_VALUES.filter((v) => typeof v !== 'string')), feedbackEnabled: 'yes' }),
  () => JSON.stringify({ scenarioId: '../../etc/passwd' }),
  (r) => JSON.stringify({ feedbackEnabled: pick(r, WRONG_VALUES.filter((v) => typeof v !== 'boolean')) }),
  () => 'z'.repeat(1024 * 1024),
  () => Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0xc3, 0x28]),
  () => '',
];

const HEADERS: ((random: () => number) => Record<string, string>)[] = [
  () => ({}),
  () => ({ origin: 'https://evil.example' }),
  () => ({ origin: 'null' }),
  () => ({ 'sec-fetch-site': 'cross-site' }),
  () => ({ cookie: 'askwell_session=forged.signature' }),
  () => ({ cookie: `askwell_session=${'A'.repeat(4000)}` }),
  () => ({ 'x-forwarded-proto': 'https', 'x-forwarded-host': 'evil.example', 'x-forwarded-for': '1.2.3.4' }),
  () => ({ accept: 'text/html', 'accept-encoding': 'gzip, deflate, br' }),
  () => ({ upgrade: 'websocket', connection: 'Upgrade' }),
];

/**
 * `count` requests none of which may succeed at anything: `SESSION` in a path is the victim's
 * session id, and `attackerCookie` (a signed-in attacker's own session) is sent with some of them.
 */
export function hostileRequests(count: number, sessionId: string, attackerCookie: string, seed = 11): HostileRequest[] {
  const random = seeded(seed);
  return Array.from({ length: count }, () => {
    const method = pick(random, METHODS);
    const headers: Record<string, string> = { ...pick(random, HEADERS)(random), ...(random() < 0.3 ? { cookie: attackerCookie } : {}) };
    const canHaveBody = method !== 'GET' && method !== 'HEAD';
    const body = canHaveBody && random() < 0.85 ? pick(random, BODIES)(random) : undefined;
    const type = pick(random, CONTENT_TYPES);
    if (body !== undefined && type) headers['content-type'] = type;
    return { method, path: pick(random, PATHS).replace('SESSION', sessionId), headers, body };
  });
}
