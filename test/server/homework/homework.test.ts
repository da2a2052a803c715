import type { CoachAssignment, LeaderAssignment } from '@core/homework/wire';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createInvite, linkedPair, type Caller } from '@test/helpers/coaching';
import { manualClock, publishedScenario } from '@test/helpers/homework';
import { startTestApp, type TestApp } from '@test/helpers/test-app';
import { openStream } from '@test/helpers/ws-client';

// Homework statuses with a controlled clock: every transition the issue names, through real HTTP and the real stream.

const clock = manualClock('2026-12-01T09:00:00Z');
let t: TestApp;
let coach: Caller;
let leader: Caller;

const TELLS = ['You should call them today.', 'Just send the report to me and I will fix it.'];
const ASKS = ['What is getting in the way of the report?', 'What options do you see?'];

beforeAll(async () => {
  t = await startTestApp({}, { clock });
  ({ coach, leader } = await linkedPair(t.app));
  await publishedScenario(t.app, coach, 'report-slips');
}, 30_000);
afterAll(async () => {
  await t.close();
});

async function assign(body: Record<string, unknown> = {}) {
  const response = await call(t.app, coach, 'POST', '/api/assignments', {
    scenarioId: 'report-slips',
    leaderIds: [leader.userId],
    dueAt: '2026-12-03T17:00:00+01:00',
    timeZone: 'Europe/Berlin',
    ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}

/** Starts an attempt from the assignment, plays the replies over the stream and ends it. */
async function attempt(assignmentId: string, replies: string[], end = true) {
  const started = await call(t.app, leader, 'POST', '/api/sessions', { scenarioId: 'report-slips', assignmentId });
  if (started.statusCode !== 201) return started;
  const id = started.json().id as string;
  const ws = await openStream(t.app, id, leader.cookie);
  for (const text of replies) {
    ws.send({ type: 'reply', text });
    await ws.until('feedback.done');
  }
  ws.close();
  if (end) await call(t.app, leader, 'POST', `/api/sessions/${id}/end`);
  return started;
}

const mine = async (id: string) => ((await call(t.app, leader, 'GET', '/api/assignments')).json() as LeaderAssignment[]).find((a) => a.id === id)!;
const coachView = async (id: string) => ((await call(t.app, coach, 'GET', '/api/assignments')).json() as CoachAssignment[]).find((a) => a.id === id)!;

describe('homework', () => {
  it('goes not started -> in progress -> completed below target -> target met on attempt 2; the best attempt counts', async () => {
    clock.set('2026-12-01T09:00:00Z');
    const id = await assign({ target: { figure: 'askRatio', min: 0.6 }, maxAttempts: 3, note: 'Ask first.' });
    expect(await mine(id)).toMatchObject({
      id,
      scenarioId: 'report-slips',
      scenarioTitle: 'Quarterly report slips',
      dueAt: '2026-12-03T16:00:00.000Z',
      timeZone: 'Europe/Berlin',
      target: { figure: 'askRatio', min: 0.6 },
      targetText: 'ask ratio >= 60%',
      status: 'not_started',
      attempts: [],
      attemptsLeft: 3,
      note: 'Ask first.',
    });

    const first = (await attempt(id, TELLS, false)).json().id;
    expect((await mine(id)).status).toBe('in_progress');
    await call(t.app, leader, 'POST', `/api/sessions/${first}/end`);
    expect(await mine(id)).toMatchObject({ status: 'completed_below_target', attempts: [{ sessionId: first, status: 'ended', value: 0, metTarget: false }] });

    const second = (await attempt(id, ASKS)).json().id;
    const after = await mine(id);
    expect(after.status).toBe('target_met');
    expect(after.attempts.map((a) => a.sessionId)).toEqual([first, second]);
    expect(after.best).toMatchObject({ sessionId: second, value: 1, metTarget: true });
    expect(after.attemptsLeft).toBe(1);

    const forCoach = await coachView(id);
    expect(forCoach.leaders).toEqual([expect.objectContaining({ id: leader.userId, status: 'target_met', attempts: [expect.objectContaining({ sessionId: first }), expect.objectContaining({ sessionId: second })] })]);
    // Each attempt opens on the coach's review page.
    expect((await call(t.app, coach, 'GET', `/api/sessions/${first}`)).statusCode).toBe(200);
  });

  it('counts a branch of an attempt as another try at the same homework, on the same scenario version', async () => {
    clock.set('2026-12-01T09:00:00Z');
    const id = await assign({ target: { figure: 'askRatio', min: 0.5 } });
    const first = (await attempt(id, TELLS)).json().id as string;
    expect((await mine(id)).status).toBe('completed_below_target');

    // Try again from the first reply (a tell), then ask: one of two replies asks.
    const made = await call(t.app, leader, 'POST', `/api/sessions/${first}/branches`, { fromTurnIndex: 1 });
    expect(made.statusCode, made.body).toBe(201);
    const branchId = made.json().id as string;
    const ws = await openStream(t.app, branchId, leader.cookie);
    // The branch ends on the copied reply; the persona (and its note) answer it afresh when the stream opens.
    await ws.until('feedback.done');
    ws.send({ type: 'reply', text: ASKS[0] });
    await ws.until('feedback.done');
    ws.close();
    const ended = (await call(t.app, leader, 'POST', `/api/sessions/${branchId}/end`)).json();

    const after = await mine(id);
    expect(after.attempts.map((a) => a.sessionId)).toEqual([first, branchId]);
    expect(after.attempts.map((a) => a.value)).toEqual([0, 0.5]);
    expect(after.status).toBe('target_met');
    const parent = (await call(t.app, leader, 'GET', `/api/sessions/${first}`)).json();
    expect(ended.scenario).toEqual(parent.scenario);
  });

  it('refuses an attempt past max attempts, and keeps the status at completed below target', async () => {
    clock.set('2026-12-01T09:00:00Z');
    const id = await assign({ target: { figure: 'overall', min: 5 }, maxAttempts: 1 });
    await attempt(id, TELLS);
    const refused = await attempt(id, ASKS);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toBe('max_attempts_reached');
    expect(await mine(id)).toMatchObject({ status: 'completed_below_target', attemptsLeft: 0, blockedBy: 'max_attempts_reached' });
  });

  it('turns overdue after the due date with no finished attempt, and refuses a late start', async () => {
    clock.set('2026-12-01T09:00:00Z');
    const id = await assign({ target: { figure: 'delegation', min: 5 } });
    const open = (await attempt(id, ASKS.slice(0, 1), false)).json().id;
    expect((await mine(id)).status).toBe('in_progress');
    clock.set('2026-12-03T16:00:00.001Z');
    expect(await mine(id)).toMatchObject({ status: 'overdue', blockedBy: 'overdue' });
    expect((await coachView(id)).leaders[0].status).toBe('overdue');
    const late = await attempt(id, ASKS);
    expect(late.statusCode).toBe(409);
    expect(late.json().error).toBe('overdue');
    // Finishing the attempt begun in time still counts.
    await call(t.app, leader, 'POST', `/api/sessions/${open}/end`);
    expect((await mine(id)).status).toBe('completed_below_target');
  });

  it('counts a finished attempt as met when there is no target', async () => {
    clock.set('2026-12-01T09:00:00Z');
    const id = await assign();
    await attempt(id, ASKS.slice(0, 1));
    expect(await mine(id)).toMatchObject({ status: 'target_met', target: null, targetText: null });
  });

  it('checks the assignment body: linked leaders only, published scenarios only, a due date with its offset', async () => {
    const { leader: stranger } = await linkedPair(t.app, { coach: 'Other Coach', leader: 'Stranger' });
    const base = { scenarioId: 'report-slips', leaderIds: [leader.userId], dueAt: '2026-12-03T17:00:00+01:00' };
    const cases: [Record<string, unknown>, number, string][] = [
      [{ ...base, leaderIds: [stranger.userId] }, 400, 'leader_not_linked'],
      [{ ...base, dueAt: '2026-12-03T17:00:00' }, 400, 'validation'],
      [{ ...base, target: { figure: 'charm', min: 1 } }, 400, 'validation'],
      [{ ...base, maxAttempts: 0 }, 400, 'validation'],
      [{ ...base, timeZone: 'Mars/Olympus' }, 400, 'validation'],
      [{ ...base, scenarioId: 'no-such-scenario' }, 404, 'not_found:scenario'],
    ];
    for (const [body, status, code] of cases) {
      const response = await call(t.app, coach, 'POST', '/api/assignments', body);
      expect([response.statusCode, response.json().error], JSON.stringify(body)).toEqual([status, code]);
    }
    await call(t.app, coach, 'POST', '/api/scenarios', { ...(await call(t.app, coach, 'GET', '/api/scenarios/report-slips/source')).json().scenario, id: 'still-draft' });
    const draft = await call(t.app, coach, 'POST', '/api/assignments', { ...base, scenarioId: 'still-draft' });
    expect([draft.statusCode, draft.json().error]).toEqual([400, 'scenario_not_published']);
    expect((await call(t.app, coach, 'POST', '/api/assignments', { ...base, scenarioId: 'late-onboarding-guide' })).statusCode).toBe(201);
  });

  it('shows the coach view of homework to coaches only', async () => {
    const refused = await call(t.app, leader, 'GET', '/api/assignments?view=coach');
    expect([refused.statusCode, refused.json()]).toEqual([403, { error: 'forbidden:coach', message: 'Only coach accounts can do this.' }]);
    expect((await call(t.app, coach, 'GET', '/api/assignments?view=leader')).statusCode).toBe(200);
  });

  it('stops an unlinked leader from starting and hides the homework from them', async () => {
    clock.set('2026-12-01T09:00:00Z');
    const id = await assign();
    await call(t.app, leader, 'DELETE', `/api/me/coaches/${coach.userId}`);
    const refused = await call(t.app, leader, 'POST', '/api/sessions', { scenarioId: 'report-slips', assignmentId: id });
    expect([refused.statusCode, refused.json().error]).toEqual([404, 'not_found:assignment']);
    expect(((await call(t.app, leader, 'GET', '/api/assignments')).json() as LeaderAssignment[]).map((a) => a.id)).not.toContain(id);
    // Sharing again brings it back.
    const invite = await createInvite(t.app, coach);
    await call(t.app, leader, 'POST', `/api/invites/${invite.code}/accept`);
    expect((await mine(id)).status).toBe('not_started');
  });
});
