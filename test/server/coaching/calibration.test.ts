import { describe, expect, it } from 'vitest';
import { call, linkedPair, practise } from '@test/helpers/coaching';
import { appPerTest } from '@test/helpers/app-per-test';

const t = appPerTest();

const REPLIES = ['You should call the vendor today.', 'What options do you see?'];

describe('calibration per coach', () => {
  it('counts the replies of reviewed sessions only, the coach’s overrides as disagreements, and exports CSV', async () => {
    const { coach, leader } = await linkedPair(t.app);
    const reviewed = await practise(t.app, leader, REPLIES);
    await practise(t.app, leader, ['Just do it my way.']); // never reviewed: not counted
    const session = (await call(t.app, coach, 'GET', `/api/sessions/${reviewed}`)).json();
    const moves = session.turns.filter((x: { speaker: string }) => x.speaker === 'leader').flatMap((x: { score: { moves: { kind: string }[] } }) => x.score.moves);
    expect(moves.map((m: { kind: string }) => m.kind)).toEqual(['advice', 'open_question']);

    await call(t.app, coach, 'POST', `/api/sessions/${reviewed}/overrides`, { turnIndex: 1, target: 'move', moveIndex: 0, to: 'directive', reason: 'An order.' });
    await call(t.app, coach, 'POST', `/api/sessions/${reviewed}/reviews`, { summary: 'Fine.' });

    const response = await call(t.app, coach, 'GET', '/api/coach/calibration');
    expect(response.statusCode).toBe(200);
    const calibration = response.json();
    expect(calibration).toMatchObject({ coach: { id: coach.userId }, reviewedSessions: 1, reviewedReplies: 2 });
    // Two moves, one changed: agreement 0.5; chance (1·0 + 1·1 + 0·1)/4 = 0.25, kappa (0.5 − 0.25)/0.75 = 0.333.
    expect(calibration.moves).toMatchObject({ items: 2, agreed: 1, agreementRate: 0.5, kappa: 0.333 });
    expect(calibration.moves.perLabel.find((l: { label: string }) => l.label === 'advice')).toMatchObject({ scorer: 1, coach: 0, both: 0, agreementRate: 0 });
    expect(calibration.delegation).toMatchObject({ items: 2, agreed: 2, agreementRate: 1 });

    const csv = await call(t.app, coach, 'GET', '/api/coach/calibration.csv');
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.body.trimEnd().split('\r\n');
    expect(lines[0]).toBe('"session_id","turn_index","target","move_index","text","scorer","coach","agreed","coach_reason"');
    expect(lines).toHaveLength(1 + 2 + 2);
    expect(lines[1]).toBe(`"${reviewed}","1","move","0","You should call the vendor today.","advice","directive","no","An order."`);

    // After the leader stops sharing, the figures stay but their words leave the export.
    await call(t.app, leader, 'DELETE', `/api/me/coaches/${coach.userId}`);
    const after = (await call(t.app, coach, 'GET', '/api/coach/calibration.csv')).body.split('\r\n');
    expect(after[1]).toBe(`"${reviewed}","1","move","0","","advice","directive","no","An order."`);
    expect((await call(t.app, leader, 'GET', '/api/coach/calibration')).statusCode).toBe(403);
  });
});
