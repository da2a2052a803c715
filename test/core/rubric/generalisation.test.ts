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

// Mechanisms from a blind leadership set (eighth pass), each in words of our own.
describe('blind delegation patterns, second set', () => {
  it.each([
    ["I'd like you to run the stand-up on Monday.", 'keeps'],
    ['No rush, but I do need the rota signed off before Friday.', 'keeps'],
    ['Given how stretched you are, I\'m pulling the audit back onto my plate.', 'keeps'],
    ['Take this with a grain of salt, but I heard the office move slipped to spring.', 'none'],
    ["ignore me if you've seen it already but payroll runs a day early this month", 'none'],
    ["It's not your call, sadly, but I want your read before I decide. What would you do?", 'shares'],
    ['Send me both drafts and I\'ll decide which one goes to the client.', 'shares'],
    ['The rota sits with me, but I\'d like to hear what would work for you. Any preferences?', 'shares'],
    ['eh, both look fine to me. pick one and lmk', 'hands_over'],
    ['Whatever you settle on, drop me a note so I can update the board.', 'hands_over'],
    ["You're the one on the ground, so book whichever contractor you think is best.", 'hands_over'],
    ['Your shift, your rules.', 'hands_over'],
    ["I'm not going to make this call for you. Run it your way.", 'hands_over'],
    ["Make the call on the overtime yourself, and note it in the log so I've got it on record.", 'hands_over'],
    ["hmm I'd maybe go with the older laptop? but ur closer to it, ur decision", 'hands_over'],
  ])('%s -> %s', (text, ownership) => {
    expect(level(text)).toBe(ownership);
  });

  it.each([
    ["Why don't you just ring the courier and be done with it?", 2],
    ["Stick with the current agency. Everyone knows their system and it's the sensible call before peak.", 2],
    ["We're staying put with the current insurer, the switch isn't worth the hassle.", 1],
    ["Thanks for flagging it. This one needs to come from me, so I'll have the conversation with her tomorrow.", 0],
    ['Handle the complaint as you see fit and drop me a summary after.', 6],
    ['You know the families far better than me, so do what feels right.', 7],
    ['I\'ve always found smaller groups work better at that age. What do you want to go with?', 5],
    ["You're driving this one. I won't be checking in.", 7],
    ['Yes please, take it on. Just send me a copy of the final letter.', 6],
    ['Run the new layout past me before you move anything on the shop floor.', 3],
    ["Write me a one-pager on the costs and I'll take a view.", 3],
    ["Pitch it to me on Friday. It's my call in the end, but I'm open to being persuaded.", 3],
    ['Can you find out how many people still use the old form and send me the count? I\'ll decide on it from there.', 3],
  ] as const)('%s -> level %s', (text, expected) => {
    expect(scoreReply(text).delegation.level).toBe(expected);
  });

  it.each([
    ["We'll offer the family a meeting on Tuesday, and I'll chair it.", 1],
    ["It'll go down better coming from me, so you just keep the shop running.", 0],
    ["Split the weekend shifts with Priya however you both like, and let me know who's on.", 6],
    ["That's one for the whole ward, so bring it to handover and we'll agree it as a group.", 4],
    ['I lean towards saying yes, but the sign-off is mine. What would you recommend?', 3],
    ["Write up what you'd recommend, and it'll be my call at Thursday's review.", 3],
    ["Who would you want on the panel? I'll leave that one with you.", 7],
    ["Let's grab five minutes after the huddle and agree what we tell the client.", 4],
    ["Would you be up for running the launch? I'd suggest you do, but only if you want to.", 5],
    ['How do you want to use the extra budget?', 7],
    ["Publish it whenever you're happy with it.", 7],
    ['Want to own the new starter programme? Just give me a shout before it goes live.', 6],
    ['Everyone signs in at the front desk, full stop.', 1],
  ] as const)('third set: %s -> level %s', (text, expected) => {
    expect(scoreReply(text).delegation.level).toBe(expected);
  });

  it.each([
    ['Happy for you to decide, as long as it stays inside the training budget.', 7],
    ["Completely your decision. Email me the plan afterwards, just so I've got it if the auditors ask.", 7],
    ['You finalise whichever quote is suitable and inform me once the order is placed.', 6],
    ["I'd like you to own the courier relationship from now on, no sign-off from me needed under 5k.", 7],
    ["Let me know who you think should lead it and why. I'll make the final call on Friday.", 3],
    ['Rank the three venues for me, and I\'ll choose when I see the director.', 3],
    ["Grab me after lunch and we'll hash out a plan we're both happy with.", 4],
    ["We're not skipping the fire drill. It's in the inspection window.", 1],
    ['The Saturday rota is changing from next week: earlies start at six.', 1],
    ['I think the paid ticket is the way to go, the pilot covered its costs twice over.', 2],
    ["This one's mine, I'll talk to both of them tonight.", 0],
    ["You did everything right today, and my door's open whenever you want to talk.", 'none'],
    ["Ha, never thought I'd see the day! Thanks for being patient with him.", 'none'],
  ] as const)('fourth set: %s -> level %s', (text, expected) => {
    expect(scoreReply(text).delegation.level).toBe(expected);
  });

  it('reads "maybe" before an invitation to talk as the invitation, not a suggestion', () => {
    expect(scoreReply('Maybe tell me a bit more about what happened?').family).toBe('ask');
    expect(scoreReply('Maybe tell me a bit more about what happened?').delegation.level).toBe('none');
    expect(scoreReply('Maybe tell him how you feel about it.').family).toBe('tell');
  });

  it('keeps "pick one" inside advice or a reflection out of the hand-over', () => {
    expect(scoreReply('So, like, write it down first and then pick one.').family).toBe('tell');
    expect(level('Right now it feels like you have to pick one.')).not.toBe('hands_over');
  });
});
