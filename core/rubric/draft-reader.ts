import { echoes, type Echo } from './echo';
import { ideasOf, moveAt, replyOf, type SentenceMove } from './score-reply';
import { normalise, sentences } from './text';
import type { ReplyScore, ScoreContext } from './types';

// The live meter's rubric. Typing changes one sentence at a time, so each call re-reads only the
// sentences that are new or have moved and reuses the rest: the same reading as scoreReply (a test
// types the rubric's corpora through both), for a fraction of the work and garbage per keystroke.
// A sentence's move depends on its words, its place in the reply (the offsets it carries) and the
// context's echo of the other person's words, which is all the cache is keyed on; the reply-wide
// parts (family, delegation level) are recomputed on every call.

export type DraftReader = (text: string, context?: ScoreContext) => ReplyScore;

export function createDraftReader(): DraftReader {
  let contextKey: string | undefined;
  let echo: Echo | undefined;
  // Only the sentences of the last draft are kept: a deleted or edited one is dropped on the next call.
  let known = new Map<string, SentenceMove>();
  return (text, context) => {
    const ideas = ideasOf(context);
    const key = `${context?.previousTurn === undefined ? '\u0001' : context.previousTurn}\u0000${ideas.join('\u0000')}`;
    if (key !== contextKey) {
      contextKey = key;
      echo = echoes(context?.previousTurn, ideas);
      known = new Map();
    }
    const lower = normalise(text);
    const kept = new Map<string, SentenceMove>();
    const read = sentences(text, lower).map((span) => {
      const id = `${span.start}\u0000${span.text}`;
      const sentence = known.get(id) ?? moveAt(text, lower, span, echo);
      kept.set(id, sentence);
      return sentence;
    });
    known = kept;
    return replyOf(text, lower, read, echo);
  };
}
