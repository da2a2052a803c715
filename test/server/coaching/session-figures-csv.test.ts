import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { SessionView } from '@core/review/wire';
import { call, linkedPair, practise } from '@test/helpers/coaching';
import { publishedScenario } from '@test/helpers/homework';
import { appPerTest } from '@test/helpers/app-per-test';

// GET /api/coach/sessions.csv: the coach's sheet of their leaders' session figures.

const t = appPerTest();

const ZOOM = `WEBVTT

00:00:01.000 --> 00:00:04.000
Lee Leader: What do you think we should do about the report?

00:00:05.000 --> 00:00:09.000
Ana Ruiz: I could send a shorter version weekly.

00:00:10.000 --> 00:00:13.000
Lee Leader: What would make a weekly version work for you?

00:00:14.000 --> 00:00:17.000
Ana Ruiz: Ten minutes on Fridays to pull the numbers.
`;

describe('the coach’s CSV of session figures', () => {
  it('has one row per ended session of each linked leader, automatic and adjusted figures, and nobody else’s', async () => {
    const { coach, leader } = await linkedPair(t.app);
    const practised = await practise(t.app, leader, ['You should call the vendor today and sort it out.', 'What options do you see?'], {
      scenarioId: 'late-onboarding-guide',
    });
    await practise(t.app, leader, ['What happened?'], { end: false });
    const imported = (await call(t.app, leader, 'POST', '/api/imports', { text: ZOOM, leader: 'Lee Leader', title: 'Report call' })).json().id as string;
    await call(t.app, coach, 'POST', `/api/sessions/${practised}/overrides`, { turnIndex: 1, target: 'move', moveIndex: 0, to: 'open_question', reason: 'A question in context.' });
    const other = await linkedPair(t.app, { coach: 'Other Coach', leader: 'Zed Else' });
    const theirs = await practise(t.app, other.leader, ['What would help?']);

    const response = await call(t.app, coach, 'GET', '/api/coach/sessions.csv');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="askwell-leader-sessions.csv"');
    expect(response.body).not.toContain(theirs);
    const [header, ...rows] = parse(response.body) as string[][];
    expect(header).toEqual([
      'leader', 'leader_email', 'session_id', 'kind', 'title', 'created_at', 'ended_at',
      'askRatio', 'openQuestionShare', 'talkShare', 'patience', 'ideasElicited', 'delegation', 'ownership', 'overall', 'overridden',
      'adjusted_askRatio', 'adjusted_openQuestionShare', 'adjusted_talkShare', 'adjusted_patience', 'adjusted_ideasElicited',
      'adjusted_delegation', 'adjusted_ownership', 'adjusted_overall',
    ]);
    const byId = new Map(rows.map((r) => [r[2], Object.fromEntries(header.map((h, i) => [h, r[i]]))]));
    expect([...byId.keys()]).toEqual([practised, imported]);

    const view = (await call(t.app, coach, 'GET', `/api/sessions/${practised}`)).json() as SessionView;
    const practice = byId.get(practised)!;
    expect(practice).toMatchObject({ leader: 'Lee Leader', kind: 'practice', title: view.scenario!.title, ended_at: view.endedAt, overridden: 'yes' });
    expect(practice.askRatio).toBe('0.5');
    expect(practice.adjusted_askRatio).toBe('1');
    expect(Number(practice.overall)).toBe(view.scorecard!.overall);
    expect(Number(practice.adjusted_overall)).toBe((view.adjustedScorecard!.scorecard as { overall: number }).overall);

    const meeting = byId.get(imported)!;
    expect(meeting).toMatchObject({ kind: 'imported', title: 'Report call', overridden: 'no', ideasElicited: '', ownership: '', adjusted_overall: '' });
    expect(meeting.askRatio).toBe('1');

    // A leader who stops sharing leaves the sheet.
    await call(t.app, leader, 'DELETE', `/api/me/coaches/${coach.userId}`);
    expect(parse((await call(t.app, coach, 'GET', '/api/coach/sessions.csv')).body) as string[][]).toHaveLength(1);
  }, 30_000);

  it('titles a session on a coach-written scenario by that scenario, as the leader played it', async () => {
    const { coach, leader } = await linkedPair(t.app);
    const scenarioId = await publishedScenario(t.app, coach, 'coach-written-report');
    const practised = await practise(t.app, leader, ['You should just call them.', 'What options do you see?'], { scenarioId });
    await call(t.app, coach, 'POST', `/api/sessions/${practised}/overrides`, { turnIndex: 1, target: 'move', moveIndex: 0, to: 'open_question', reason: 'A question in context.' });
    const view = (await call(t.app, coach, 'GET', `/api/sessions/${practised}`)).json() as SessionView;

    const [header, ...rows] = parse((await call(t.app, coach, 'GET', '/api/coach/sessions.csv')).body) as string[][];
    const row = Object.fromEntries(header.map((h, i) => [h, rows.find((r) => r[2] === practised)![i]]));
    expect(row.title).toBe('Quarterly report slips');
    // Scenario figures (ideas elicited) need the scenario: the adjusted columns have them as the review page does.
    const adjusted = view.adjustedScorecard!.scorecard as { figures: { key: string; value: unknown }[] };
    const ideasElicited = adjusted.figures.find((f) => f.key === 'ideasElicited')!.value;
    expect(typeof ideasElicited).toBe('boolean');
    expect(row.adjusted_ideasElicited).toBe(ideasElicited ? 'yes' : 'no');
  }, 30_000);
});
