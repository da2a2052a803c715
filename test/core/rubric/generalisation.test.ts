import { describe, expect, it } from 'vitest';
import { scoreReply } from '@core/rubric/score-reply';
import type { MoveKind } from '@core/rubric/types';

// The general mechanisms added against the held-out style cases, one probe each, on sentences that
// are in none of the case files.

describe('reading a statement against the previous turn', () => {
  it('reads a cue-less restatement of their situation as a reflection when answering them', () => {
    const turn = 'My manager keeps moving my deadlines without telling me.';
    expect(scoreReply('The goalposts keep shifting under you.', { previousTurn: turn }).moves[0].kind).toBe('reflection');
    expect(scoreReply('All this moving around is wearing you down.', { previousTurn: turn }).moves[0].kind).toBe('reflection');
  });

  it('needs a positive cue: a general truth answering their turn is not a reflection (issue 13)', () => {
    const turn = 'My manager keeps moving my deadlines without telling me.';
    // "Nothing stays put for long" was read as a reflection before; it gives back none of their words,
    // no state of theirs and no frame, so it is information now.
    expect(scoreReply('Nothing stays put for long.', { previousTurn: turn }).moves[0].kind).not.toBe('reflection');
    expect(scoreReply('People change jobs all the time.', { previousTurn: turn }).family).toBe('tell');
  });

  it("keeps the leader's own world and figures as information, even when answering", () => {
    const turn = 'My manager keeps moving my deadlines without telling me.';
    expect(scoreReply('We had the same thing on the Atlas project.', { previousTurn: turn }).moves[0].kind).toBe('information');
    expect(scoreReply('The release is due on 14 March.', { previousTurn: turn }).moves[0].kind).toBe('information');
  });

  it('reads news about someone their turn never mentioned as information, and gives back someone it did', () => {
    const turn = "I've been chasing the vendor all week.";
    expect(scoreReply('The client still wants the figures today.', { previousTurn: turn }).moves[0].kind).toBe('information');
    expect(scoreReply('The board still wants the numbers.', { previousTurn: "I'm exhausted." }).moves[0].kind).toBe('information');
    // The client in their own turn: the same kind of sentence gives their situation back.
    const aboutClient = 'The client keeps asking for the figures and I have nothing to send.';
    expect(scoreReply('The client still wants the figures.', { previousTurn: aboutClient }).moves[0].kind).toBe('reflection');
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

// Mechanisms added against the blind-evaluation error patterns (docs/rubric-blind-eval.md), probed
// on sentences in none of the case files (blind, probe or otherwise).
const kinds = (text: string, previousTurn?: string): MoveKind[] =>
  scoreReply(text, previousTurn ? { previousTurn } : undefined).moves.map((m) => m.kind);
const level = (text: string): string => scoreReply(text).delegation.ownership;

describe('blind pattern 1: shared words or "you" do not make information a reflection', () => {
  it('reads general claims (risks, causes, likelihoods, "people who") as information', () => {
    const turn = "I only have a couple of coffees after lunch, it's hardly anything.";
    expect(kinds('Caffeine after noon halves the chances of deep sleep.', turn)).toEqual(['information']);
    expect(kinds('Those who cut caffeine after lunch usually sleep better within a week.', turn)).toEqual(['information']);
    expect(kinds("A late coffee doesn't always show up as trouble falling asleep.", turn)).toEqual(['information']);
  });
  it('reads an echoed or "your" sentence with figures or rules and no feeling as information', () => {
    const turn = 'My landlord wants to put the rent up again.';
    expect(kinds('Your landlord can only raise it once every 12 months under the tenancy rules.', turn)).toEqual(['information']);
  });
  it('reads what follows "just so you know" / "since you asked" as information', () => {
    expect(scoreReply("Just so you're aware, the car park shuts at eight.").family).toBe('tell');
    expect(kinds('Since you asked, the canteen stops serving at two.', 'When does lunch finish?')).toEqual(['information']);
  });
  it('reads an instruction after "next time" as a directive, and an offer of help as other', () => {
    expect(scoreReply('Ugh, annoying. Next time just cc me on the thread.', { previousTurn: 'They ignored my email again.' }).family).toBe('tell');
    expect(kinds('Give me a shout if you want a second pair of eyes.')).toEqual(['other']);
  });
  it('finds a takeover whose verb is followed by a name ("let me speak to Oskar")', () => {
    expect(kinds('Let me speak to Oskar about it.', 'Oskar keeps skipping the reviews.')).toEqual(['takeover']);
  });
});

describe('blind pattern 2: yes/no proposals and requests are tell', () => {
  it.each<[MoveKind, string]>([
    ['leading_question', 'Should we freeze merges until the audit?'],
    ['leading_question', 'Shall we, um, just drop the Friday demo?'],
    ['leading_question', 'Could Hamid run the vendor call instead?'],
    ['leading_question', "Isn't the onboarding meant to be HR's job?"],
    ['directive', 'Could somebody book the room for Thursday?'],
    ['directive', 'Would you be able to rerun the export?'],
    ['directive', 'Please, you can send the slides?'],
  ])('%s: %s', (kind, text) => {
    expect(kinds(text)).toEqual([kind]);
  });
  it('keeps real questions about facts, conversations and the other person as asks', () => {
    expect(kinds('Could we talk through what happened on Tuesday?')).toEqual(['closed_question']);
    expect(kinds('Will Hamid be at the offsite?')).toEqual(['closed_question']);
    expect(kinds('Should I push back on the date?')).toEqual(['closed_question']);
    expect(kinds('Would you be able to say more about that?')[0]).not.toBe('directive');
  });
});

describe('blind pattern 3: a reflection frame is not overridden by a cue it quotes', () => {
  it('reads an understanding check as a summary, not a takeover', () => {
    expect(scoreReply("Let me check I've got it. The rota changed twice and nobody told you. Is that it?").family).toBe('ask');
  });
  it("gives back the other person's own plan as a reflection", () => {
    const turn = "I'm going to try walking to work from next week.";
    expect(kinds("So you've settled on walking to work, starting next week.", turn)).toEqual(['reflection']);
  });
  it('reads the leader perceiving a feeling as a reflection', () => {
    expect(kinds('I can see how anxious you are about the move.', 'The move is in two weeks and nothing is packed.')).toEqual(['reflection']);
  });
  it('does not praise a burden ("a lot on")', () => {
    expect(scoreReply("It seems you've got a lot on with the house sale.", { previousTurn: 'The house sale, the new job, the kids...' }).family).toBe('ask');
  });
});

describe('blind pattern 4: minimal encouragers and back-channels', () => {
  it('reads "carry on" / "go on" as inviting the other to continue (ask) and "mm-hm" as other', () => {
    expect(kinds('Carry on.', 'And then the phone rang...')).toEqual(['open_question']);
    expect(scoreReply('Yeah, go on, I\'m listening.').family).toBe('ask');
    expect(scoreReply('Mm-hmm.', { previousTurn: 'It was a strange week.' }).family).toBe('other');
  });
});

describe('blind delegation patterns', () => {
  it('reads hand-overs outside the old vocabulary as hands_over', () => {
    expect(level('Choose which supplier you want and let me know where you land.')).toBe('hands_over');
    expect(level("You're free to set the agenda yourself.")).toBe('hands_over');
    expect(level('I trust your instincts on the hire.')).toBe('hands_over');
    expect(level("I'm fine leaving the rota with you.")).toBe('hands_over');
    expect(level("I'd go for the later slot, but it's your shout.")).toBe('hands_over');
  });
  it('reads first-person decisions and disfluent takeovers as keeps', () => {
    expect(level("I'm postponing the workshop until March.")).toBe('keeps');
    expect(level("I'll, uh, I'll just jump on the thread myself.")).toBe('keeps');
    expect(level("Let's go with the second quote. It's the cheaper bet.")).toBe('keeps');
  });
  it('credits the leader, not the other person, when the leader makes the call', () => {
    expect(level("Send me your thoughts. I'll weigh them, but I have to make the call.")).toBe('shares');
    expect(level("You and me should settle the budget between us.")).toBe('shares');
  });
});
