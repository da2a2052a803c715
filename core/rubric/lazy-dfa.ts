import { ACCEPTING, CharSets, addAutomaton, parseRegex, type NfaStates } from './regex-nfa';

// A DFA over a regex's NFA (regex-nfa.ts), built lazily: a state is made the first time a text reaches
// it, as RE2 does, so only the states real texts visit exist. It answers one question: may the regex
// match somewhere in a text. A text with a character past 255 may match anything.

const ACCEPTS = 1; // a match may end here
const DEAD = 2; // no match can come any more: the regex is anchored, and the text is past where it could start
/**
 * Past this many states the table starts again, so memory stays bounded whatever a text holds: a read
 * that would build more lets the text through (the regex decides), and the next read starts afresh.
 * Over all our case texts (1.6 M characters) the largest list made 5,100 states; a state takes about
 * 400 bytes.
 */
const MAX_STATES = 5_000;

export class LazyDfa {
  private readonly states: NfaStates = { chars: [], next: [], forks: [] };
  private readonly classOf = new Uint8Array(256);
  private classes = 0;
  private setHasClass: Uint8Array[] = [];
  private readonly anchoredStart: number;
  private readonly unanchoredStarts: number[];
  // An unanchored regex's start closure is part of every state (a match may start anywhere), so it is
  // left out of the states' sets, and what it steps to on each class is worked out once.
  private readonly inEveryState: Uint8Array;
  private readonly everyStateSet: number[];
  private readonly matchesEmpty: boolean;
  private readonly startsStepTo: (number[] | undefined)[] = [];
  private readonly stamp: Uint32Array;
  private stampNow = 0;
  // The states: each one's NFA set, its transitions by character class (-1 until built), and where a read stops.
  private sets: number[][] = [];
  private ids = new Map<string, number>();
  private table = new Int32Array(0);
  private stops = new Uint8Array(0);

  constructor(
    source: string,
    private readonly maxStates = MAX_STATES,
  ) {
    const charSets = new CharSets();
    const { tree, anchored } = parseRegex(source);
    const [start, ...restarts] = addAutomaton(this.states, charSets, tree, !anchored);
    this.anchoredStart = anchored ? start : -1;
    this.unanchoredStarts = anchored ? [] : [start, ...restarts];
    this.splitIntoClasses(charSets.sets);
    const n = this.states.chars.length;
    this.stamp = new Uint32Array(n);
    this.inEveryState = new Uint8Array(n);
    this.everyStateSet = this.closure(this.unanchoredStarts, []);
    for (const state of this.everyStateSet) this.inEveryState[state] = 1;
    this.matchesEmpty = this.accepts(this.everyStateSet) || this.accepts(this.closure(anchored ? [start] : [], []));
    this.reset();
  }

  /** Forgets every state but the first. */
  private reset(): void {
    this.sets = [];
    this.ids.clear();
    this.table = new Int32Array(64 * this.classes).fill(-1);
    this.stops = new Uint8Array(64);
    this.stateFor(this.anchoredStart < 0 ? [] : this.closure([this.anchoredStart], []).filter((s) => !this.inEveryState[s]));
    if (this.anchoredStart >= 0) this.stops[this.stateFor([])] = DEAD;
  }

  /** Whether the regex may match somewhere in `text`: false only when it cannot. */
  mayMatch(text: string): boolean {
    if (this.matchesEmpty) return true;
    if (this.sets.length >= this.maxStates) this.reset();
    const classes = this.classes;
    const classOf = this.classOf;
    let table = this.table;
    let stops = this.stops;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c > 255) return true;
      let next = table[state * classes + classOf[c]];
      if (next < 0) {
        if (this.sets.length >= this.maxStates) return true;
        next = this.step(state, classOf[c]);
        table = this.table;
        stops = this.stops;
      }
      state = next;
      if (stops[state] !== 0) return stops[state] === ACCEPTS;
    }
    return false;
  }

  /** How many states are built. */
  get size(): number {
    return this.sets.length;
  }

  /** Builds the transition from `state` on class `k`: where its own partial matches go, with the matches starting here. */
  private step(state: number, k: number): number {
    const startsHere = (this.startsStepTo[k] ??= this.closure(this.stepsOn(this.everyStateSet, k), []));
    const reached = this.closure(this.stepsOn(this.sets[state], k), startsHere);
    const next = this.stateFor(reached.filter((s) => !this.inEveryState[s]));
    this.table[state * this.classes + k] = next;
    return next;
  }

  /** The states the character steps in `set` lead to on class `k`. */
  private stepsOn(set: readonly number[], k: number): number[] {
    const to: number[] = [];
    for (const s of set) if (this.states.chars[s] >= 0 && this.setHasClass[this.states.chars[s]][k]) to.push(this.states.next[s]);
    return to;
  }

  private stateFor(set: number[]): number {
    set.sort((a, b) => a - b);
    const key = set.join(',');
    let id = this.ids.get(key);
    if (id !== undefined) return id;
    id = this.sets.push(set) - 1;
    this.ids.set(key, id);
    if (id >= this.stops.length) {
      const table = new Int32Array(this.table.length * 2).fill(-1);
      table.set(this.table);
      this.table = table;
      const stops = new Uint8Array(this.stops.length * 2);
      stops.set(this.stops);
      this.stops = stops;
    }
    if (this.accepts(set)) this.stops[id] = ACCEPTS;
    return id;
  }

  private accepts(set: readonly number[]): boolean {
    return set.some((s) => this.states.chars[s] === ACCEPTING);
  }

  /** The character steps and accepting states reachable from `seeds` by forks alone, plus `also` (already closed). */
  private closure(seeds: readonly number[], also: readonly number[]): number[] {
    const mark = ++this.stampNow;
    const out: number[] = [];
    for (const s of also) {
      if (this.stamp[s] === mark) continue;
      this.stamp[s] = mark;
      out.push(s);
    }
    const stack = [...seeds];
    while (stack.length > 0) {
      const s = stack.pop()!;
      if (this.stamp[s] === mark) continue;
      this.stamp[s] = mark;
      const forks = this.states.forks[s];
      if (forks) for (const t of forks) stack.push(t);
      else out.push(s);
    }
    return out;
  }

  /** Bytes no set tells apart share a class, so the table has a column per class rather than per byte. */
  private splitIntoClasses(sets: readonly Uint8Array[]): void {
    const classOf = new Uint16Array(256);
    let classes = 1;
    const renamed = new Int32Array(512);
    for (const set of sets) {
      renamed.fill(-1, 0, classes * 2);
      let next = 0;
      for (let c = 0; c < 256; c++) {
        const key = classOf[c] * 2 + set[c];
        if (renamed[key] < 0) renamed[key] = next++;
        classOf[c] = renamed[key];
      }
      classes = next;
    }
    this.classes = classes;
    this.classOf.set(classOf);
    this.setHasClass = sets.map((set) => {
      const has = new Uint8Array(classes);
      for (let c = 0; c < 256; c++) if (set[c]) has[classOf[c]] = 1;
      return has;
    });
  }
}
