import type { HiddenFact } from '../scenario/schema';
import { topicScore } from '../simulator/topics';

// Open questions a coach would suggest, keyed by the kind of thing a hidden fact is about. The
// suggestion is built from the fact's topic words, so it points at the right area without
// reciting the fact.

export interface QuestionKind {
  /** What the question is about, for "a question about ..." */
  about: string;
  question: string;
  topics: string[];
}

export const QUESTION_KINDS: QuestionKind[] = [
  { about: 'what they had already tried', question: 'What have you tried so far?', topics: ['tried', 'try', 'attempt', 'so far', 'already', 'done', 'progress', 'status', 'looked'] },
  { about: 'what worries them', question: 'What worries you most about this?', topics: ['worr', 'afraid', 'fear', 'scared', 'concern', 'nervous', 'feel', 'feeling', 'upset'] },
  { about: 'who else is involved', question: 'Who else could help with this?', topics: ['who', 'help', 'support', 'team', 'people', 'someone', 'anyone', 'colleague', 'client', 'contact'] },
  { about: 'what is in their way', question: 'What is getting in the way?', topics: ['block', 'stuck', 'waiting', 'in the way', 'obstacle', 'depend', 'slow', 'hold'] },
  { about: 'how it came about', question: 'How did this come about?', topics: ['happen', 'cause', 'why', 'went wrong', 'how did', 'changed', 'change', 'scope'] },
  { about: 'what matters to them', question: 'What matters most to you here?', topics: ['want', 'matter', 'important', 'goal', 'grow', 'career', 'value', 'future', 'like', 'benefit'] },
  { about: 'how big the problem really is', question: 'How big is the impact, really?', topics: ['how much', 'how big', 'size', 'impact', 'numbers', 'damage', 'risk', 'gap'] },
  { about: 'what they are allowed to decide', question: 'What is within your authority here?', topics: ['budget', 'cost', 'price', 'spend', 'limit', 'authority', 'approv', 'allowed', 'sign'] },
];

export const FALLBACK_QUESTION: QuestionKind = { about: 'what they see that you do not', question: 'What else is going on here?', topics: [] };

/** The question kind whose topics best overlap the fact's topics. */
export function questionFor(fact: HiddenFact): QuestionKind {
  const text = fact.topics.join(' ');
  let best = FALLBACK_QUESTION;
  let bestScore = 0;
  for (const kind of QUESTION_KINDS) {
    const score = topicScore(text, kind.topics);
    if (score > bestScore) [best, bestScore] = [kind, score];
  }
  return best;
}

/** Asks for the other person's own view: what to ask before offering a solution. */
export const VIEW_QUESTIONS = ['What would you do?', 'What options do you see?', 'What do you think we should do?'];

/** Hands the next step over with a time attached. */
export const HAND_OVER = ["It's your call. What will you do, and by when?", 'What do you need from me to take this forward?'];

/** The opening question suggested when a session ended before the leader replied. */
export const OPENING_QUESTION = "What's going on?";
