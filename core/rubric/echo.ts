import { FIGURES, normalise, TRANSCRIBER_NOTES } from './text';

// Does a sentence give back the other person's words? Counselling-style reflections often have no
// cue at all ("Twenty years is a long time."); what marks them is that they re-use the content
// words of the turn they answer. Words are compared by a crude stem (suffix stripped, first five
// letters), which is enough for "worried"/"worry", "deadline"/"deadlines".

const STOP = new Set(
  (
    "a an the and or but if so of to in on at by for with from about as into over after before than then that this these those there " +
    "it its it's is am are was were be been being do does did done doing have has had having i me my mine we us our you your yours " +
    "he him his she her they them their what which who whom whose when where why how all any both each few more most other some such " +
    "no nor not only own same too very can will just should would could might must shall may don't can't won't i'm i've i'd i'll you're " +
    "you've you'd you'll we're we've they're that's there's what's let's get got go going gone make made say said know think thought " +
    "feel want really like well also still even maybe yeah yes okay ok right sure oh um uh mm hmm thing things something anything lot " +
    "one way bit kind sort much many now here again back up out down off quite pretty actually u ur im dont cant wont"
  ).split(' '),
);

// Words are /[a-z][a-z'-]*/ scanned left to right; done by character codes because a new previous
// turn (up to ~120 words) is read on the keystroke path, and a regex exec per word allocates a match.
const isLetter = (c: number): boolean => c >= 97 && c <= 122;
const isWordChar = (c: number): boolean => isLetter(c) || c === 39 /* ' */ || c === 45; /* - */

/** Offset of the next word at or after `from`, or -1. */
function wordStart(lower: string, from: number): number {
  for (let i = from; i < lower.length; i++) if (isLetter(lower.charCodeAt(i))) return i;
  return -1;
}

/** End of the word starting at `start`. */
function wordEnd(lower: string, start: number): number {
  let end = start + 1;
  while (end < lower.length && isWordChar(lower.charCodeAt(end))) end++;
  return end;
}

const SUFFIXES = ["'s", 'ies', 'ied', 'ing', 'ed', 'es', 's', 'ly', 'y'];

export function stem(word: string): string {
  let end = word.length;
  if (word.endsWith("'s")) end -= 2;
  for (const suffix of SUFFIXES) {
    if (suffix !== "'s" && end > suffix.length + 2 && word.startsWith(suffix, end - suffix.length)) {
      end -= suffix.length;
      break;
    }
  }
  return word.slice(0, Math.min(end, 5));
}

// A transcriber's note ("(laughs)", "[pause]") is nobody's words: it never makes a sentence echo their turn.
const NOTE_WORDS = new Set(TRANSCRIBER_NOTES.flatMap((note) => note.split(' ')));
const isNote = (lower: string, start: number, end: number, word: string): boolean =>
  NOTE_WORDS.has(word) && (lower[start - 1] === '(' || lower[start - 1] === '[' || lower[end] === ')' || lower[end] === ']');

/** Visits each content word of `lower`: three letters or more, not a stop word, not a transcriber's note. */
function eachContentWord(lower: string, visit: (word: string, start: number, end: number) => void): void {
  for (let start = wordStart(lower, 0), end: number; start >= 0; start = wordStart(lower, end)) {
    end = wordEnd(lower, start);
    if (end - start < 3) continue;
    const word = lower.slice(start, end);
    if (!STOP.has(word) && !isNote(lower, start, end, word)) visit(word, start, end);
  }
}

function contentStems(lower: string): { stem: string; start: number; end: number }[] {
  const out: { stem: string; start: number; end: number }[] = [];
  eachContentWord(lower, (word, start, end) => out.push({ stem: stem(word), start, end }));
  return out;
}

export interface Echo {
  /** Whether there is a previous turn from the other person to answer at all. */
  readonly hasTurn: boolean;
  /**
   * Whether their turn ends by asking something ("Why is the tool so clunky?"): a statement then answers
   * it, so it is not read as their words given back. A tag ("..., you know?") asks nothing.
   */
  readonly asked: boolean;
  /** Whether their turn states a plan of their own ("I'll call the vendor", "I'm going to ask Tom"): "you're going to ..." may give it back. */
  readonly planned: boolean;
  /** Span (in `body`) of the words this sentence shares with the other person's turn, if it echoes it. */
  echoed(body: string): { start: number; end: number } | null;
  /** Content words of `body` that are from their turn, and all of its content words. */
  overlap(body: string): [number, number];
  /** Whether a proposal ("calling them") names something the other person raised themselves. */
  raised(proposal: string): boolean;
  /** Whether their turn has this word ("twenty" in "about twenty years now"). */
  said(word: string): boolean;
}

// The web app rescores on every keystroke against the same previous turn: keep the last reading.
// The turn's words are only read when a sentence first asks (most replies never fall through to
// the echo check), so a new previous turn costs nothing until then.
let last: { previousTurn: string | undefined; ideas: readonly string[]; echo: Echo | undefined } | undefined;

