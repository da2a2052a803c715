import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanReplyText } from '@core/text/reply-text';
import { MAX_REPLY_CHARS } from '@core/transcript/limits';
import { hasControlOrInvisible, hasLoneSurrogate } from '@core/text/visible-text';
import { normaliseEmail } from '@server/auth/email';
import { describeValue, jsonDepthExceeds, MAX_MESSAGE_DEPTH } from '@server/practice/frame-guard';
import { parseClientMessage } from '@server/practice/messages';

// Property tests (fast-check) for everything that reads client text first: the frame guard and
// message parser, the reply-text rules and the email normaliser. Run alone with
// `npx vitest run test/server/hardening/validators.fuzz.test.ts`; FUZZ_RUNS raises the run count.

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const settings = { numRuns: RUNS };
const MAX_ERROR_CHARS = 200;

/** Strings from every plane, with controls, invisibles, surrogates and JSON syntax mixed in. */
const hostileChar = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 3 }),
  fc.string({ unit: 'binary', maxLength: 3 }),
  fc.constantFrom('\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u200b', '\u200d', '\u202e', '\ufeff', '\u3164', '\ud800', '\udc00', '\r', '\n', '\t', '"', '\\', '{', '[', ']', '}', ' '),
);
const hostileText = fc.array(hostileChar, { maxLength: 60 }).map((parts) => parts.join(''));

/** Arbitrary JSON-ish values, including prototype-pollution keys and deep nesting. */
const hostileValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(hostileText, fc.integer(), fc.double(), fc.boolean(), fc.constant(null)),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(hostileText, fc.constantFrom('__proto__', 'constructor', 'prototype', 'type', 'text')), tie('value'), { maxKeys: 4 }),
  ),
})).value;

const frame = fc.oneof(
  hostileText,
  hostileValue.map((value) => JSON.stringify(value) ?? ''),
  fc.record({ type: fc.oneof(fc.constantFrom('reply', 'retry'), hostileValue), text: hostileValue }).map((value) => JSON.stringify(value)),
  fc.record({ type: fc.constant('reply'), text: hostileText }).map((value) => JSON.stringify(value)),
  fc.integer({ min: 0, max: 50_000 }).map((depth) => `{"type":${'['.repeat(depth)}${']'.repeat(depth)}}`),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)),
);

describe('parseClientMessage (fuzz)', () => {
  it('never throws, never echoes more than a short excerpt, and only lets through clean replies', () => {
    fc.assert(
      fc.property(frame, fc.boolean(), (data, isBinary) => {
        const parsed = parseClientMessage(data, isBinary);
        if (!parsed.ok) {
          expect(parsed.message.length).toBeLessThan(MAX_ERROR_CHARS);
          return;
        }
        expect(isBinary).toBe(false);
        if (!('text' in parsed.message)) return;
        const text = parsed.message.text;
        expect(text.length).toBeGreaterThan(0);
        expect(text.length).toBeLessThanOrEqual(MAX_REPLY_CHARS);
        expect(hasLoneSurrogate(text)).toBe(false);
        // eslint-disable-next-line no-control-regex -- the property is that control characters are gone
        expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
        expect(text).toBe(text.trim());
      }),
      settings,
    );
  });

  it('agrees with a reference depth measure on nesting', () => {
    const depthOf = (value: unknown): number =>
      typeof value === 'object' && value !== null ? 1 + Math.max(0, ...Object.values(value).map(depthOf)) : 0;
    fc.assert(
      fc.property(hostileValue, (value) => {
        expect(jsonDepthExceeds(JSON.stringify(value), MAX_MESSAGE_DEPTH)).toBe(depthOf(value) > MAX_MESSAGE_DEPTH);
      }),
      settings,
    );
  });

  it('describes any value in a short, ASCII-only phrase', () => {
    fc.assert(
      fc.property(fc.oneof(hostileValue, fc.string({ minLength: 1000, maxLength: 5000 })), (value) => {
        const phrase = describeValue(value);
        expect(phrase.length).toBeLessThan(120);
        expect(phrase).toMatch(/^[\x20-\x7e…]*$/);
      }),
      settings,
    );
  });
});

describe('cleanReplyText (fuzz)', () => {
  it('is idempotent on what it accepts, and refuses text with nothing visible', () => {
    fc.assert(
      fc.property(hostileText, (raw) => {
        const result = cleanReplyText(raw);
        if (!result.ok) {
          expect(result.reason.length).toBeLessThan(MAX_ERROR_CHARS);
          return;
        }
        expect(cleanReplyText(result.text)).toEqual(result);
        expect(result.text.replace(/[\s\p{Cf}\p{Cc}]/gu, '').length).toBeGreaterThan(0);
      }),
      settings,
    );
  });

  it('keeps every visible character of an ordinary reply', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 200 }).filter((s) => /[!-~]/.test(s)), (text) => {
        const result = cleanReplyText(text);
        expect(result.ok).toBe(true);
        // eslint-disable-next-line no-control-regex -- the expected text drops the same controls
        if (result.ok) expect(result.text.replace(/\s/g, '')).toBe(text.replace(/[\s\u0000-\u001f\u007f]/g, ''));
      }),
      settings,
    );
  });
});

describe('normaliseEmail (fuzz)', () => {
  it('is idempotent, and what it accepts has no control or invisible character', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, fc.emailAddress(), fc.tuple(fc.emailAddress(), hostileChar, fc.nat()).map(([e, c, i]) => e.slice(0, i % (e.length + 1)) + c + e.slice(i % (e.length + 1)))), (raw) => {
        const result = normaliseEmail(raw);
        if (!result.ok) return;
        expect(normaliseEmail(result.email)).toEqual(result);
        expect(hasControlOrInvisible(result.email)).toBe(false);
        expect(result.email).toBe(result.email.normalize('NFKC'));
      }),
      settings,
    );
  });

  it('maps fullwidth spellings onto the plain address', () => {
    const toFullwidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(fc.emailAddress(), (email) => {
        const plain = normaliseEmail(email);
        fc.pre(plain.ok);
        expect(normaliseEmail(toFullwidth(email))).toEqual(plain);
      }),
      settings,
    );
  });
});
