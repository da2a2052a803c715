import { ACCEPTING, CharSets, FORK, HIGH, addAutomaton, parseRegex, type NfaStates } from './regex-nfa';
import { SetTable } from './set-table';

// A DFA over the NFAs of a list's alternatives (regex-nfa.ts), built lazily: a state is made the first
// time a text reaches it, as RE2 does, so only the states real texts visit exist. It answers one
// question: which of the alternatives may match somewhere in a text. Every character past 255 is read
// as one, HIGH.

const ACCEPTS = 1; // a match of some alternative may end here
const DEAD = 2; // no match can come any more: the regex is anchored, and the text is past where it could start
/**
 * Past this many states the table starts again, so memory stays bounded whatever a text holds: a read
 * that would build more cannot tell (the whole regex decides), and the next read starts afresh. Over
 * all our case texts (1.6 M characters) the largest list made about 5,100 states; a state takes about
 * 400 bytes.
 */
const MAX_STATES = 5_000;

// A table entry is the next state's row (its id times the number of classes), so a read adds the
// character's class to it and loads, and nothing else. States where a read stops or takes note (an
// accepting or dead one) are entered by a negative entry instead, which the read checks for anyway.
const UNBUILT = -1;
const SPECIAL = -2; // entries from -2 down: the state SPECIAL - entry

/** No alternative can match. */
const NONE: readonly number[] = [];

export class LazyDfa {
  private readonly states: NfaStates = { chars: [], next: [], forks: [] };
  private readonly classOf = new Uint8Array(HIGH + 1);
  private classes = 0;
  private setHasClass: Uint8Array[] = [];
  private readonly alternatives: number;
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
  // The states: each one's NFA set (a state's number is its set's), the alternatives a match of which
  // ends there, where a read stops, and the transitions by character class (UNBUILT until built).
  private readonly sets = new SetTable();
  private acceptsOf: (readonly number[] | undefined)[] = [];
  private table = new Int32Array(0);
  private stops = new Uint8Array(0);
  private readonly seen: Uint8Array;

  /** `sources`: the list's alternatives, each a regex of its own, all anchored or none; or the whole list as one. */
  constructor(
    sources: string | readonly string[],
    private readonly maxStates = MAX_STATES,
  ) {
    const charSets = new CharSets();
    const parsed = (typeof sources === 'string' ? [sources] : sources).map((source) => parseRegex(source));
    const anchored = parsed[0].anchored;
    if (parsed.some((p) => p.anchored !== anchored)) throw new Error('lazy-dfa: alternatives anchored and not');
    const starts: number[] = [];
    parsed.forEach(({ tree }, alternative) => starts.push(...addAutomaton(this.states, charSets, tree, !anchored, alternative)));
    this.alternatives = parsed.length;
    this.seen = new Uint8Array(parsed.length);
    this.anchoredStart = anchored ? this.fork(starts) : -1;
    this.unanchoredStarts = anchored ? [] : starts;
    this.splitIntoClasses(charSets.sets);
    const n = this.states.chars.length;
    this.stamp = new Uint32Array(n);
    this.inEveryState = new Uint8Array(n);
    this.everyStateSet = this.closure(this.unanchoredStarts, []);
    for (const state of this.everyStateSet) this.inEveryState[state] = 1;
    this.matchesEmpty = this.accepts(this.everyStateSet) || this.accepts(this.closure(anchored ? [this.anchoredStart] : [], []));
    this.reset();
  }

  private fork(targets: number[]): number {
    this.states.chars.push(FORK);
    this.states.next.push(-1);
    return this.states.forks.push(targets) - 1;
  }

  /** Forgets every state but the first. */
  private reset(): void {
    this.sets.clear();
    this.acceptsOf = [];
    this.table = new Int32Array(64 * this.classes).fill(UNBUILT);
    this.stops = new Uint8Array(64);
    this.stateFor(this.anchoredStart < 0 ? [] : this.closure([this.anchoredStart], []).filter((s) => !this.inEveryState[s]));
    if (this.anchoredStart >= 0) this.stops[this.stateFor([])] = DEAD;
  }

