import type { HiddenFact } from '../scenario/schema';

// Matches a leader's question against the topic words of hidden facts. Topics are written by
// scenario authors as words, stems ("motivat") or short phrases ("so far"). A topic word of four
// letters or more also matches words it starts ("worr" -> "worried"), and regular inflections
// match each other ("happen" ~ "happened", "change" ~ "changing"); irregular ones ("try" /
// "tried") must be listed by the author.

const words = (text: string): string[] => text.toLowerCase().replace(/[’']/g, "'").match(/[a-z0-9']+(?:-[a-z0-9]+)*/g) ?? [];

const stem = (w: string): string => {
  const cut = w.replace(/(ing|ed|es|s|e)$/, '');
  return cut.length >= 3 ? cut : w;
};

function touches(questionWords: string[], topic: string): boolean {
  const topicWords = words(topic);
  if (topicWords.length === 0) return false;
  const matchesAt = (i: number) =>
    topicWords.every((t, k) => {
      const w = questionWords[i + k];
      if (w === undefined) return false;
      return w === t || (t.length >= 4 && w.startsWith(t)) || (t.length >= 4 && stem(w) === stem(t));
    });
  return questionWords.some((_, i) => matchesAt(i));
}

/** How many of the fact's topics the text touches; a phrase counts for each of its words. */
export function topicScore(text: string, topics: readonly string[]): number {
  const questionWords = words(text);
  return topics.filter((t) => touches(questionWords, t)).reduce((sum, t) => sum + words(t).length, 0);
}

/** The not-yet-revealed fact whose topics the text touches most; ties go to the earlier fact. */
export function bestFactMatch(
  text: string,
  facts: readonly HiddenFact[],
  revealed: readonly string[],
): HiddenFact | undefined {
  let best: HiddenFact | undefined;
  let bestScore = 0;
  for (const fact of facts) {
    if (revealed.includes(fact.id)) continue;
    const score = topicScore(text, fact.topics);
    if (score > bestScore) [best, bestScore] = [fact, score];
  }
  return best;
}
