import { describe, expect, it } from 'vitest';
import { offlineTurnNote } from '@core/feedback/turn-note';
import type { ReplyScore } from '@core/rubric/types';
import { simulateReply } from '@core/simulator/simulate';
import { initialPersonaState, type PersonaState } from '@core/simulator/types';
import { reading } from '@test/helpers/reading';
import { builtInScenario } from '@test/helpers/scenarios';

const sam = builtInScenario('numbers-dont-match');

/** The note on `r` after the simulator answered it, from `state`. */
function noteFor(r: ReplyScore & { text: string }, state: PersonaState = initialPersonaState()) {
  const out = simulateReply({ scenario: sam, state, reading: r, replyText: r.text, sessionId: 'note' });
  return offlineTurnNote({ reading: r, stateBefore: state, stateAfter: out.state, scenario: sam, revealedFactId: out.revealedFactId });
}
const sentences = (note: string) => note.match(/[^.!?"]*(?:"[^"]*"[^.!?"]*)*[.!?]/g) ?? [];

describe('offlineTurnNote', () => {
  it('names an open question, quotes it, and says what it revealed', () => {
    const note = noteFor(reading([['open_question', 'What have you tried so far?']]));
    expect(note).toContain('"What have you tried so far?"');
    expect(note).toMatch(/open question|explore/);
    expect(note).toContain('I did try to reconcile them');
  });

  it('for advice: quotes it, says engagement dropped, and offers an open question instead', () => {
    const note = noteFor(reading([['advice', 'You should use the finance number.']]));
    expect(note).toContain('"You should use the finance number"');
    expect(note).toMatch(/advice|offered an answer/);
    expect(note).toMatch(/less engaged/);
    expect(note).toMatch(/Try instead: "What (would you do|options do you see|do you think we should do)\?"/);
  });

  it('after the idea is out, a tell gets a question aimed at what is still hidden', () => {
    const state = { ...initialPersonaState(), ideaSurfaced: true, factsRevealed: ['refunds-timing'] };
    const note = noteFor(reading([['directive', 'Put both numbers on the slide.']]), state);
    expect(note).toContain('Try instead: "Who else could help with this?"');
  });

  it('says so when three tells in a row have made the persona curt', () => {
    const state = { ...initialPersonaState(), tellStreak: 2, engagement: 0.36 };
    expect(noteFor(reading([['leading_question', "Why don't you ask finance?"]]), state)).toMatch(/curt: that is 3 tells in a row/);
  });

  it('a takeover: the next step is now the leader’s, with a hand-back question', () => {
    const note = noteFor(reading([['takeover', "Leave it with me, I'll sort it."]], 0));
    expect(note).toContain('"Leave it with me, I\'ll sort it"');
    expect(note).toMatch(/next step is now yours/);
    expect(note).toContain('What do you need from me to take this forward?');
  });

  it('a hand-over: quotes the delegation evidence and the commitment', () => {
    const note = noteFor(reading([['other', "It's your call, Sam."]], 7));
    expect(note).toMatch(/"It's your call, Sam" handed the decision to Sam \(level 7, delegate\)/);
    expect(note).toMatch(/committed to a next step with a time/);
  });

  it('a reflection that opens the persona up, and one that surfaces the idea', () => {
    expect(noteFor(reading([['reflection', "Sounds like you're worried about the VP."]]))).toMatch(/reflection.*opened up and volunteered something new: "Honestly, what worries me/s);
    expect(noteFor(reading([['open_question', 'What would you do?']]))).toContain(`Sam's own idea: ${sam.ownIdea.summary}`);
  });

  it('a closed question gets an open version to try', () => {
    const note = noteFor(reading([['closed_question', 'Did you talk to finance?']]));
    expect(note).toMatch(/closed question|yes, a no/);
    expect(note).toMatch(/An open version, such as "[^"]+\?"/);
  });

  it('is 1-3 sentences, never generic praise, and deterministic', () => {
    const replies = [
      reading([['other', 'Hi Sam.']]),
      reading([['affirmation', 'Thanks for flagging this early.']]),
      reading([['information', 'Finance closes the books on the 3rd.']]),
      reading([['advice', 'You should use the finance number.'], ['open_question', 'What do you think?']]),
    ];
    for (const r of replies) {
      const note = noteFor(r);
      expect(sentences(note).length, note).toBeGreaterThanOrEqual(1);
      expect(sentences(note).length, note).toBeLessThanOrEqual(3);
      expect(note).not.toMatch(/great job|well done|nice work|good job/i);
      expect(noteFor(r)).toBe(note);
    }
  });
});
