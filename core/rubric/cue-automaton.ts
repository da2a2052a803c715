import { LazyDfa } from './lazy-dfa';
import { hasCaptureGroup, isAnchored } from './regex-nfa';
import { SharedRead } from './shared-read';

// The cue gate's automaton for a list (cue-gate.ts), where it pays: in Node (the server, the CLI, the
// benches and tests). The page gets cue-automaton.browser.ts instead, through package.json's
// "#cue-automaton" import, which bundlers resolve with the "browser" condition.
//
// A list's automaton tells which of its alternatives may match a text, and the list then runs as just
// those alternatives, each a small regex of its own ("\b(?:leave it with me)(?!\w)"), made the first time
// it is needed. The whole list's regex, 100-300 KB of machine code for a large list, is never compiled
// unless a read cannot tell: a text past the automaton's state bound. The lists that may match anywhere
// in a text share one read of it (shared-read.ts); their own automata answer where that read cannot.

/** A list behind the gate, as its automaton runs it. */
export interface GatedList extends RegExp {
  /** Whether a failed exec sets `lastIndex` to 0 (flags g and y): read once, as the flags are getters. */
  readonly movesLastIndex: boolean;
  /** Its alternatives' own regexes, with its flags, each made the first time it runs. */
  readonly runs: RegExp[];
}

/** What the gate asks of a list's automaton: the list's own exec, answered. */
export interface CueAutomaton {
  /** What `list.exec(text)` returns, `lastIndex` included (flags g and y). */
  exec(list: GatedList, text: string): RegExpExecArray | null;
  /** How many DFA states it has built. */
  readonly size: number;
  /** Whether a match of a list tied to the text's start may begin with `start` (true for any other list). */
  mayStart(start: string): boolean;
}

/** A list as the gate holds it (cue-gate.ts): what the shared read is built from. */
export interface ListBehindGate {
  readonly list: RegExp;
  readonly alternatives: readonly string[] | undefined;
}

const REGEX_EXEC = RegExp.prototype.exec;

/**
 * The list's automaton; none for a source regex-nfa.ts cannot read, which then runs ungated.
 * `alternatives`: what the list's source joins with "|" inside its one group, as cues() builds it.
 * `everyList`: every list behind the gate, read when the first automaton is made, for the shared read.
 */
export function cueAutomaton(source: string, alternatives?: readonly string[], everyList: readonly ListBehindGate[] = []): CueAutomaton | undefined {
  const automaton = new ListAutomaton(source, alternatives && ownSources(source, alternatives));
  if (shared === undefined) shared = sharedReadOf(everyList);
  const index = shared?.indexOf.get(source);
  // The shared read has parsed this list's alternatives already: its own automaton waits until a read
  // past the shared read's state bound needs it.
  if (shared && index !== undefined) return automaton.shareReads(shared.read, index);
  try {
    automaton.ownRead();
    return automaton;
  } catch {
    return undefined;
  }
}

/** Automata of lists run without the gate, made the first time a rule asks how they may start; null: none can be made. */
const plainAutomata = new WeakMap<RegExp, LazyDfa | null>();

/**
 * Whether `list`, which runs without the gate, may match a text that begins with `start`; true when it
 * cannot tell (a list not tied to the text's start, flags its automaton does not read, a source
 * regex-nfa.ts cannot read).
 */
export function plainMayStart(list: RegExp, start: string): boolean {
  let automaton = plainAutomata.get(list);
  if (automaton === undefined) {
    automaton = /^[gy]*$/.test(list.flags) && isAnchored(list.source) ? automatonOf(list.source) : null;
    plainAutomata.set(list, automaton);
  }
  return !automaton || automaton.mayBeginWith(start);
}

function automatonOf(source: string): LazyDfa | null {
  try {
    return new LazyDfa(source);
  } catch {
    return null;
  }
}

/** How many lists share one read, and how many DFA states that read has built (bench:rubric prints both). */
export const sharedReadSize = (): { lists: number; states: number } => ({ lists: shared?.indexOf.size ?? 0, states: shared?.read.size ?? 0 });

/** The read shared by the lists that may match anywhere in a text, and each one's place in it by source; null: none shares. */
let shared: { read: SharedRead; indexOf: ReadonlyMap<string, number> } | null | undefined;

