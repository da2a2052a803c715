import { describe, expect, it } from 'vitest';
import { replySeries, talkWords } from '@core/rubric/reply-series';
import { figureChanges } from '@core/rubric/figure-change';
import { bestAndLatest, progressPoints } from '@core/review/progress';
import type { SessionSummary } from '@core/transcript/wire';
import { reading } from '@test/helpers/reading';

const summary = (id: string, scenarioId: string, endedAt: string | null, overall: number | null, askRatio: number | null): SessionSummary => ({
  id,
  kind: 'practice',
  scenarioId,
  scenarioTitle: `Scenario ${scenarioId}`,
  status: endedAt ? 'ended' : 'open',
  createdAt: '2026-01-01T00:00:00.000Z',
  endedAt,
  leaderTurns: 3,
  unread: 0,
  learningFocus: scenarioId === 'a' ? 'asking' : 'delegating',
  parentId: null,
  forkTurnIndex: null,
  overall,
  figures: [{ key: 'askRatio', label: 'Ask ratio', value: askRatio, display: '' }],
});

describe('progress data', () => {
  const sessions = [
    summary('3', 'a', '2026-01-03T00:00:00.000Z', 3.1, 0.5),
    summary('1', 'a', '2026-01-01T00:00:00.000Z', 4.2, 0.8),
    summary('2', 'b', '2026-01-02T00:00:00.000Z', 2.0, 0.2),
    summary('open', 'a', null, null, null),
    summary('unscored', 'a', '2026-01-04T00:00:00.000Z', null, null),
  ];

  it('keeps ended, scored practice sessions, oldest first, with numeric figure values', () => {
    const points = progressPoints(sessions);
    expect(points.map((p) => p.id)).toEqual(['1', '2', '3']);
    expect(points[0].values.askRatio).toBe(0.8);
  });

  it('best and latest attempt per scenario', () => {
    const per = bestAndLatest(progressPoints(sessions));
    expect(per.map((s) => [s.scenarioId, s.attempts, s.best.id, s.latest.id])).toEqual([
      ['a', 2, '1', '3'],
      ['b', 1, '2', '2'],
    ]);
  });
});

describe('chart series', () => {
  it('one point per reply with family, level and takeover; talk words per side', () => {
    const a = reading([['open_question', 'What happened?']]);
    const b = reading([['takeover', "Leave it with me, I'll do it."]], 0);
    const turns = [
      { index: 0, speaker: 'persona' as const, text: 'Hi there' },
      { index: 1, speaker: 'leader' as const, text: a.text, score: a },
      { index: 2, speaker: 'persona' as const, text: 'It slipped.' },
      { index: 3, speaker: 'leader' as const, text: b.text, score: b },
    ];
    expect(replySeries(turns)).toEqual([
      { reply: 1, index: 1, family: 'ask', level: null, takeover: false },
      { reply: 2, index: 3, family: 'tell', level: 0, takeover: true },
    ]);
    expect(talkWords(turns)).toEqual({ leader: 9, other: 4 });
  });

  it('figure changes between two tries', () => {
    const before = [{ key: 'askRatio' as const, label: 'Ask ratio', display: '40%', band: 2 as const }];
    const after = [{ key: 'askRatio' as const, label: 'Ask ratio', display: '75%', band: 4 as const }];
    expect(figureChanges(before, after)).toEqual([{ key: 'askRatio', label: 'Ask ratio', before: '40%', after: '75%', bandDelta: 2 }]);
  });
});
