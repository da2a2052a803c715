import { describe, expect, it } from 'vitest';
import { bestFactMatch, topicScore } from '@core/simulator/topics';
import { asksForView } from '@core/simulator/view-request';

describe('asksForView', () => {
  it.each([
    'What do you think we should do?',
    'What would you do?',
    "What's your idea?",
    'How would you approach it?',
    'What options do you see?',
    'If it were up to you, what happens next?',
    'What’s your take on the best next step?',
  ])('spots "%s"', (q) => expect(asksForView(q)).toBe(true));

  it.each(['What happened?', 'What have you tried so far?', 'How are you feeling about it?', 'Who else knows?'])(
    'ignores "%s"',
    (q) => expect(asksForView(q)).toBe(false),
  );
});

describe('topic matching', () => {
  it('matches words, four-letter stems and phrases', () => {
    expect(topicScore('What worried you?', ['worr'])).toBe(1);
    expect(topicScore('What have you tried so far?', ['so far', 'tried'])).toBe(3);
    expect(topicScore('Is it a try?', ['tr'])).toBe(0); // short topics match whole words only
    expect(topicScore('Anything in the way?', ['in the way'])).toBe(3);
    expect(topicScore('How did it happen?', ['happened'])).toBe(1);
    expect(topicScore('What is changing?', ['change'])).toBe(1);
    expect(topicScore('Is it hard?', ['harbor'])).toBe(0);
  });

  it('picks the best unrevealed fact, earlier on a tie', () => {
    const facts = [
      { id: 'a', fact: 'A', topics: ['tried'] },
      { id: 'b', fact: 'B', topics: ['tried', 'help'] },
      { id: 'c', fact: 'C', topics: ['help'] },
    ];
    expect(bestFactMatch('What have you tried, and who could help?', facts, [])?.id).toBe('b');
    expect(bestFactMatch('What have you tried, and who could help?', facts, ['b'])?.id).toBe('a');
    expect(bestFactMatch('Nice weather?', facts, [])).toBeUndefined();
  });
});
