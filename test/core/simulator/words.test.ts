import { describe, expect, it } from 'vitest';
import { splitIntoWordDeltas } from '@core/simulator/words';

describe('splitIntoWordDeltas', () => {
  it('gives each word with its trailing whitespace', () => {
    expect(splitIntoWordDeltas('Okay. I can do that.')).toEqual(['Okay. ', 'I ', 'can ', 'do ', 'that.']);
  });

  it.each(['', ' ', '  lead and trail  ', 'line one\nline two', 'tabs\tand  double  spaces', 'one'])(
    'concatenates back to %j exactly',
    (text) => {
      expect(splitIntoWordDeltas(text).join('')).toBe(text);
    },
  );

  it('never yields an empty delta', () => {
    expect(splitIntoWordDeltas('  a  b ').every((d) => d.length > 0)).toBe(true);
    expect(splitIntoWordDeltas('')).toEqual([]);
  });
});
