import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { conversationToCsv } from '@core/transcript/export-csv';
import { conversationToMarkdown } from '@core/transcript/export-markdown';
import { parseTranscript } from '@core/transcript/parse-transcript';
import { SCENARIO_ONLY_FIGURES, scoreImported } from '@core/transcript/score-imported';
import { resultToConversation, scoreParsed } from '@core/transcript/score-result';

const parsed = (text: string) => parseTranscript(text, { format: 'text' });

describe('scoring an imported conversation', () => {
  it('scores the leader’s turns only, reading each against the other side’s previous turn', () => {
    const t = parseTranscript(readFileSync(new URL('./fixtures/zoom.vtt', import.meta.url), 'utf8'));
    const { turns, scorecard } = scoreImported(t.turns, 'Marcus Lee');
    expect(turns.map((x) => x.score === null)).toEqual([false, true, false, true]);
    expect(turns[2].score).toMatchObject({ family: 'tell', moves: [{ kind: 'advice', text: 'You should just tell them no.' }, {}] });
    for (const key of SCENARIO_ONLY_FIGURES) expect(scorecard.figures.find((f) => f.key === key)).toMatchObject({ value: null, band: null, turns: [] });
    // The overall band is the mean of the five figures that apply.
    const applying = scorecard.figures.flatMap((f) => (f.band === null ? [] : [f.band]));
    expect(applying).toHaveLength(5);
    expect(scorecard.overall).toBe(Math.round((applying.reduce((a, b) => a + b, 0) / 5) * 10) / 10);
    expect(scorecard.nextStepOwner).toBeNull();
  });
});

describe('Markdown and CSV', () => {
  const conversation = resultToConversation(scoreParsed('call.txt', parsed('Sam: =HYPERLINK("http://x") what *do* you think?\nJo: @everyone -1 <b>no</b>\n'), 'Sam'));

  it('keeps spreadsheet formulas inert and quotes what needs quoting', () => {
    const rows = conversationToCsv(conversation).split('\r\n');
    expect(rows[1]).toBe(`0,Sam,,,"'=HYPERLINK(""http://x"") what *do* you think?",ask,closed_question,none`);
    expect(rows[2]).toBe(`1,Jo,,,'@everyone -1 <b>no</b>,,,`);
  });

  it('escapes Markdown in people’s words', () => {
    const md = conversationToMarkdown(conversation);
    expect(md).toContain('**Sam (leader):** =HYPERLINK("http://x") what \\*do\\* you think?');
    expect(md).toContain('**Jo:** @everyone -1 \\<b\\>no\\</b\\>');
  });
});
