import { FIGURES, normalisedCode, TRANSCRIBER_NOTES } from './text';

// Does a sentence give back the other person's words? Counselling-style reflections often have no
// cue at all ("Twenty years is a long time."); what marks them is that they re-use the content
// words of the turn they answer. Words are compared by a crude stem (suffix stripped, first five
// letters), which is enough for "worried"/"worry", "deadline"/"deadlines".

// Words are /[a-z][a-z'-]*/ in normalised text (text.ts), scanned left to right by character codes: a
// new previous turn (up to ~120 words) is read on the keystroke path. A turn is read through
// normalisedCode() rather than normalised first, and no word is cut out as a string: each word is
// known by a number made from its letters (wordKey), and so is its stem. Normalising a long turn
// (565 characters) and cutting out and hashing its words and stems took about 17 us, now about 12.
const isLetter = (c: number): boolean => c >= 97 && c <= 122;
const APOSTROPHE = 39;
const HYPHEN = 45;
/** A word character's digit in a word's number (a-z 1-26, apostrophe 27, hyphen 28), or 0 for any other. */
const digitOf = (c: number): number => (isLetter(c) ? c - 96 : c === APOSTROPHE ? 27 : c === HYPHEN ? 28 : 0);
/** Base of a word's number: five bits a character, so ten characters stay exact in a double. */
const BASE = 32;
/** Words longer than this are no stop words and need no number of their own. */
const LONGEST_KEYED = 10;

/** The number of `text` from `start` to `end`, read as normalised (at most LONGEST_KEYED characters); -1 where one is no word character. */
function wordKey(text: string, start: number, end: number): number {
  let key = 0;
  for (let i = start; i < end; i++) {
    const digit = digitOf(normalisedCode(text.charCodeAt(i)));
    if (digit === 0) return -1;
    key = key * BASE + digit;
  }
  return key;
}

const keyOfWord = (word: string): number => wordKey(word, 0, word.length);

// None is longer than LONGEST_KEYED.
const STOP_WORDS = (
  "a an the and or but if so of to in on at by for with from about as into over after before than then that this these those there " +
  "it its it's is am are was were be been being do does did done doing have has had having i me my mine we us our you your yours " +
  "he him his she her they them their what which who whom whose when where why how all any both each few more most other some such " +
  "no nor not only own same too very can will just should would could might must shall may don't can't won't i'm i've i'd i'll you're " +
  "you've you'd you'll we're we've they're that's there's what's let's get got go going gone make made say said know think thought " +
  "feel want really like well also still even maybe yeah yes okay ok right sure oh um uh mm hmm thing things something anything lot " +
  "one way bit kind sort much many now here again back up out down off quite pretty actually u ur im dont cant wont"
).split(' ');
const STOP = new Set(STOP_WORDS.map(keyOfWord));

const SUFFIXES = ['ies', 'ied', 'ing', 'ed', 'es', 's', 'ly', 'y'];

/**
 * The number of the stem of `text`'s word from `start` to `end`: its first five characters once a
 * possessive and then one suffix are stripped, so "worried" and "worry", "deadline" and "deadlines"
 * share one; -1 where the stem holds a character no word has.
 */
function stemKey(text: string, start: number, end: number): number {
  return wordKey(text, start, Math.min(stemEnd(text, start, end), start + STEM_LENGTH));
}

/** Where the stem of `text`'s word from `start` to `end` ends: before a possessive, then before one suffix. */
function stemEnd(text: string, start: number, end: number): number {
  let stemEnd = end;
  if (end - start >= 2 && normalisedCode(text.charCodeAt(end - 2)) === APOSTROPHE && normalisedCode(text.charCodeAt(end - 1)) === 115 /* s */) stemEnd -= 2;
  for (const suffix of SUFFIXES) {
    if (stemEnd - start > suffix.length + 2 && endsWith(text, stemEnd, suffix)) return stemEnd - suffix.length;
  }
  return stemEnd;
}

const STEM_LENGTH = 5;

/** Whether `text` before `end` ends with `suffix`, read as normalised. */
function endsWith(text: string, end: number, suffix: string): boolean {
  for (let i = 1; i <= suffix.length; i++) if (normalisedCode(text.charCodeAt(end - i)) !== suffix.charCodeAt(suffix.length - i)) return false;
  return true;
}

// A transcriber's note ("(laughs)", "[pause]") is nobody's words: it never makes a sentence echo their turn.
const NOTE_WORDS = new Set(TRANSCRIBER_NOTES.flatMap((note) => note.split(' ')).map(keyOfWord));

/** Content words of a text, each as its stem's number and where it stands. */
interface ContentWords {
  stems: number[];
  starts: number[];
  ends: number[];
}