const sameIdeas = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function echoes(previousTurn: string | undefined, ideas: readonly string[] = []): Echo | undefined {
  if (last && last.previousTurn === previousTurn && sameIdeas(last.ideas, ideas)) return last.echo;
  const echo = previousTurn || ideas.length > 0 ? lazyEcho(previousTurn, ideas) : undefined;
  last = { previousTurn, ideas, echo };
  return echo;
}

function lazyEcho(previousTurn: string | undefined, ideas: readonly string[]): Echo {
  let built: WordEcho | null | undefined;
  const get = () => (built === undefined ? (built = buildEcho(previousTurn, ideas) ?? null) : built);
  return {
    hasTurn: !!previousTurn?.trim(),
    asked: !!previousTurn && asksSomething(previousTurn),
    planned: !!previousTurn && PLAN.test(previousTurn),
    echoed(body) {
      return get()?.echoed(body) ?? null;
    },
    overlap(body) {
      return get()?.overlap(body) ?? [0, 0];
    },
    raised(proposal) {
      return get()?.raised(proposal) ?? false;
    },
    said(word) {
      return get()?.said(word) ?? false;
    },
  };
}

function stemSet(lower: string, into: Set<string>): Set<string> {
  eachContentWord(lower, (word) => into.add(stem(word)));
  return into;
}

/** What needs the turn's words read; the rest of an Echo is known from the turn's text alone (lazyEcho). */
type WordEcho = Pick<Echo, 'echoed' | 'overlap' | 'raised' | 'said'>;

const FIGURE_START = /^\d/;

function buildEcho(previousTurn: string | undefined, ideas: readonly string[]): WordEcho | undefined {
  const turn = previousTurn ? stemSet(normalise(previousTurn), new Set()) : new Set<string>();
  // Words are letters only; a figure ("2019", "3.5") is said when it is one of the turn's figures.
  const figures = new Set(previousTurn?.match(FIGURES) ?? []);
  // Without scenario ideas (the usual case) the raised stems are the turn's own: no copy.
  const raisedStems = ideas.length > 0 ? new Set(turn) : turn;
  for (const idea of ideas) stemSet(normalise(idea), raisedStems);
  if (raisedStems.size === 0) return undefined;
  // Several rules ask about the same sentence (echoed, then overlap): read its words once.
  let lastBody: string | undefined;
  let lastWords: ReturnType<typeof contentStems> = [];
  const stemsOf = (body: string) => (body === lastBody ? lastWords : ((lastBody = body), (lastWords = contentStems(body))));
  return {
    echoed(body) {
      if (turn.size === 0) return null;
      const words = stemsOf(body);
      const shared = words.filter((w) => turn.has(w.stem));
      if (shared.length === 0) return null;
      // One shared word is enough in a short sentence, two in a longer one.
      if (shared.length < 2 && words.length > 4) return null;
      if (shared.length / words.length < 0.25) return null;
      // A restatement adds no new fact: a sentence with many content words of its own ("Masks keep
      // your family safe while shopping") uses their words to say something new.
      if (words.length - shared.length > Math.max(3, 1.5 * shared.length)) return null;
      return { start: shared[0].start, end: shared[shared.length - 1].end };
    },
    overlap(body) {
      const words = stemsOf(body);
      return [words.filter((w) => turn.has(w.stem)).length, words.length];
    },
    raised(proposal) {
      const words = contentStems(proposal);
      return words.length > 0 && raisedStems.has(words[0].stem);
    },
    said(word) {
      return FIGURE_START.test(word) ? figures.has(word) : turn.has(stem(word));
    },
  };
}

const PLAN = /\b(?:i|I)(?:'ll| will|'m going to|'m gonna| am going to| am gonna|’ll)\b/;
const ENDS_ASKING = /\?[\s"')\]]*$/;
const TAG_QUESTION = /(?:,|\b)\s*(?:(?:you|ya|y'?) ?know|right|yeah|eh|innit|no|lol|haha|ha|huh)\s*\?[\s"')\]]*$/i;
// Transcripts drop the question mark where the voice barely rose: "so what's the number this time then".
// A rhetorical one ("what's the point", "who cares") asks nothing.
const ASKS_UNMARKED =
  /(?:^|[.!]\s+)(?:(?:so|and|but|like|um+|uh+|er+|erm|okay|ok|right|well|then|oh),?\s+)*(?!what'?s the point|what (?:can|could) (?:you|i) do|who (?:cares|knows)|why bother|what do i know|how (?:would|should|do) i know|what else is new)(?:(?:what|how|why|where|when|which|who)(?:'s|'re| (?:(?:actually|exactly|even|really) )?(?:is|are|was|were|do|does|did|has|have|can|could|would|will|should)| about| else)\b|how (?:long|much|many|often|far|soon)\b|(?:is|are|was|were|do|does|did|can|could|will|would|should|shall|am) (?:i|you|it|that|this|there|they|we|he|she)\b)[^.!?]*$/i;
const asksSomething = (turn: string): boolean => (ENDS_ASKING.test(turn) ? !TAG_QUESTION.test(turn) : !turn.includes('?') && ASKS_UNMARKED.test(turn.trim()));
