import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_TRANSCRIPT_BYTES, MAX_TRANSCRIPT_CUES, TranscriptError, UNNAMED_SPEAKER } from '@core/transcript/import-types';
import { detectFormat, parseTranscript } from '@core/transcript/parse-transcript';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const parse = (name: string) => parseTranscript(fixture(name), { fileName: name });
const failure = (run: () => unknown): TranscriptError => {
  try {
    run();
  } catch (e) {
    if (e instanceof TranscriptError) return e;
    throw e;
  }
  throw new Error('expected a TranscriptError');
};

describe('WebVTT', () => {
  it('reads Teams voice tags, multi-line cues, entities and ids, and merges a speaker’s consecutive cues', () => {
    const t = parse('teams.vtt');
    expect(t.format).toBe('vtt');
    expect(t.turns.map((x) => x.speaker)).toEqual(['Priya Shah', "Daniel O'Neill", 'Priya Shah', "Daniel O'Neill", 'Priya Shah']);
    expect(t.turns[0]).toEqual({
      index: 0,
      speaker: 'Priya Shah',
      start: 0,
      end: 9.5,
      text: 'Thanks for making time, Daniel. What has been happening with the release checklist this week?',
    });
    expect(t.turns[3].text).toBe('We could pair a tester with each developer & run the checks on every merge.');
    expect(t.speakers.map((s) => s.name)).toEqual(['Priya Shah', "Daniel O'Neill"]);
    expect(t.speakers[0]).toMatchObject({ words: 36, turns: 3 });
  });

  it('reads Zoom `Name:` prefixes with numbered cues', () => {
    const t = parse('zoom.vtt');
    expect(t.turns.map((x) => [x.speaker, x.start, x.end])).toEqual([
      ['Marcus Lee', 1.12, 5.48],
      ['Ana Ruiz', 5.9, 12],
      ['Marcus Lee', 12.5, 16.75],
      ['Ana Ruiz', 17, 19],
    ]);
    expect(t.turns[1].text).toBe('Not great. They want the report weekly instead of monthly. And I am not sure we can keep up.');
  });

  it('joins a sentence cut off mid-way with its continuation, across an interjection', () => {
    const t = parse('cut-off.vtt');
    expect(t.turns.map((x) => [x.speaker, x.text])).toEqual([
      ['Rosa', 'I think what we could do is move the launch to the second week of May.'],
      ['Ken', 'Mm-hm. And if sales push back we we just show them the numbers.'],
    ]);
    expect(t.turns[0]).toMatchObject({ start: 1, end: 6 });
  });

  it('names the line and what was expected in a broken file', () => {
    expect(failure(() => parse('broken-header.vtt')).message).toBe('line 1: expected the header "WEBVTT", found "WEBVTX"');
    const timing = failure(() => parse('broken-timing.vtt'));
    expect(timing.line).toBe(8);
    expect(timing.message).toMatch(/^line 8: expected a timing line such as "00:00:01.000 --> 00:00:04.000", found "00:00:03,5 -> 00:00:05.000"$/);
  });

  it('reads a mistyped arrow as a broken timing line, not as a cue identifier', () => {
    expect(failure(() => parseTranscript('WEBVTT\n\n00:00:01.000 -> 00:00:02.000\n<v A>Hi\n', { format: 'vtt' })).message).toBe(
      'line 3: expected a timing line such as "00:00:01.000 --> 00:00:04.000", found "00:00:01.000 -> 00:00:02.000"',
    );
  });

  it('refuses a cue that ends before it starts and a missing blank line', () => {
    expect(failure(() => parseTranscript('WEBVTT\n\n00:00:05.000 --> 00:00:01.000\n<v A>Hi\n', { format: 'vtt' })).message).toMatch(/^line 3: expected an end time after the start time/);
    expect(failure(() => parseTranscript('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v A>Hi\n00:00:02.000 --> 00:00:03.000\n<v B>Yo\n', { format: 'vtt' })).line).toBe(5);
  });
});

