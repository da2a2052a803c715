import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { scoreReply } from '@core/rubric/score-reply';
import { ScoreChip } from '@web/features/practice/components/score-chip';

// The chip's markup from the real rubric's score. Its name as Chromium reads it is checked in the
// keyboard browser test; here, what the markup must always carry.

const render = (text: string | null) =>
  renderToStaticMarkup(
    <ScoreChip
      score={text === null ? undefined : scoreReply(text)}
      expanded={false}
      detailsId="turn-1-score"
      onToggle={() => undefined}
      onHover={() => undefined}
    />,
  );

const textOf = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&#x27;/g, "'");

describe('ScoreChip', () => {
  it('is a busy, disabled button while the reply is being scored, already pointing at its details', () => {
    const html = render(null);
    expect(html).toMatch(/^<button type="button" class="chip chip-pending"/);
    expect(html).toContain('aria-busy="true"');
    expect(html).toContain('aria-disabled="true"');
    expect(html).toContain('aria-controls="turn-1-score"');
    expect(html).toContain('aria-expanded="false"');
    expect(textOf(html)).toBe('Scoring…');
  });

  it('names the family and the move that decided it, then the action', () => {
    const html = render('What options do you see from where you are?');
    expect(html).not.toContain('aria-busy');
    expect(html).toContain('aria-controls="turn-1-score"');
    expect(textOf(html)).toBe('Ask: open question. Show evidence');
  });

  it('adds the delegation level when there is a task in play', () => {
    const score = scoreReply('You should call the client today and tell them we will fix it.');
    expect(score.delegation.level).not.toBe('none');
    expect(textOf(render('You should call the client today and tell them we will fix it.'))).toBe(
      `Tell: advice. Delegation L${score.delegation.level} · ${score.delegation.name}. Show evidence`,
    );
  });
});
