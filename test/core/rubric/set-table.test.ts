import { describe, expect, it } from 'vitest';
import { SetTable, hashOfSet } from '@core/rubric/set-table';
import { createRng } from '@core/simulator/random';

// The lazy DFA finds a state again by its set of NFA states (lazy-dfa.ts): the table must give each
// distinct set one number, whatever its hash, and give back exactly the members it was given.

/** Seeded sorted sets of small numbers, many of them repeated. */
function randomSets(count: number, seed: number): number[][] {
  const { next } = createRng(seed);
  return Array.from({ length: count }, () => [...new Set(Array.from({ length: Math.floor(next() * 6) }, () => Math.floor(next() * 12)))].sort((a, b) => a - b));
}

describe('the set table', () => {
  for (const [name, hash] of [
    ['FNV-1a', hashOfSet],
    ['a hash under which every set collides', () => 7],
  ] as const) {
    it(`numbers each distinct set once, in the order added, and keeps its members (${name})`, () => {
      const table = new SetTable(hash);
      const known = new Map<string, number>();
      for (const set of randomSets(3000, 5)) {
        const key = set.join(',');
        const found = table.find(set);
        expect(found, key).toBe(known.get(key) ?? -1);
        if (found < 0) {
          const id = table.add(set);
          expect(id).toBe(known.size);
          known.set(key, id);
        }
      }
      expect(table.size).toBe(known.size);
      expect(known.size).toBeGreaterThan(500);
      for (const [key, id] of known) {
        const members: number[] = [];
        table.forEachMember(id, (member) => members.push(member));
        expect(members.join(','), `set ${id}`).toBe(key);
      }
    });
  }

  it('forgets every set when cleared, and numbers from the first again', () => {
    const table = new SetTable();
    table.add([1, 2]);
    table.add([]);
    table.clear();
    expect(table.size).toBe(0);
    expect(table.find([1, 2])).toBe(-1);
    expect(table.add([3])).toBe(0);
    expect(table.find([3])).toBe(0);
  });

  it('tells sets apart that only differ in length or order of the pool', () => {
    const table = new SetTable(() => 0);
    const a = table.add([1, 2, 3]);
    const b = table.add([1, 2]);
    const c = table.add([2, 3]);
    expect([table.find([1, 2, 3]), table.find([1, 2]), table.find([2, 3]), table.find([1, 3])]).toEqual([a, b, c, -1]);
  });
});
