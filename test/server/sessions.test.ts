import { describe, expect, it } from 'vitest';
import { appPerTest } from '../helpers/app-per-test';
import { createSession, signUp } from '../helpers/test-app';
import { testEngine } from '../helpers/test-database';

const t = appPerTest({ leader: true });

describe('scenarios', () => {
  it('lists at least six briefs without hidden facts or the persona idea', async () => {
    const response = await t.app.inject({ url: '/api/scenarios', headers: { cookie: t.cookie } });
    expect(response.statusCode).toBe(200);
    const briefs = response.json() as Record<string, unknown>[];
    expect(briefs.length).toBeGreaterThanOrEqual(6);
    for (const brief of briefs) {
      expect(Object.keys(brief).sort()).toEqual(['authorId', 'brief', 'difficulty', 'id', 'learningFocus', 'persona', 'source', 'status', 'title', 'version']);
    }
    const one = await t.app.inject({ url: `/api/scenarios/${briefs[0].id}`, headers: { cookie: t.cookie } });
    expect(one.json()).toEqual(briefs[0]);
    expect(one.body).not.toMatch(/hiddenFacts|ownIdea/);
  });

  it('answers 404 with a stable code for an unknown scenario', async () => {
    const response = await t.app.inject({ url: '/api/scenarios/no-such-thing', headers: { cookie: t.cookie } });
    expect(response.statusCode).toBe(404);
    expect(response.json().error).toBe('not_found:scenario');
  });

  it('reports offline mode on /api/health', async () => {
    expect((await t.app.inject({ url: '/api/health' })).json()).toEqual({ status: 'ok', mode: 'offline', engine: testEngine });
  });
});

describe('practice sessions over HTTP', () => {
  it('creates a session with the persona opening line as turn 0 and lists it', async () => {
    const scenarios = (await t.app.inject({ url: '/api/scenarios', headers: { cookie: t.cookie } })).json() as { id: string; title: string }[];
    const response = await t.app.inject({ method: 'POST', url: '/api/sessions', headers: { cookie: t.cookie }, payload: { scenarioId: scenarios[1].id } });
    expect(response.statusCode).toBe(201);
    const session = response.json();
    expect(session).toMatchObject({ scenarioId: scenarios[1].id, status: 'open', feedbackEnabled: true, scorecard: null });
    expect(session.turns).toHaveLength(1);
    expect(session.turns[0]).toMatchObject({ index: 0, speaker: 'persona' });
    expect(session.turns[0].text.length).toBeGreaterThan(10);

    const list = (await t.app.inject({ url: '/api/sessions', headers: { cookie: t.cookie } })).json();
    expect(list).toEqual([expect.objectContaining({ id: session.id, scenarioTitle: scenarios[1].title, status: 'open', leaderTurns: 0 })]);
  });

  it('refuses an unknown scenario id', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/sessions', headers: { cookie: t.cookie }, payload: { scenarioId: 'nope' } });
    expect(response.statusCode).toBe(404);
    expect(response.json().error).toBe('not_found:scenario');
  });

  it('hides another leader’s session behind the same 404 as an unknown id', async () => {
    const mine = await createSession(t.app, t.cookie);
    const other = await signUp(t.app);
    const foreign = await t.app.inject({ url: `/api/sessions/${mine.id}`, headers: { cookie: other.cookie } });
    const unknown = await t.app.inject({ url: '/api/sessions/does-not-exist', headers: { cookie: other.cookie } });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual(unknown.json());
    expect(foreign.json().error).toBe('not_found:session');
    for (const [method, url] of [
      ['POST', `/api/sessions/${mine.id}/end`],
      ['PATCH', `/api/sessions/${mine.id}`],
    ] as const) {
      const response = await t.app.inject({ method, url, headers: { cookie: other.cookie }, payload: { feedbackEnabled: false } });
      expect(response.statusCode, `${method} ${url}`).toBe(404);
    }
    expect((await t.app.inject({ url: '/api/sessions', headers: { cookie: other.cookie } })).json()).toEqual([]);
  });

  it('turns per-turn feedback off', async () => {
    const session = await createSession(t.app, t.cookie);
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/sessions/${session.id}`,
      headers: { cookie: t.cookie },
      payload: { feedbackEnabled: false },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().feedbackEnabled).toBe(false);
  });

  it('rejects malformed JSON bodies with a 400', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/sessions',
      headers: { cookie: t.cookie, 'content-type': 'application/json' },
      payload: '{"scenarioId":',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: 'bad_request', message: expect.stringMatching(/JSON/i) });
  });
});
