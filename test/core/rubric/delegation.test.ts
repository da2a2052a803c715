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
