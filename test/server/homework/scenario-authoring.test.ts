import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseScenarioYaml } from '@core/scenario/parse';
import { call, linkedPair, practise, type Caller } from '@test/helpers/coaching';
import { draftScenario } from '@test/helpers/homework';
import { signUp, startTestApp, type TestApp } from '@test/helpers/test-app';

let t: TestApp;
let coach: Caller;
let leader: Caller;
let otherLeader: Caller;

beforeAll(async () => {
  t = await startTestApp();
  ({ coach, leader } = await linkedPair(t.app));
  otherLeader = await signUp(t.app, { role: 'leader' });
}, 30_000);
afterAll(async () => {
  await t.close();
});

const ids = async (who: Caller) => ((await call(t.app, who, 'GET', '/api/scenarios')).json() as { id: string }[]).map((s) => s.id);

describe('coach-written scenarios', () => {
  it('creates a draft (201 {id}) that only its author lists and plays until it is published', async () => {
    const created = await call(t.app, coach, 'POST', '/api/scenarios', draftScenario('report-slips'));
    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual({ id: 'report-slips' });
    expect(await ids(coach)).toContain('report-slips');
    expect(await ids(leader)).not.toContain('report-slips');
    // Try it: the author plays the draft.
    const tryIt = await call(t.app, coach, 'POST', '/api/sessions', { scenarioId: 'report-slips' });
    expect(tryIt.statusCode).toBe(201);
    expect((await call(t.app, leader, 'POST', '/api/sessions', { scenarioId: 'report-slips' })).statusCode).toBe(404);

    expect((await call(t.app, coach, 'POST', '/api/scenarios/report-slips/publish')).json()).toMatchObject({ status: 'published' });
    expect(await ids(leader)).toContain('report-slips');
    expect(await ids(otherLeader)).not.toContain('report-slips');
    expect((await call(t.app, otherLeader, 'GET', '/api/scenarios/report-slips')).statusCode).toBe(404);
    // A leader who can see it learns that editing it is not theirs; the hidden facts stay hidden.
    expect((await call(t.app, leader, 'GET', '/api/scenarios/report-slips/source')).statusCode).toBe(403);
    expect((await call(t.app, leader, 'POST', '/api/sessions', { scenarioId: 'report-slips' })).statusCode).toBe(201);
  });

  it('refuses an invalid scenario with 400 invalid_scenario and the scenarios:check messages by field path', async () => {
    const bad = { ...draftScenario('bad-one'), title: 7, persona: { ...draftScenario('x').persona, mood: '' }, extra: true } as Record<string, unknown>;
    delete bad.learningFocus;
    const response = await call(t.app, coach, 'POST', '/api/scenarios', bad);
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.error.code).toBe('invalid_scenario');
    expect(body.errors).toEqual(
      expect.arrayContaining([
        { path: '/learningFocus', message: 'is required' },
        { path: '/title', message: 'must be string' },
        { path: '/persona/mood', message: 'must not have fewer than 1 characters' },
        { path: '/extra', message: 'is not an allowed field' },
      ]),
    );
    const taken = await call(t.app, coach, 'POST', '/api/scenarios', draftScenario('late-onboarding-guide'));
    expect(taken.statusCode).toBe(400);
    expect(taken.json().errors[0].path).toBe('/id');
    expect((await call(t.app, leader, 'POST', '/api/scenarios', draftScenario('leader-made'))).statusCode).toBe(403);
  });

  it('makes a new version on editing a published scenario; a session keeps the version it was played on', async () => {
    await call(t.app, coach, 'POST', '/api/scenarios', draftScenario('versioned', 'First title'));
    await call(t.app, coach, 'POST', '/api/scenarios/versioned/publish');
    const before = await practise(t.app, leader, ['What is going on with the report?'], { scenarioId: 'versioned' });

    const edit = { ...draftScenario('versioned', 'Second title'), openingLine: 'Different opening.' };
    const saved = await call(t.app, coach, 'PUT', '/api/scenarios/versioned', edit);
    expect(saved.json()).toEqual({ id: 'versioned', version: 2, status: 'published' });
    const after = await call(t.app, leader, 'POST', '/api/sessions', { scenarioId: 'versioned' });
    expect(after.json().turns[0].text).toBe('Different opening.');

    const old = (await call(t.app, leader, 'GET', `/api/sessions/${before}`)).json();
    expect(old.turns[0].text).toBe(draftScenario('x').openingLine);
    expect(old.scenario?.title ?? old.scenarioTitle).toBe('First title');
    expect((await call(t.app, coach, 'GET', '/api/scenarios/versioned/source')).json()).toMatchObject({ version: 2, scenario: { title: 'Second title' } });

    const renamed = await call(t.app, coach, 'PUT', '/api/scenarios/versioned', draftScenario('renamed'));
    expect(renamed.statusCode).toBe(400);
    expect(renamed.json().errors[0].path).toBe('/id');
  });

  it('duplicates as a new draft and archives out of every list but keeps old sessions readable', async () => {
    const dup = await call(t.app, coach, 'POST', '/api/scenarios/versioned/duplicate');
    expect(dup.statusCode).toBe(201);
    expect(dup.json()).toEqual({ id: 'versioned-copy' });
    expect((await call(t.app, coach, 'GET', '/api/scenarios/versioned-copy/source')).json()).toMatchObject({ status: 'draft', version: 1, scenario: { title: 'Second title (copy)' } });

    const played = await practise(t.app, leader, ['What happened?'], { scenarioId: 'versioned' });
    expect((await call(t.app, coach, 'POST', '/api/scenarios/versioned/archive')).json()).toMatchObject({ status: 'archived' });
    expect(await ids(leader)).not.toContain('versioned');
    expect(await ids(coach)).not.toContain('versioned');
    expect((await call(t.app, leader, 'POST', '/api/sessions', { scenarioId: 'versioned' })).statusCode).toBe(404);
    expect((await call(t.app, leader, 'GET', `/api/sessions/${played}`)).statusCode).toBe(200);
    expect((await call(t.app, coach, 'PUT', '/api/scenarios/versioned', draftScenario('versioned'))).statusCode).toBe(409);
  });

  it('refuses edits of built-ins and of another coach’s scenario', async () => {
    const stranger = await signUp(t.app, { role: 'coach' });
    expect((await call(t.app, coach, 'PUT', '/api/scenarios/late-onboarding-guide', draftScenario('late-onboarding-guide'))).statusCode).toBe(403);
    const foreign = await call(t.app, stranger, 'POST', '/api/scenarios/report-slips/archive');
    const missing = await call(t.app, stranger, 'POST', '/api/scenarios/no-such-one/archive');
    expect(foreign.statusCode).toBe(404);
    expect(foreign.body).toBe(missing.body.replace('no-such-one', 'report-slips'));
  });
});