/**
 * The content words of `text`, read as normalised (normalisedCode leaves normalised text as it is):
 * three letters or more, not a stop word, not a transcriber's note. Each word's number is made as its
 * characters are read, and so are the numbers of its first one to five characters, one of which is its
 * stem's: reading each word again for them cost a tenth of building a 100-word turn's echo (9.0 us, now 8.0).
 */
function contentWords(text: string): ContentWords {
  const words: ContentWords = { stems: [], starts: [], ends: [] };
  let start = -1;
  let key = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? normalisedCode(text.charCodeAt(i)) : 0;
    if (start < 0) {
      if (isLetter(c)) {
        start = i;
        key = prefixKeys[1] = digitOf(c);
      }
      continue;
    }
    if (c === APOSTROPHE || c === HYPHEN || isLetter(c)) {
      const length = i - start + 1;
      if (length <= LONGEST_KEYED) key = key * BASE + digitOf(c);
      if (length <= STEM_LENGTH) prefixKeys[length] = key;
      continue;
    }
    const length = i - start;
    if (length >= 3 && !(length <= LONGEST_KEYED && isStopOrNote(key, text, start, i))) {
      words.stems.push(prefixKeys[Math.min(stemEnd(text, start, i) - start, STEM_LENGTH)]);
      words.starts.push(start);
      words.ends.push(i);
    }
    start = -1;
  }
  return words;
}

/** The numbers of a word's first one to five characters as contentWords reads it (index: how many). */
const prefixKeys = new Int32Array(STEM_LENGTH + 1);

/** Whether the word of number `key` from `start` to `end` in `text` is a stop word or a transcriber's note. */
function isStopOrNote(key: number, text: string, start: number, end: number): boolean {
  if (STOP.has(key)) return true;
  return NOTE_WORDS.has(key) && (/[([]/.test(text[start - 1]) || /[)\]]/.test(text[end]));
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

/** Adds the stems of `text`'s content words to `into`. */
function addStems(text: string, into: Set<number>): Set<number> {
  for (const key of contentWords(text).stems) into.add(key);
  return into;
}

/** What needs the turn's words read; the rest of an Echo is known from the turn's text alone (lazyEcho). */
type WordEcho = Pick<Echo, 'echoed' | 'overlap' | 'raised' | 'said'>;

const FIGURE_START = /^\d/;

function buildEcho(previousTurn: string | undefined, ideas: readonly string[]): WordEcho | undefined {
  const turn = previousTurn ? addStems(previousTurn, new Set()) : new Set<number>();
  // Words are letters only; a figure ("2019", "3.5") is said when it is one of the turn's figures.
  const figures = new Set(previousTurn?.match(FIGURES) ?? []);
  // Without scenario ideas (the usual case) the raised stems are the turn's own: no copy.
  const raisedStems = ideas.length > 0 ? new Set(turn) : turn;
  for (const idea of ideas) addStems(idea, raisedStems);
  if (raisedStems.size === 0) return undefined;
  // Several rules ask about the same sentence (echoed, then overlap): read its words once.
  let lastBody: string | undefined;
  let lastWords: ContentWords = { stems: [], starts: [], ends: [] };
  const wordsOf = (body: string) => (body === lastBody ? lastWords : ((lastBody = body), (lastWords = contentWords(body))));
  const sharedCount = ({ stems }: ContentWords) => {
    let shared = 0;
    for (const key of stems) if (turn.has(key)) shared++;
    return shared;
  };
  return {
    echoed(body) {
      if (turn.size === 0) return null;
      const words = wordsOf(body);
      const total = words.stems.length;
      const shared = sharedCount(words);
      if (shared === 0) return null;
      // One shared word is enough in a short sentence, two in a longer one.
      if (shared < 2 && total > 4) return null;
      if (shared / total < 0.25) return null;
      // A restatement adds no new fact: a sentence with many content words of its own ("Masks keep
      // your family safe while shopping") uses their words to say something new.
      if (total - shared > Math.max(3, 1.5 * shared)) return null;
      const first = words.stems.findIndex((key) => turn.has(key));
      const last = words.stems.findLastIndex((key) => turn.has(key));
      return { start: words.starts[first], end: words.ends[last] };
    },
    overlap(body) {
      const words = wordsOf(body);
      return [sharedCount(words), words.stems.length];
    },
    raised(proposal) {
      const { stems } = contentWords(proposal);
      return stems.length > 0 && raisedStems.has(stems[0]);
    },
    said(word) {
      return FIGURE_START.test(word) ? figures.has(word) : turn.has(stemKey(word, 0, word.length));
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
