import { SCORECARD_KEYS, type Scorecard, type ScorecardFigure } from '@core/rubric/types';
import type { CoachedSessionRow } from '../db/coaching-sessions-repo';
import type { Repos } from '../plugins/db';
import type { ScenarioCatalog } from '../scenarios/catalog';
import { toCsv } from './csv';
import { adjustedScorecard } from './session-annotations';

// The coach's spreadsheet of their linked leaders' figures (GET /api/coach/sessions.csv): one row per
// ended session. The automatic figures always; the `adjusted_` columns carry the scorecard
// recomputed with the coaches' live overrides, filled only when a session has some, so a reader
// sees both what the rubric said and what the coaches corrected it to.

const HEADER = [
  'leader',
  'leader_email',
  'session_id',
  'kind',
  'title',
  'created_at',
  'ended_at',
  ...SCORECARD_KEYS,
  'overall',
  'overridden',
  ...SCORECARD_KEYS.map((k) => `adjusted_${k}`),
  'adjusted_overall',
];

/** A figure as a spreadsheet cell: ratios as numbers, yes/no, a level or owner as text; empty when not applicable. */
function cell(figure: ScorecardFigure | undefined): string | number {
  const value = figure?.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return typeof value === 'number' ? Math.round(value * 10_000) / 10_000 : value;
}

const figures = (card: Scorecard) => SCORECARD_KEYS.map((key) => cell(card.figures.find((f) => f.key === key)));

export async function sessionFiguresCsv(
  repos: Repos,
  scenarios: Pick<ScenarioCatalog, 'resolve'>,
  leaders: readonly { id: string; email: string }[],
  sessions: readonly CoachedSessionRow[],
): Promise<string> {
  const email = new Map(leaders.map((l) => [l.id, l.email]));
  const ended = sessions
    .filter((s) => s.status === 'ended' && s.scorecard)
    // By leader, then oldest first: each leader's progress reads down the sheet.
    .toSorted((a, b) => a.leaderName.localeCompare(b.leaderName) || a.leaderId.localeCompare(b.leaderId) || a.createdAt.localeCompare(b.createdAt));
  const rows = await Promise.all(
    ended.map(async (s) => {
      const row = (await repos.practiceSessions.findById(s.id))!;
      // The version the leader played, built-in or coach-written: titles and scenario figures read against it.
      const scenario = row.scenarioId ? await scenarios.resolve(row.scenarioId, row.scenarioVersion) : undefined;
      const adjusted = (await adjustedScorecard(repos, row, scenario, await repos.turns.list(s.id)))?.scorecard;
      return [
        s.leaderName,
        email.get(s.leaderId) ?? '',
        s.id,
        s.kind,
        s.title ?? scenario?.title ?? s.scenarioId,
        s.createdAt,
        s.endedAt ?? '',
        ...figures(s.scorecard!),
        s.scorecard!.overall ?? '',
        adjusted ? 'yes' : 'no',
        ...(adjusted ? [...figures(adjusted), adjusted.overall ?? ''] : [...SCORECARD_KEYS.map(() => ''), '']),
      ];
    }),
  );
  return toCsv(HEADER, rows);
}