describe('YAML import and export', () => {
  it('exports in the prompts/scenarios format; importing the export gives an identical scenario', async () => {
    const exported = await call(t.app, coach, 'GET', '/api/scenarios/report-slips/export');
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toMatch(/yaml/);
    expect(exported.body.startsWith('id: report-slips\ntitle: ')).toBe(true);
    const original = (await call(t.app, coach, 'GET', '/api/scenarios/report-slips/source')).json().scenario;
    expect(parseScenarioYaml(exported.body, 'report-slips.yaml')).toEqual(original);

    // Into another coach's library (ids are unique across the app): same scenario, same YAML.
    const other = await startTestApp();
    try {
      const { coach: otherCoach } = await linkedPair(other.app);
      const imported = await call(other.app, otherCoach, 'POST', '/api/scenarios/import', { yaml: exported.body });
      expect(imported.statusCode).toBe(201);
      expect(imported.json()).toEqual({ id: 'report-slips' });
      expect((await call(other.app, otherCoach, 'GET', '/api/scenarios/report-slips/source')).json().scenario).toEqual(original);
      expect((await call(other.app, otherCoach, 'GET', '/api/scenarios/report-slips/export')).body).toBe(exported.body);
    } finally {
      await other.close();
    }
    // The same file again here: the id is taken.
    const again = await call(t.app, coach, 'POST', '/api/scenarios/import', { yaml: exported.body });
    expect(again.statusCode).toBe(400);
    expect(again.json().errors).toEqual([{ path: '/id', message: '"report-slips" is already used by another scenario; choose another id' }]);
  });

  it('names the field path of each problem on import, and the line of a syntax error', async () => {
    const yaml = (await call(t.app, coach, 'GET', '/api/scenarios/report-slips/export')).body
      .replace('id: report-slips', 'id: imported-bad')
      .replace(/speakingStyle: \w+/, 'speakingStyle: shouty');
    const response = await call(t.app, coach, 'POST', '/api/scenarios/import', { yaml });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { path: '/persona/speakingStyle', message: 'must be one of plain, reserved, verbose, upset, people-pleasing, defensive' },
    ]);
    const broken = await call(t.app, coach, 'POST', '/api/scenarios/import', { yaml: 'id: a1\nid: a2\n' });
    expect(broken.json().errors).toEqual([{ path: '', message: 'YAML syntax error at line 2: Map keys must be unique' }]);
  });
});
