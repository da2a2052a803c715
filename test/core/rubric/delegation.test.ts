import { describe, expect, it } from 'vitest';
import { DELEGATION_NAMES, familyOf, ownershipOf, SOLUTION_MOVES } from '@core/rubric/moves';
import { scoreReply } from '@core/rubric/score-reply';
import type { DelegationLevel } from '@core/rubric/types';

// One case per level: the reply and the words that are its evidence.
const LEVELS: [DelegationLevel | 'none', string, string[]][] = [
  [0, "Thanks for telling me. I'll take it from here.", ["I'll take it from here"]],
  [1, 'Good idea, but no. We stick to the original scope.', ['We stick to']],
  [2, 'Trust me, delaying is the right call here.', ['is the right call', 'Trust me']],
  [3, "Give me your view on the two options and I'll make the call tomorrow.", ['Give me your view', "I'll make the call"]],
  [4, "Let's decide together which option to take.", ["Let's decide"]],
  [5, "My two cents: the cheaper vendor. But it's your call.", ['My two cents', "it's your call"]],
  [6, 'You decide, just let me know what you went with.', ['You decide', 'let me know']],
  [7, "It's yours. I trust you to handle it.", ["It's yours"]],
  ['none', 'How was your weekend?', []],
];

describe('delegation level', () => {
  it.each(LEVELS)('level %s: %s', (level, text, evidence) => {
    const { delegation } = scoreReply(text);
    expect(delegation.level).toBe(level);
    expect(delegation.name).toBe(level === 'none' ? 'none' : DELEGATION_NAMES[level]);
    expect(delegation.ownership).toBe(ownershipOf(level));
    expect(delegation.evidence.map((e) => e.text)).toEqual(evidence);
    for (const e of delegation.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});

// A courtesy leaves a tip, some news or a topic free to refuse; it hands over no decision of its own.
describe('courtesies', () => {
  it.each([
    ["You can stop me if this is old news. The budget was cut in May."],
    ["Can I tell you how the bonus pool is split? You can tell me if you've heard it before."],
    ['Some of them might not be relevant for you. The handbook has a section on parental leave.'],
  ])('alone put no decision in play: %s', (text) => {
    expect(scoreReply(text).delegation.level).toBe('none');
  });

  it("make the leader's view one the other may take or leave (5)", () => {
    const text = "I'd try ringing the supplier first, but take it or leave it.";
    const { delegation } = scoreReply(text);
    expect(delegation.level).toBe(5);
    expect(delegation.evidence.map((e) => e.text)).toEqual(["I'd try", 'take it or leave it']);
  });

  it('leave a real handover as it was', () => {
    expect(scoreReply("Only you can weigh those offers up, so it's your decision.").delegation.level).toBe(7);
  });
});

describe('vocabulary helpers', () => {
  it('collapses levels to ownership classes', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 'none'].map((l) => ownershipOf(l as DelegationLevel | 'none'))).toEqual([
      'keeps', 'keeps', 'keeps', 'shares', 'shares', 'hands_over', 'hands_over', 'hands_over', 'none',
    ]);
  });
  it('knows which moves carry a solution and their families', () => {
    expect([...SOLUTION_MOVES].sort()).toEqual(['advice', 'directive', 'leading_question', 'takeover']);
    expect(familyOf('leading_question')).toBe('tell');
    expect(familyOf('reflection')).toBe('ask');
    expect(familyOf('affirmation')).toBe('other');
  });
});

const level = (text: string): string => scoreReply(text).delegation.ownership;

/** One test per reply: the ownership the scorer reads in it. */
const expectOwnerships = (cases: readonly (readonly [string, string])[]) =>
  it.each(cases)('%s -> %s', (text, ownership) => {
    expect(level(text)).toBe(ownership);
  });

// RUBRIC.md §2: a question that invites them to choose or own the next step hands the decision over. The
// twenty-fifth pass: the first step, where to start, or which option, asked of them (written before the fix, with
// controls: their view asked for while the leader keeps the decision, and questions about facts).
describe('questions that give them the next step to choose', () => {
  expectOwnerships([
    ['What would you try first?', 'hands_over'],
    ['What will you do first?', 'hands_over'],
    ['So what do you want to try first?', 'hands_over'],
    ['Where would you start?', 'hands_over'],
    ['Which option would you go for?', 'hands_over'],
    ['Which approach will you take?', 'hands_over'],
    ['Which of those would you like to try first?', 'hands_over'],
    ['Which would you try first?', 'hands_over'],
    ['Which did you try first?', 'none'],
    ["It's not your call, sadly, but I want your read before I decide. What would you do first?", 'shares'],
    ["Give me your view and I'll decide. Which option would you go for?", 'shares'],
    ['What did you try first?', 'none'],
    ['Where did it start?', 'none'],
  ]);
});

// Mechanisms from the blind leadership sets of the eighth pass, each in words of our own (the same
// sentences are rows of cases-delegation.csv, written before their fixes).
describe('delegation mechanisms from blind leadership sets', () => {
  expectOwnerships([
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
  ]);

  it.each([
    // Second set.
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
    // Third set.
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
    // Fourth set.
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
    // Fifth set (transcribed one-to-ones).
    ["We're adopting the new rota tool, um, because without it we lose the grant, and that's most of the budget.", 2],
    ['Walk me through both suppliers, and then, um, leave the decision with me, I have to square it with finance.', 3],
    ["I'm going to watch the run-through tonight and decide, but write me a note on what you'd cut.", 3],
    ["Well, I decide it, but I'd really value your take first. What do you think is fair?", 3],
    ["Let's hammer it out with the shift leads on Monday and go with whatever we all agree.", 4],
    ["Move the desks however you think works, and let me know once it's done.", 6],
    ["You're her line manager, so, you know, it's really down to you.", 7],
    ["I think I'm just gonna take the report back over the weekend and finish it myself.", 0],
    ["I'll ring you on Monday to see how it went.", 'none'],
  ] as const)('%s -> level %s', (text, expected) => {
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
