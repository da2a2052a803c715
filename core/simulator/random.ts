import { fnv1a } from '../text/fnv1a';

// Seeded randomness so a session replays word for word: same session id and turn, same reply.

/** 32-bit FNV-1a hash of a string's character codes. */
export const hashString = (text: string): number => fnv1a(text.length, (i) => text.charCodeAt(i));

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

/** mulberry32: tiny, fast and good enough to vary wording. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
  };
}

/** The seed for one persona turn: hash(sessionId) + turn number. */
export const turnSeed = (sessionId: string, turn: number): number => (hashString(sessionId) + turn) >>> 0;