describe('SRT', () => {
  it('keeps cues without speakers as separate turns of an unnamed speaker, markup removed', () => {
    const t = parse('no-speakers.srt');
    expect(t.format).toBe('srt');
    expect(t.turns).toEqual([
      { index: 0, speaker: UNNAMED_SPEAKER, start: 1, end: 3.5, text: 'How is the project going?' },
      { index: 1, speaker: UNNAMED_SPEAKER, start: 4, end: 7.25, text: 'It is going well, thanks. We shipped the beta on Friday.' },
      { index: 2, speaker: UNNAMED_SPEAKER, start: 8, end: 10, text: 'Great. What is next?' },
    ]);
  });

  it('reads `Name:` prefixes', () => {
    expect(parse('named.srt').turns.map((x) => x.speaker)).toEqual(['Lena', 'Tom']);
  });

  it('names the line of a bad cue number', () => {
    expect(failure(() => parse('broken.srt')).message).toBe('line 5: expected a cue number, found "two"');
  });
});

describe('plain text', () => {
  it('reads `Name: text` lines, with wrapped lines continuing the speaker above', () => {
    const t = parse('one-to-one.txt');
    expect(t.format).toBe('text');
    expect(t.turns).toHaveLength(6);
    expect(t.turns[3]).toEqual({ index: 3, speaker: 'Jo', start: null, end: null, text: "I started a FAQ, but I haven't had time to finish it. It needs maybe two more hours." });
  });

  it('tells a speaker’s name from a sentence with a colon in it', () => {
    const t = parseTranscript(
      "Jo van der Berg: Here's the plan: we ship Friday.\nSo here's the thing: it slipped.\nNote: nobody told QA.\nsam_2: ok\nDr. Ana Ruiz: Why?\n",
      { format: 'text' },
    );
    expect(t.turns.map((x) => [x.speaker, x.text])).toEqual([
      ['Jo van der Berg', "Here's the plan: we ship Friday. So here's the thing: it slipped. Note: nobody told QA."],
      ['sam_2', 'ok'],
      ['Dr. Ana Ruiz', 'Why?'],
    ]);
    const voiced = parseTranscript('WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Rosa>The plan is simple\nStep One: ask them.</v>\n', { format: 'vtt' });
    expect(voiced.turns).toEqual([{ index: 0, speaker: 'Rosa', start: 1, end: 3, text: 'The plan is simple Step One: ask them.' }]);
  });

  it('keeps leading times', () => {
    expect(parse('timed.txt').turns.map((x) => [x.speaker, x.start])).toEqual([['Sam', 5], ['Jo', 9]]);
  });

  it('names the first line without a speaker', () => {
    expect(failure(() => parse('broken.txt')).message).toMatch(/^line 1: expected a line starting with the speaker's name, such as "Sam: How is it going\?", found "This is a meeting/);
  });
});

describe('Askwell JSON', () => {
  it('reads an exported session with its speakers, times and leader', () => {
    const t = parse('session.json');
    expect(t.format).toBe('askwell');
    expect(t.session?.session.leaderName).toBe('Marcus Lee');
    expect(t.turns).toEqual(parse('zoom.vtt').turns);
  });

  it('names the line of a JSON syntax error', () => {
    const e = failure(() => parse('broken.json'));
    expect(e.line).toBe(6);
    expect(e.message).toMatch(/^line 6: expected valid JSON/);
  });

  it('names the field of a file that is JSON but not a session', () => {
    expect(failure(() => parseTranscript('{"kind":"something"}', { format: 'askwell' })).message).toMatch(/expected an Askwell session file/);
    expect(failure(() => parseTranscript('{"kind":"askwell.session","schemaVersion":4}', { format: 'askwell' })).message).toMatch(
      /expected "schemaVersion" 1, 2 or 3 \(a newer Askwell wrote this file\), found "4"/,
    );
    expect(failure(() => parseTranscript('{"kind":"askwell.session","schemaVersion":2}', { format: 'askwell' })).message).toMatch(/^expected \/ to match the session file format/);
  });

  // A session file is untrusted: its coaching record is checked in time linear in its size.
  const withComments = (comments: { id: string; parentId: string | null }[]) => {
    const file = JSON.parse(fixture('session.json'));
    const turnIndex = file.turns.findIndex((t: { speaker: string }) => t.speaker === 'leader');
    file.schemaVersion = 2;
    file.comments = comments.map((c) => ({ ...c, turnIndex, author: { name: 'Ana', role: 'coach' }, text: 'x', createdAt: '2026-01-01T00:00:00Z', previous: [] }));
    return JSON.stringify(file);
  };

  // Linear, not quadratic: ten times the comments may cost ten times the time, not a hundred. A ratio of
  // two runs in the same worker holds on a loaded machine where a wall-clock bound did not.
  it('checks a file of 20,000 comments in one long thread in linear time', () => {
    const thread = (length: number) => withComments(Array.from({ length }, (_, i) => ({ id: `c${i}`, parentId: i === 0 ? null : `c${i - 1}` })));
    const small = thread(2_000);
    const large = thread(20_000);
    const timed = (file: string) => {
      const started = performance.now();
      const t = parseTranscript(file, { format: 'askwell' });
      return { ms: performance.now() - started, comments: t.session?.comments?.length };
    };
    timed(small); // warm the JIT so the small run is not charged for it
    const smallRun = timed(small);
    const largeRun = timed(large);
    expect([smallRun.comments, largeRun.comments]).toEqual([2_000, 20_000]);
    expect(largeRun.ms).toBeLessThan(30 * smallRun.ms + 200);
  });

  it('refuses a time that is not an ISO 8601 instant, naming the field (the app sorts and shows them)', () => {
    const file = JSON.parse(withComments([{ id: 'a', parentId: null }]));
    file.comments[0].createdAt = 'next Tuesday';
    expect(failure(() => parseTranscript(JSON.stringify(file), { format: 'askwell' })).message).toMatch(/expected \/comments\/0\/createdAt to match the session file format/);
    file.comments[0].createdAt = `2026-01-01T00:00:00Z${'9'.repeat(100_000)}`;
    expect(failure(() => parseTranscript(JSON.stringify(file), { format: 'askwell' })).message).toMatch(/\/comments\/0\/createdAt/);
    file.comments[0].createdAt = '2026-01-01T00:00:00.123+02:00';
    expect(parseTranscript(JSON.stringify(file), { format: 'askwell' }).session?.comments[0].createdAt).toBe('2026-01-01T00:00:00.123+02:00');
  });

  it('refuses threads that loop or answer a comment the file does not have', () => {
    const loop = failure(() => parseTranscript(withComments([{ id: 'a', parentId: 'b' }, { id: 'b', parentId: 'a' }]), { format: 'askwell' }));
    expect(loop.message).toMatch(/\/comments\/0: a thread without loops/);
    // The first comment answers one that exists, which answers one that does not.
    const dangling = failure(() => parseTranscript(withComments([{ id: 'a', parentId: 'b' }, { id: 'b', parentId: 'gone' }]), { format: 'askwell' }));
    expect(dangling.message).toMatch(/\/comments\/1: parentId to name a comment on the same reply; "gone" is not one/);
    const twice = failure(() => parseTranscript(withComments([{ id: 'a', parentId: null }, { id: 'a', parentId: null }]), { format: 'askwell' }));
    expect(twice.message).toMatch(/\/comments\/1: comment ids to be unique; "a" is used twice/);
  });
});

describe('encodings and limits', () => {
  it('reads UTF-8 with a byte-order mark and CRLF line ends exactly like the plain file', () => {
    for (const name of ['teams.vtt', 'zoom.vtt', 'named.srt', 'one-to-one.txt']) {
      const windows = `\uFEFF${fixture(name).replace(/\n/g, '\r\n')}`;
      expect(parseTranscript(windows, { fileName: name }), name).toEqual(parse(name));
    }
    // Decoded from bytes as a server or CLI would, the BOM arrives as U+FEFF too.
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(fixture('zoom.vtt').replace(/\n/g, '\r\n'))]);
    expect(parseTranscript(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).turns).toEqual(parse('zoom.vtt').turns);
  });

  it('detects the format from the content when the file name says nothing', () => {
    expect(detectFormat(fixture('teams.vtt'))).toBe('vtt');
    expect(detectFormat(fixture('no-speakers.srt'))).toBe('srt');
    expect(detectFormat(fixture('one-to-one.txt'))).toBe('text');
    expect(detectFormat('{"kind":"askwell.session"}')).toBe('askwell');
  });

  it('refuses files over 5 MB and transcripts over 20,000 cues with a clear message', () => {
    expect(failure(() => parseTranscript('A: hi\n'.repeat(MAX_TRANSCRIPT_BYTES / 6 + 1))).message).toBe('expected a file of at most 5 MB, found "a larger file"');
    const many = Array.from({ length: MAX_TRANSCRIPT_CUES + 1 }, (_, i) => `${i % 2 ? 'A' : 'B'}: ok`).join('\n');
    expect(failure(() => parseTranscript(many)).message).toBe('expected at most 20,000 cues, found "20,001 cues"');
  });

  it('refuses a file with no speech at all', () => {
    expect(failure(() => parseTranscript('WEBVTT\n\nNOTE nothing here\n')).message).toMatch(/at least one line of speech/);
  });
});
