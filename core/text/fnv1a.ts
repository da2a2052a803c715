// 32-bit FNV-1a: a small, fast, well-spread hash. The simulator seeds its randomness with it (a session
// id, a reply's words) and the rubric's automata find a state again by it (a set of NFA states).

/** FNV-1a over `length` values, the `i`th given by `valueAt(i)` (a character code, a set's member). */
export function fnv1a(length: number, valueAt: (i: number) => number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < length; i++) hash = Math.imul(hash ^ valueAt(i), 0x01000193);
  return hash >>> 0;
}
