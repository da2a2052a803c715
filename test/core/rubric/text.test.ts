import { describe, expect, it } from 'vitest';
import * as delegationCues from '@core/rubric/delegation-cues';
import * as moveCues from '@core/rubric/move-cues';
import { scoreReply } from '@core/rubric/score-reply';
import * as sentenceWords from '@core/rubric/sentence-words';
import { normalise, sentences } from '@core/rubric/text';

// Normalised text is always one-byte (text.ts says why: V8 would otherwise compile every cue list a
// second time for two-byte text, past its budget for optimised regex code).

const TYPED = "She said “just sort it” — I’m not sure… 🙂\u2009ok\u2028K\u212A \u4e2d\u0085";

describe('normalise', () => {
  it('keeps every offset and reads every character as one byte', () => {
    const lower = normalise(TYPED);
    expect(lower).toHaveLength(TYPED.length);
    expect([...lower].every((ch) => ch.charCodeAt(0) <= 0xff)).toBe(true);
  });

  it('reads the marks the rubric looks for as their one-byte stand-ins, spaces as spaces, and anything else as one character no pattern names', () => {
    const lower = normalise(TYPED);
    const at = (ch: string, from = 0) => lower.charCodeAt(TYPED.indexOf(ch, from));
    expect(lower.startsWith('she said \x93just sort it\x94 \x97 i\'m not sure. ')).toBe(true);
    // The emoji's two code units, then a thin space, a line separator, and the kelvin sign lower-cased as toLowerCase() does.
    expect(lower.slice(TYPED.indexOf('🙂'), TYPED.indexOf('ok'))).toBe('\x9f\x9f\xa0');
    expect(at('\u2028')).toBe(0x0d);
    expect(at('\u212A')).toBe('k'.charCodeAt(0));
    expect(at('\u4e2d')).toBe(0x9f);
    // A C1 control in the reply is no stand-in: it cannot be read as a dash or an ellipsis.
    expect(at('\u0085')).toBe(0x9f);
  });

  it('lower-cases and straightens apostrophes the same way with or without characters beyond Latin-1', () => {
    const plain = "Don`t WORRY, Zoë´s ÉQUIPE will cope";
    expect(normalise(`${plain} 🙂`)).toBe(`${normalise(plain)} \x9f\x9f`);
    expect(normalise(plain)).toBe("don't worry, zoë's équipe will cope");
  });
});

describe('typed marks are read as the marks they are', () => {
  const kinds = (text: string) => scoreReply(text).moves.map((m) => m.kind);

  it('an em dash breaks a clause, an en dash cuts a sentence off, an ellipsis ends one as three dots do, curly quotes report words', () => {
    expect(scoreReply('I hear you… It sounds like the week has worn you down.').moves.map((m) => m.kind)).toEqual(['other', 'reflection']);
    expect(kinds('Okay, so — what would help most right now?')).toEqual(['open_question']);
    expect(kinds('Good catch — send me the revised draft by Friday.')).toEqual(['directive']);
    expect(kinds('So you were –')).toEqual(['other']);
    expect(sentences('I hear you… It sounds rough.').map((s) => s.text)).toEqual(['I hear you…', 'It sounds rough.']);
    expect(kinds('She told me “just sort the rota out” and walked off.')).toEqual(['information']);
    expect(kinds('Thanks so much 🙂')).toEqual(['other']);
  });

  it('a curly apostrophe reads as a straight one', () => {
    // The same moves over the same characters, for the same reasons; only the quoted text shows the curly mark.
    const reading = (text: string) => {
      const { moves, family, delegation } = scoreReply(text);
      return { family, level: delegation.level, moves: moves.map(({ kind, start, end, reason, cue }) => ({ kind, start, end, reason: reason.replaceAll('’', "'"), cue: [cue?.start, cue?.end] })) };
    };
    for (const text of ['I’ll take it from here.', 'You’re worried it’ll slip again.', 'What’s the first step you’d take?']) {
      expect(reading(text)).toEqual(reading(text.replaceAll('’', "'")));
    }
  });
});

describe('the cue lists', () => {
  const patterns = Object.entries({ ...moveCues, ...delegationCues, ...sentenceWords }).filter((entry): entry is [string, RegExp] => entry[1] instanceof RegExp);

  // V8 compiles a regex whose source is over 20 KB without its optimisations: REASSURANCE at 21,165
  // characters read a reply 18 % slower as a whole, and one exec took 1.7 us instead of 0.3.
  it('are each short enough for V8 to optimise (20 KB of source at most)', () => {
    expect(patterns.length).toBeGreaterThan(60);
    const tooLong = patterns.filter(([, re]) => re.source.length > 20 * 1024).map(([name, re]) => `${name}: ${re.source.length}`);
    expect(tooLong).toEqual([]);
  });

  it('name the one-byte stand-in wherever they name a dash or a curly double quote', () => {
    const STAND_INS: Record<string, string> = { '\\u2013': '\\x96', '\\u2014': '\\x97', '\\u201c': '\\x93', '\\u201d': '\\x94' };
    const missing = patterns.flatMap(([name, re]) =>
      Object.entries(STAND_INS)
        .filter(([mark, standIn]) => re.source.includes(mark) && !re.source.includes(standIn))
        .map(([mark]) => `${name} names ${mark}`),
    );
    expect(missing).toEqual([]);
    expect(patterns.some(([, re]) => re.source.includes('\\x97'))).toBe(true);
  });
});