function sharedReadOf(everyList: readonly ListBehindGate[]): typeof shared {
  const lists = new Map<string, readonly string[]>();
  for (const { list, alternatives } of everyList) {
    // An anchored list's own read stops within a few characters.
    if (!lists.has(list.source) && !isAnchored(list.source)) lists.set(list.source, (alternatives && ownSources(list.source, alternatives)) ?? [list.source]);
  }
  const read = readOver([...lists.values()]) ?? readOver([...lists.values()].filter(readsAlone));
  if (!read) return null;
  const indexOf = new Map<string, number>();
  for (const [source, sources] of lists) if (read.lists.includes(sources)) indexOf.set(source, indexOf.size);
  return { read: read.shared, indexOf };
}

/**
 * One read over `lists`, if it can tell anything: none when an alternative cannot be read (regex-nfa.ts
 * throws) or matches the empty text (then no read could tell). Tried over all the lists first, so no list
 * is parsed twice unless one of them spoils it.
 */
function readOver(lists: readonly (readonly string[])[]): { shared: SharedRead; lists: readonly (readonly string[])[] } | undefined {
  if (lists.length === 0) return undefined;
  try {
    const shared = new SharedRead(lists);
    return shared.alternativesIn(0, '') === undefined ? undefined : { shared, lists };
  } catch {
    return undefined;
  }
}

/** Whether a list's alternatives could share a read: its own read can be built and can tell. */
const readsAlone = (sources: readonly string[]): boolean => readOver([sources]) !== undefined;

/**
 * Each alternative as a regex of its own: the list's source with just it in the group. A list that
 * captures is read whole, since its groups would be numbered apart.
 */
function ownSources(source: string, alternatives: readonly string[]): string[] | undefined {
  const group = `(?:${alternatives.join('|')})`;
  const at = source.indexOf(group);
  if (at < 0 || source.indexOf(group, at + 1) >= 0 || hasCaptureGroup(source)) return undefined;
  const before = source.slice(0, at);
  const after = source.slice(at + group.length);
  return alternatives.map((alternative) => `${before}(?:${alternative})${after}`);
}

/**
 * A list's automaton: over its alternatives' own sources when it has them, and then the list runs as
 * the alternatives that may match; else over the list read whole, which then runs whole when it may.
 */
class ListAutomaton implements CueAutomaton {
  private own: LazyDfa | undefined;
  private shared: SharedRead | undefined;
  private sharedIndex = -1;
  /** Whether the list is tied to the text's start, read when a rule first asks how it may start. */
  private anchored: boolean | undefined;

  constructor(
    private readonly source: string,
    private readonly sources: readonly string[] | undefined,
  ) {}

  /** The list's own automaton, made the first time it is needed; throws for a source regex-nfa.ts cannot read. */
  ownRead(): LazyDfa {
    return (this.own ??= new LazyDfa(this.sources ?? this.source));
  }

  /** Reads texts through `shared`, where this list is the `index`th. */
  shareReads(shared: SharedRead, index: number): this {
    this.shared = shared;
    this.sharedIndex = index;
    return this;
  }

  exec(list: GatedList, text: string): RegExpExecArray | null {
    const possible = this.shared?.alternativesIn(this.sharedIndex, text) ?? this.ownRead().alternativesIn(text);
    if (possible?.length === 0) {
      if (list.movesLastIndex) list.lastIndex = 0;
      return null;
    }
    return possible && this.sources ? this.first(list, this.sources, possible, text) : REGEX_EXEC.call(list, text);
  }

  /**
   * The match the whole list finds, from the alternatives that may match: the leftmost, and of those
   * starting at the same place the earliest alternative, as a regex tries them in order at each place.
   */
  private first(list: GatedList, sources: readonly string[], possible: readonly number[], text: string): RegExpExecArray | null {
    const from = list.lastIndex;
    let first: RegExpExecArray | null = null;
    let end = 0;
    for (const alternative of possible) {
      const run = (list.runs[alternative] ??= new RegExp(sources[alternative], list.flags));
      run.lastIndex = from;
      const found = run.exec(text);
      if (found && (!first || found.index < first.index)) {
        first = found;
        end = run.lastIndex;
      }
    }
    if (list.movesLastIndex) list.lastIndex = first ? end : 0;
    return first;
  }

  get size(): number {
    return this.own?.size ?? 0;
  }

  mayStart(start: string): boolean {
    // A list that may match anywhere has no start to rule out, and may share the read with no automaton of its own.
    this.anchored ??= isAnchored(this.source);
    return !this.anchored || this.ownRead().mayBeginWith(start);
  }
}
