import { describe, expect, it } from 'vitest';
import { scoreReply } from '../../../core/rubric/score-reply';
import type { MoveKind } from '../../../core/rubric/types';

// The general mechanisms added against the held-out style cases, one probe each, on sentences that
// are in none of the case files.

describe('reading a statement against the previous turn', () => {
  it('reads a cue-less restatement of their situation as a reflection when answering them', () => {
    const turn = 'My manager keeps moving my deadlines without telling me.';
    expect(scoreReply('The goalposts keep shifting under you.', { previousTurn: turn }).moves[0].kind).toBe('reflection');
    expect(scoreReply('Nothing stays put for long.', { previousTurn: turn }).moves[0].kind).toBe('reflection');
  });

  it("keeps the leader's own world and figures as information, even when answering", () => {
    const turn = 'My manager keeps moving my deadlines without telling me.';
    expect(scoreReply('We had the same thing on the Atlas project.', { previousTurn: turn }).moves[0].kind).toBe('information');
    expect(scoreReply('The release is due on 14 March.', { previousTurn: turn }).moves[0].kind).toBe('information');
  });

  it('reads facts about the other person, with no turn to answer, as information', () => {
    expect(scoreReply('Your pension statement shows two gaps.').family).toBe('tell');
    expect(scoreReply("You're eligible for the parental leave top-up.").family).toBe('tell');
  });
});

describe('move probes', () => {
  it.each<[MoveKind, string]>([
    ['affirmation', 'You should be so proud of the way that went.'],
    ['affirmation', 'Six months sober is a huge milestone.'],
    ['other', 'Hello Priya, grab a seat.'],
    ['leading_question', 'Is there a reason we couldn’t run it as a pilot?'],
    ['leading_question', 'Would a shared tracker help?'],
    ['directive', 'Would you mind updating the risk log today?'],
    ['closed_question', "Is that something you'd like to look at together?"],
    ['advice', 'You could maybe just skip the weekly sync.'],
    ['information', "I know you're keen, but the role has already been filled."],
  ])('%s: %s', (kind, text) => {
    expect(scoreReply(text).moves.map((m) => m.kind)).toEqual([kind]);
  });
});
