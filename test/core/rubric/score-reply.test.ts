import { describe, expect, it } from 'vitest';
import { LEARNED_RULE } from '@core/rubric/learned-check';
import { REMARK_RULE } from '@core/rubric/remarks';
import { dominantFamily, scoreReply } from '@core/rubric/score-reply';
import type { MoveKind } from '@core/rubric/types';

// One case per move: the reply, its move, and the words that earned the label.
const MOVES: [MoveKind, string, string][] = [
  ['open_question', 'What options do you see?', 'What'],
  ['open_question', 'Tell me more about the client.', 'Tell me'],
  ['closed_question', 'Did you email them?', 'Did'],
  ['reflection', "It sounds like you're stuck between the two teams.", 'It sounds like'],
  ['reflection', "So you've got a plan, you just want a sanity check.", "So you"],
  ['leading_question', 'Have you tried calling them instead?', 'Have you tried'],
  ['leading_question', 'Maybe try rolling back to 2.3?', 'Maybe try'],
  ['advice', 'You should loop in legal.', 'You should'],
  ['advice', 'One idea might be to pair with someone from ops.', 'One idea might be'],
  ['directive', 'Send me the plan by Friday.', 'Send'],
  ['directive', "We're going with vendor B.", "We're going with"],
  ['information', 'In my experience clients hate surprises.', 'In my experience'],
  ['takeover', "Leave it with me, I'll sort it out.", 'Leave it with me'],
  ['takeover', 'I’ll handle the client.', 'I’ll handle'],
  ['affirmation', 'Thanks for flagging this early.', 'Thanks for'],
  ['other', 'Okay.', 'Okay.'],
  ['other', 'Sorry, I’m a few minutes late.', 'Sorry'],
];

describe('scoreReply moves', () => {
  it.each(MOVES)('%s: %s', (kind, text, cue) => {
    const { moves } = scoreReply(text);
    expect(moves).toHaveLength(1);
    expect(moves[0]).toMatchObject({ kind, start: 0, end: text.length, text });
    expect(moves[0].cue?.text).toBe(cue);
    expect(text.slice(moves[0].cue!.start, moves[0].cue!.end)).toBe(cue);
    expect(moves[0].reason).toContain(cue);
  });

  it('splits a reply into sentences whose spans point into the original text', () => {
    const text = 'Thanks for raising it.  What do you think the options are?';
    const { moves } = scoreReply(text);
    expect(moves.map((m) => m.kind)).toEqual(['affirmation', 'open_question']);
    for (const m of moves) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('keeps abbreviations inside a sentence', () => {
    expect(scoreReply('Talk to Mr. Shah first, e.g. about the budget.').moves).toHaveLength(1);
  });

  it('reads a statement as a reflection when it gives back the previous turn', () => {
    const previousTurn = "I've smoked since I was sixteen, so about twenty years now.";
    expect(scoreReply('Twenty years is a long time.').moves[0].kind).not.toBe('reflection');
    const { moves } = scoreReply('Twenty years is a long time.', { previousTurn });
    expect(moves[0].kind).toBe('reflection');
    expect(moves[0].cue?.text).toBe('Twenty years');
  });

  it('does not call a question leading when the other person raised the idea', () => {
    expect(scoreReply('What do you think about splitting the release?').family).toBe('tell');
    const previousTurn = 'Maybe we could split the release into two parts.';
    expect(scoreReply('What do you think about splitting the release?', { previousTurn }).moves[0].kind).toBe('open_question');
  });

  it('scores empty and whitespace-only text as no moves', () => {
    expect(scoreReply('').moves).toEqual([]);
    expect(scoreReply('   \n ').family).toBe('other');
  });
});

describe('dominance rule', () => {
  const kinds = (...k: MoveKind[]) => k.map((kind) => ({ kind }));
  it('a solution-carrying tell anywhere makes the reply a tell', () => {
    expect(dominantFamily(kinds('open_question', 'reflection', 'advice'))).toBe('tell');
    expect(dominantFamily(kinds('affirmation', 'leading_question'))).toBe('tell');
    expect(scoreReply("That's a good start. I'd add a timeline before you send it.").family).toBe('tell');
  });
  it('otherwise any ask move makes it an ask, even beside information', () => {
    expect(dominantFamily(kinds('information', 'open_question'))).toBe('ask');
    expect(scoreReply('That sounds hard. What do you want to do?').family).toBe('ask');
  });
  it('information alone is a tell; affirmations and fillers alone are other', () => {
    expect(dominantFamily(kinds('information', 'affirmation'))).toBe('tell');
    expect(dominantFamily(kinds('affirmation', 'other'))).toBe('other');
    expect(dominantFamily([])).toBe('other');
  });
});

describe('moves have one shape', () => {
  // Moves read again by their place in the reply or by the learned check are made whole, as the rest are (moves.ts,
  // makeMove): V8 deoptimised the code reading a reply's moves each time it met a move of another shape.
  const REPLIES: [string, string?][] = [
    ['Here is one thought, for what it is worth: a quick survey might help. But you decide.'],
    ["That's frustrating. Next time just ask them to freeze the spec before you start.", 'I spent three days on it and then they changed the spec.'],
    ['What options do you see? Send me the plan by Friday.'],
  ];
  const read = REPLIES.map(([text, previousTurn]) => {
    const rules: string[] = [];
    return { moves: scoreReply(text, previousTurn ? { previousTurn } : undefined, rules).moves, rules };
  });

  it('reaches moves read again by their place and by the learned check', () => {
    const rules = read.flatMap((r) => r.rules);
    expect(rules).toContain(REMARK_RULE);
    expect(rules).toContain(LEARNED_RULE);
  });

  it('gives every move the same keys in the same order', () => {
    const shapes = new Set(read.flatMap((r) => r.moves.map((move) => Object.keys(move).join(','))));
    expect([...shapes]).toEqual(['start,end,text,kind,family,reason,cue']);
  });
});