  /**
   * The alternatives that may match somewhere in `text`, in their order (none: the list cannot match);
   * undefined when this read cannot tell (an alternative matches the empty text, or the state bound).
   */
  alternativesIn(text: string): readonly number[] | undefined {
    if (this.matchesEmpty) return undefined;
    if (this.size >= this.maxStates) this.reset();
    const classOf = this.classOf;
    let table = this.table;
    let row = 0;
    let found: number[] | undefined;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const k = classOf[c > 255 ? HIGH : c];
      let next = table[row + k];
      if (next >= 0) {
        row = next;
        continue;
      }
      if (next === UNBUILT) {
        if (this.size >= this.maxStates) return this.forget(found), undefined;
        next = this.step(row / this.classes, k);
        table = this.table;
      }
      const state = next >= 0 ? next / this.classes : SPECIAL - next;
      if (this.stops[state] === DEAD) break;
      if (this.stops[state] === ACCEPTS) {
        found = this.note(this.acceptsOf[state]!, found);
        if (found.length === this.alternatives) break;
      }
      row = state * this.classes;
    }
    if (!found) return NONE;
    this.forget(found);
    return inOrder(found);
  }

  /** Clears the marks of what a read found, for the next read. */
  private forget(found: readonly number[] | undefined): void {
    if (found) for (const alternative of found) this.seen[alternative] = 0;
  }

  /** Whether the list may match somewhere in `text`: false only when it cannot (the question its tests ask of a whole list). */
  mayMatch(text: string): boolean {
    return this.alternativesIn(text)?.length !== 0;
  }

  /**
   * For anchored alternatives: whether a match may begin with `prefix` (false only when none can). True
   * when it cannot tell: the alternatives are not anchored, one matches the empty text, or the state
   * bound is reached.
   */
  mayBeginWith(prefix: string): boolean {
    if (this.anchoredStart < 0 || this.matchesEmpty) return true;
    let state = 0;
    for (let i = 0; i < prefix.length; i++) {
      const c = prefix.charCodeAt(i);
      const next = this.stateAfter(state, this.classOf[c > 255 ? HIGH : c]);
      if (next === undefined || this.stops[next] === ACCEPTS) return true;
      if (this.stops[next] === DEAD) return false;
      state = next;
    }
    return true;
  }

  /** The state a read in `state` goes to on class `k`, building it if need be; undefined past the state bound. */
  private stateAfter(state: number, k: number): number | undefined {
    let entry = this.table[state * this.classes + k];
    if (entry === UNBUILT) {
      if (this.size >= this.maxStates) return undefined;
      entry = this.step(state, k);
    }
    return entry >= 0 ? entry / this.classes : SPECIAL - entry;
  }

  /** Adds the alternatives not yet found to `found`. */
  private note(alternatives: readonly number[], found: number[] = []): number[] {
    for (const alternative of alternatives) {
      if (this.seen[alternative]) continue;
      this.seen[alternative] = 1;
      found.push(alternative);
    }
    return found;
  }

  /** How many states are built. */
  get size(): number {
    return this.sets.size;
  }

  /** Builds the transition from `state` on class `k`: where its own partial matches go, with the matches starting here. Returns the entry. */
  private step(state: number, k: number): number {
    const startsHere = (this.startsStepTo[k] ??= this.closure(this.stepsOn(this.everyStateSet, k), []));
    const stepped: number[] = [];
    this.sets.forEachMember(state, (s) => this.stepOn(s, k, stepped));
    const reached = this.closure(stepped, startsHere);
    const next = this.stateFor(reached.filter((s) => !this.inEveryState[s]));
    const entry = this.stops[next] === 0 ? next * this.classes : SPECIAL - next;
    this.table[state * this.classes + k] = entry;
    return entry;
  }

  /** The states the character steps in `set` lead to on class `k`. */
  private stepsOn(set: readonly number[], k: number): number[] {
    const to: number[] = [];
    for (const s of set) this.stepOn(s, k, to);
    return to;
  }

  /** Adds to `to` where state `s` leads on class `k`, if it is a character step that takes the class. */
  private stepOn(s: number, k: number, to: number[]): void {
    if (this.states.chars[s] >= 0 && this.setHasClass[this.states.chars[s]][k]) to.push(this.states.next[s]);
  }

  private stateFor(set: number[]): number {
    set.sort((a, b) => a - b);
    const known = this.sets.find(set);
    if (known >= 0) return known;
    const id = this.sets.add(set);
    if (id >= this.stops.length) {
      const table = new Int32Array(this.table.length * 2).fill(UNBUILT);
      table.set(this.table);
      this.table = table;
      const stops = new Uint8Array(this.stops.length * 2);
      stops.set(this.stops);
      this.stops = stops;
    }
    const ends = set.filter((s) => this.states.chars[s] === ACCEPTING).map((s) => this.states.next[s]);
    if (ends.length > 0) {
      this.stops[id] = ACCEPTS;
      this.acceptsOf[id] = ends;
    }
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

  /** Characters no set tells apart share a class, so the table has a column per class rather than per character. */
  private splitIntoClasses(sets: readonly Uint8Array[]): void {
    const classOf = new Uint16Array(HIGH + 1);
    let classes = 1;
    const renamed = new Int32Array(2 * (HIGH + 1));
    for (const set of sets) {
      renamed.fill(-1, 0, classes * 2);
      let next = 0;
      for (let c = 0; c <= HIGH; c++) {
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
      for (let c = 0; c <= HIGH; c++) if (set[c]) has[classOf[c]] = 1;
      return has;
    });
  }
}

/** `found` sorted in place: it holds one alternative or a few, so an insertion sort. */
function inOrder(found: number[]): number[] {
  for (let i = 1; i < found.length; i++) {
    const alternative = found[i];
    let j = i;
    for (; j > 0 && found[j - 1] > alternative; j--) found[j] = found[j - 1];
    found[j] = alternative;
  }
  return found;
}
