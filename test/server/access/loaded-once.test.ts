import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { call, linkedPair, type Caller } from '@test/helpers/coaching';
import { publishedScenario } from '@test/helpers/homework';
import { signUp, startTestApp, type TestApp } from '@test/helpers/test-app';

// The access plugin loads a route's resource once; the handler works from what it loaded rather
// than reading it again, and a caller with no tie to the resource costs no more than a miss.

let t: TestApp;
let leader: Caller;
let coach: Caller;
let stranger: Caller;
let sessionId: string;

beforeAll(async () => {
  t = await startTestApp();
  ({ coach, leader } = await linkedPair(t.app));
  stranger = await signUp(t.app, { role: 'coach' });
  // A coach-written scenario: resolving its version is a database read, unlike a built-in's.
  const scenarioId = await publishedScenario(t.app, coach, 'loaded-once-scenario');
  sessionId = (await call(t.app, leader, 'POST', '/api/sessions', { scenarioId })).json().id;
});
afterAll(async () => {
  await t.close();
});

/** How many times the session's scenario version is read while `run` answers. */
async function scenarioReads(run: () => Promise<{ statusCode: number }>, status: number): Promise<number> {
  const spy = vi.spyOn(t.app.repos.authoredScenarios, 'version');
  try {
    expect((await run()).statusCode).toBe(status);
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}

describe('a session route reads its scenario once', () => {
  it('for the leader and for their linked coach', async () => {
    expect(await scenarioReads(() => call(t.app, leader, 'GET', `/api/sessions/${sessionId}`), 200)).toBe(1);
    expect(await scenarioReads(() => call(t.app, coach, 'GET', `/api/sessions/${sessionId}`), 200)).toBe(1);
    expect(await scenarioReads(() => call(t.app, leader, 'PATCH', `/api/sessions/${sessionId}`, { feedbackEnabled: false }), 200)).toBe(1);
  });

  it('not at all for someone with no tie to the session', async () => {
    expect(await scenarioReads(() => call(t.app, stranger, 'GET', `/api/sessions/${sessionId}`), 404)).toBe(0);
  });
});

describe('a list of sessions reads each scenario once', () => {
  it('for the leader’s list and for the coach’s', async () => {
    const scenarioId = 'loaded-once-scenario';
    for (let i = 0; i < 3; i++) await call(t.app, leader, 'POST', '/api/sessions', { scenarioId });
    const spy = vi.spyOn(t.app.repos.authoredScenarios, 'find');
    try {
      expect((await call(t.app, leader, 'GET', '/api/sessions')).json()).toHaveLength(4);
      expect(spy.mock.calls.length).toBe(1);
      spy.mockClear();
      expect((await call(t.app, coach, 'GET', `/api/coach/leaders/${leader.userId}/sessions`)).json()).toHaveLength(4);
      expect(spy.mock.calls.length).toBe(1);
    } finally {
      spy.mockRestore();
    }
  });
});
