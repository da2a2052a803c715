// The words a learned model weighs, found in a reply by their characters (learned-model.ts). The
// scorer reads every reply's words for the learned checks; cutting each word out as a string and
// hashing it to look it up cost more than the rest of the check, and most words are not in the
// model. Here a word is followed character by character through a trie of the model's words, so a
// word the model does not weigh is left as soon as its characters leave the trie, and no string is made.

/** Characters a word is made of (learned-features.ts's WORD: letters and the apostrophe). */
const SYMBOLS = 27;
const APOSTROPHE_SYMBOL = 26;
const QUESTION = 63;
const EXCLAMATION = 33;

/** The symbol of a word character, or -1 for a character that ends a word. */
function symbolOf(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  return code === 39 ? APOSTROPHE_SYMBOL : -1;
}

/**
 * Words to values, looked up as they are read. `T` is what the caller keeps for a word (its weights,
 * the pairs it starts); every word given to `entry` gets one, so a word that only ends a pair is found too.
 */
export class WordTrie<T> {
  /** next[node * SYMBOLS + symbol]: the child node, or 0 for none (the root, node 0, is nobody's child). */
  private next: Uint32Array;
  private nodes = 1;
  /** The value of the word that ends at each node. */
  private values: (T | undefined)[] = [undefined];
  /** Words that are not letters: the reply's start and end marks, "?" and "!". */
  private marks = new Map<string, T>();

  constructor(capacity: number) {
    this.next = new Uint32Array((capacity + 1) * SYMBOLS);
  }

  /** The value of `word`, made by `make` the first time. */
  entry(word: string, make: () => T): T {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const symbol = symbolOf(word.charCodeAt(i));
      if (symbol < 0) return this.marks.get(word) ?? this.marks.set(word, make()).get(word)!;
      const at = node * SYMBOLS + symbol;
      if (this.next[at] === 0) {
        if (this.nodes * SYMBOLS >= this.next.length) this.grow();
        this.next[at] = this.nodes++;
      }
      node = this.next[at];
    }
    return this.values[node] ?? (this.values[node] = make());
  }

  /** The value of a word that is no letters ("<s>", "</s>", "?", "!"), if one was set. */
  mark(word: string): T | undefined {
    return this.marks.get(word);
  }

  /**
   * Calls `onWord` with the value of each word of `lower` in order (undefined for a word not held) and
   * where it stands, as learned-features.ts's walkWords reads them: runs of letters and apostrophes, and
   * each "?" or "!".
   */
  eachWord(lower: string, onWord: (value: T | undefined, start: number, end: number) => void): void {
    const next = this.next;
    let node = 0;
    let start = -1;
    for (let i = 0; i < lower.length; i++) {
      const code = lower.charCodeAt(i);
      const symbol = symbolOf(code);
      if (symbol >= 0) {
        // Once off the trie (node -1), the rest of the word is only read to find its end.
        if (node >= 0) node = next[node * SYMBOLS + symbol] || -1;
        if (start < 0) start = i;
        continue;
      }
      if (start >= 0) onWord(node > 0 ? this.values[node] : undefined, start, i);
      start = -1;
      node = 0;
      if (code === QUESTION) onWord(this.marks.get('?'), i, i + 1);
      else if (code === EXCLAMATION) onWord(this.marks.get('!'), i, i + 1);
    }
    if (start >= 0) onWord(node > 0 ? this.values[node] : undefined, start, lower.length);
  }

  private grow(): void {
    const bigger = new Uint32Array(this.next.length * 2);
    bigger.set(this.next);
    this.next = bigger;
  }
}
