import type { RawData } from 'ws';

// The first look at a WebSocket frame, before anything else touches it: binary, size and nesting
// depth are refused before JSON.parse, so no frame can make the server recurse deeply or copy a
// large value into an error message.

/** A reply of 4,000 characters, each escaped as \uXXXX, still fits twice over. */
export const MAX_MESSAGE_BYTES = 64 * 1024;
/** Client messages are flat objects; anything deeper is not a message. */
export const MAX_MESSAGE_DEPTH = 4;
/** Longest excerpt of a client string in an error message, counted after escaping. */
const EXCERPT_CHARS = 48;

export type FrameResult = { ok: true; value: unknown } | { ok: false; message: string };

const refuse = (message: string): FrameResult => ({ ok: false, message });

/** Deepest nesting of arrays/objects in JSON text, stopping as soon as it passes `limit`. */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/** A frame as `ws` delivers it, or already as text. */
export type Frame = RawData | string;

const byteLength = (data: Frame): number =>
  typeof data === 'string'
    ? Buffer.byteLength(data)
    : Array.isArray(data)
      ? data.reduce((sum, part) => sum + part.byteLength, 0)
      : data.byteLength;

const asText = (data: Frame): string =>
  typeof data === 'string'
    ? data
    : Buffer.isBuffer(data)
      ? data.toString('utf8')
      : Array.isArray(data)
        ? Buffer.concat(data).toString('utf8')
        : Buffer.from(data).toString('utf8');

/** Checks and parses one frame; refusals carry a short message fit to show the user. */
export function readFrame(data: Frame, isBinary: boolean): FrameResult {
  if (isBinary) return refuse('Messages must be JSON text frames, not binary.');
  const bytes = byteLength(data);
  if (bytes > MAX_MESSAGE_BYTES) return refuse(`Messages are limited to ${MAX_MESSAGE_BYTES} bytes; this one has ${bytes}.`);
  const text = asText(data);
  if (jsonDepthExceeds(text, MAX_MESSAGE_DEPTH)) return refuse(`Messages may nest at most ${MAX_MESSAGE_DEPTH} levels deep.`);
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return refuse('Messages must be JSON.');
  }
}

/** One character as printable ASCII: JSON escapes, then \uXXXX for anything outside ASCII. */
const escapeChar = (char: string): string =>
  JSON.stringify(char)
    .slice(1, -1)
    .replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * A client value as a short, safe phrase for an error message: strings are cut to a few
 * characters and JSON-escaped; anything else is named by its kind, never serialised.
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    let escaped = '';
    let used = 0;
    for (const char of value) {
      const piece = escapeChar(char);
      if (escaped.length + piece.length > EXCERPT_CHARS) break;
      escaped += piece;
      used += char.length;
    }
    return used < value.length ? `"${escaped}…" (${value.length} characters)` : `"${escaped}"`;
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (value === undefined) return 'nothing';
  return `a ${typeof value}`;
}
