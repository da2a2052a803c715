import { fnv1a } from '../text/fnv1a';

// The sets of NFA states a lazy DFA's states stand for (lazy-dfa.ts): each set numbered in the order
// added, kept one after another in one pool of 32-bit integers, and found again by a hash of its members.
// An automaton shared by many lists (shared-read.ts) holds tens of thousands of sets of a hundred states:
// an array and a joined string per set held 62 MB more heap over our case texts than this pool does.

/** FNV-1a over a set's members. */
export const hashOfSet = (set: ArrayLike<number>): number => fnv1a(set.length, (i) => set[i]);

export class SetTable {
  private members = new Int32Array(1024);
  private starts: number[] = [0];
  /** By hash: the set with it, or the sets, when several share one. */
  private readonly byHash = new Map<number, number | number[]>();

  /** `hash`: any function of a set's members (tests pass one that makes every set collide). */
  constructor(private readonly hash: (set: ArrayLike<number>) => number = hashOfSet) {}

  /** How many sets it holds. */
  get size(): number {
    return this.starts.length - 1;
  }

  /** The number of `set` (sorted), or -1 when it holds none such. */
  find(set: readonly number[]): number {
    const known = this.byHash.get(this.hash(set));
    if (known === undefined) return -1;
    if (typeof known === 'number') return this.holds(known, set) ? known : -1;
    for (const id of known) if (this.holds(id, set)) return id;
    return -1;
  }

  /** Adds `set` (sorted, and not held yet) and returns its number. */
  add(set: readonly number[]): number {
    const id = this.size;
    const start = this.starts[id];
    if (start + set.length > this.members.length) {
      const members = new Int32Array(Math.max(this.members.length * 2, start + set.length));
      members.set(this.members.subarray(0, start));
      this.members = members;
    }
    this.members.set(set, start);
    this.starts.push(start + set.length);
    const hash = this.hash(set);
    const known = this.byHash.get(hash);
    if (known === undefined) this.byHash.set(hash, id);
    else if (typeof known === 'number') this.byHash.set(hash, [known, id]);
    else known.push(id);
    return id;
  }

  /** Calls `visit` with each member of set `id`, in order. */
  forEachMember(id: number, visit: (member: number) => void): void {
    for (let i = this.starts[id]; i < this.starts[id + 1]; i++) visit(this.members[i]);
  }

  /** Forgets every set. */
  clear(): void {
    this.starts = [0];
    this.byHash.clear();
  }

  private holds(id: number, set: readonly number[]): boolean {
    const start = this.starts[id];
    if (this.starts[id + 1] - start !== set.length) return false;
    for (let i = 0; i < set.length; i++) if (this.members[start + i] !== set[i]) return false;
    return true;
  }
}
