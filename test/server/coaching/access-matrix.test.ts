import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createInvite, practise, type Caller } from '@test/helpers/coaching';
import { draftScenario, publishedScenario } from '@test/helpers/homework';
import { signUp, startTestApp, type TestApp } from '@test/helpers/test-app';

// The authorization matrix, generated from the real route table (app.accessTable, filled by the
// access plugin's onRoute hook): every /api route, HTTP and WebSocket, against six callers. A route
// without a row here fails the first test; every 404 must be byte-identical to a missing resource's.

const ACTORS = ['anonymous', 'owner', 'otherLeader', 'linkedCoach', 'unlinkedCoach', 'formerCoach'] as const;
type Actor = (typeof ACTORS)[number];
type Expected = Record<Actor, number>;

const PASSWORD = 'correct horse';
const e = (...codes: number[]): Expected => Object.fromEntries(ACTORS.map((a, i) => [a, codes[i]])) as Expected;
const signedIn = (code: number) => e(401, code, code, code, code, code);
const coachOnly = (code: number) => e(401, 403, 403, code, code, code);

interface World {
  users: Record<Exclude<Actor, 'anonymous'>, Caller & { email: string }>;
  sessionId: string;
  /** A published scenario the linked coach wrote, and homework they set the owner with it. */
  scenarioId: string;
  assignmentId: string;
  /** Homework the former coach set before the owner stopped sharing with them. */
  formerAssignmentId: string;
}
interface Req {
  url: string;
  payload?: unknown;
}
interface Row {
  expect: Expected;
  /** The request; may set up a fresh resource for this one call (when a success would use it up). */
  request: (w: World, actor: Actor) => Req | Promise<Req>;
  /** The same request naming a resource that does not exist: every 404 must answer exactly like it. */
  missing?: (w: World) => Req;
  /** Log the caller in afresh for this call (logging out ends the session it is called with). */
  freshLogin?: boolean;
}

let t: TestApp;
let world: World;

const session = (w: World, suffix = '') => ({ url: `/api/sessions/${w.sessionId}${suffix}` });
const missingSession = (suffix = '') => () => ({ url: `/api/sessions/no-such-session${suffix}` });
const scenario = (w: World, suffix = '') => ({ url: `/api/scenarios/${w.scenarioId}${suffix}` });
const missingScenario = (suffix = '') => () => ({ url: `/api/scenarios/no-such-scenario${suffix}` });
/** The linked coach's scenario: they may change it; the owner (a linked leader) sees it, so learns it is not theirs (403). */
const authorOnly = (code: number) => e(401, 403, 404, code, 404, 404);
let fresh = 0;
const freshId = () => `matrix-fresh-${++fresh}`;

const MATRIX: Record<string, Row> = {
  'GET /api/health': { expect: e(200, 200, 200, 200, 200, 200), request: () => ({ url: '/api/health' }) },
  'POST /api/auth/signup': {
    expect: e(201, 201, 201, 201, 201, 201),
    request: () => ({ url: '/api/auth/signup', payload: { email: `m${Math.random()}@example.com`, password: PASSWORD, name: 'New', role: 'leader' } }),
  },
  'POST /api/auth/login': {
    expect: e(200, 200, 200, 200, 200, 200),
    request: (w) => ({ url: '/api/auth/login', payload: { email: w.users.owner.email, password: PASSWORD } }),
  },
  'POST /api/auth/logout': { expect: e(204, 204, 204, 204, 204, 204), request: () => ({ url: '/api/auth/logout' }), freshLogin: true },
  'GET /api/me': { expect: signedIn(200), request: () => ({ url: '/api/me' }) },
  'GET /api/me/coaches': { expect: signedIn(200), request: () => ({ url: '/api/me/coaches' }) },
  'DELETE /api/me/coaches/:coachId': {
    // A fresh coach the owner shares with, per call: a success ends that link.
    expect: e(401, 204, 404, 404, 404, 404),
    request: async (w) => {
      const coach = await signUp(t.app, { role: 'coach' });
      const invite = await createInvite(t.app, coach);
      await call(t.app, w.users.owner, 'POST', `/api/invites/${invite.code}/accept`);
      return { url: `/api/me/coaches/${coach.userId}` };
    },
    missing: () => ({ url: '/api/me/coaches/no-such-coach' }),
  },
  'GET /api/scenarios': { expect: signedIn(200), request: () => ({ url: '/api/scenarios' }) },
  'GET /api/scenarios/:id': { expect: signedIn(200), request: () => ({ url: '/api/scenarios/late-onboarding-guide' }) },
  'POST /api/sessions': { expect: signedIn(201), request: () => ({ url: '/api/sessions', payload: { scenarioId: 'late-onboarding-guide' } }) },
  'GET /api/sessions': { expect: signedIn(200), request: () => ({ url: '/api/sessions' }) },
  'GET /api/sessions/:id': { expect: e(401, 200, 404, 200, 404, 404), request: (w) => session(w), missing: missingSession() },
  'PATCH /api/sessions/:id': {
    expect: e(401, 200, 404, 404, 404, 404),
    request: (w) => ({ ...session(w), payload: { feedbackEnabled: true } }),
    missing: () => ({ ...missingSession()(), payload: { feedbackEnabled: true } }),
  },
  'POST /api/sessions/:id/end': {
    expect: e(401, 200, 404, 404, 404, 404),
    request: async (w) => ({ url: `/api/sessions/${await practise(t.app, w.users.owner, [], { end: false })}/end` }),
    missing: missingSession('/end'),
  },
  'DELETE /api/sessions/:id': {
    // A fresh session of the owner's per call: a success deletes it.
    expect: e(401, 204, 404, 404, 404, 404),
    request: async (w) => ({ url: `/api/sessions/${await practise(t.app, w.users.owner, [], { end: false })}` }),
    missing: missingSession(),
  },
  'POST /api/sessions/:id/branches': {
    expect: e(401, 201, 404, 404, 404, 404),
    request: (w) => ({ ...session(w, '/branches'), payload: { fromTurnIndex: 1 } }),
    missing: () => ({ ...missingSession('/branches')(), payload: { fromTurnIndex: 1 } }),
  },
  'GET /api/sessions/:id/stream': { expect: e(401, 101, 404, 404, 404, 404), request: (w) => session(w, '/stream'), missing: missingSession('/stream') },
  'GET /api/sessions/:id/events': { expect: e(401, 101, 404, 101, 404, 404), request: (w) => session(w, '/events'), missing: missingSession('/events') },
  'POST /api/sessions/:id/comments': {
    expect: e(401, 201, 404, 201, 404, 404),
    request: (w) => ({ ...session(w, '/comments'), payload: { turnIndex: 1, text: 'A note.' } }),
    missing: () => ({ ...missingSession('/comments')(), payload: { turnIndex: 1, text: 'A note.' } }),
  },
  'PATCH /api/sessions/:id/comments/:commentId': {
    // The linked coach's own comment.
    expect: e(401, 404, 404, 200, 404, 404),
    request: async (w) => {
      const comment = await call(t.app, w.users.linkedCoach, 'POST', `/api/sessions/${w.sessionId}/comments`, { turnIndex: 1, text: 'First.' });
      return { url: `/api/sessions/${w.sessionId}/comments/${comment.json().id}`, payload: { text: 'Edited.' } };
    },
    missing: (w) => ({ url: `/api/sessions/${w.sessionId}/comments/no-such-comment`, payload: { text: 'Edited.' } }),
  },
  'POST /api/sessions/:id/overrides': {
    expect: e(401, 403, 404, 201, 404, 404),
    request: (w) => ({ ...session(w, '/overrides'), payload: { turnIndex: 1, target: 'delegation', to: 'none', reason: 'No decision in play.' } }),
    missing: () => ({ ...missingSession('/overrides')(), payload: { turnIndex: 1, target: 'delegation', to: 'none', reason: 'No decision in play.' } }),
  },
  'POST /api/sessions/:id/reviews': {
    expect: e(401, 403, 404, 201, 404, 404),
    request: (w) => ({ ...session(w, '/reviews'), payload: { summary: 'Reviewed.' } }),
    missing: () => ({ ...missingSession('/reviews')(), payload: { summary: 'Reviewed.' } }),
  },
  'GET /api/sessions/:id/export': { expect: e(401, 200, 404, 200, 404, 404), request: (w) => session(w, '/export?format=md'), missing: missingSession('/export?format=md') },
  'POST /api/imports': {
    expect: signedIn(201),
    request: () => ({ url: '/api/imports', payload: { text: 'Ann: What happened on Friday?\nBob: The feed broke again.\n', format: 'text', leader: 'Ann' } }),
  },
  'POST /api/sessions/:id/seen': { expect: e(401, 204, 404, 204, 404, 404), request: (w) => session(w, '/seen'), missing: missingSession('/seen') },
  'POST /api/coach/invites': { expect: coachOnly(201), request: () => ({ url: '/api/coach/invites', payload: {} }) },
  'GET /api/coach/invites': { expect: coachOnly(200), request: () => ({ url: '/api/coach/invites' }) },
  'DELETE /api/coach/invites/:code': {
    // An invite the linked coach issued.
    expect: e(401, 404, 404, 204, 404, 404),
    request: async (w) => ({ url: `/api/coach/invites/${(await createInvite(t.app, w.users.linkedCoach)).code}` }),
    missing: () => ({ url: '/api/coach/invites/no-such-code' }),
  },
  'GET /api/invites/:code': {
    // The code is the invitation: whoever holds a pending one may look at it.
    expect: e(401, 200, 200, 200, 200, 200),
    request: async (w) => ({ url: `/api/invites/${(await createInvite(t.app, w.users.linkedCoach)).code}` }),
    missing: () => ({ url: '/api/invites/no-such-code' }),
  },
  'POST /api/invites/:code/accept': {
    // The issuing coach cannot accept their own; anyone else (a coach practises too) can.
    expect: e(401, 200, 200, 403, 200, 200),
    // Others accept a throwaway coach's invite, so the world's links (who sees whose scenarios) stay as built.
    request: async (w, actor) => {
      const issuer = actor === 'linkedCoach' ? w.users.linkedCoach : await signUp(t.app, { role: 'coach' });
      return { url: `/api/invites/${(await createInvite(t.app, issuer)).code}/accept` };
    },
    missing: () => ({ url: '/api/invites/no-such-code/accept' }),
  },
  'GET /api/coach/leaders': { expect: coachOnly(200), request: () => ({ url: '/api/coach/leaders' }) },
  'GET /api/coach/leaders/:leaderId/sessions': {
    expect: e(401, 404, 404, 200, 404, 404),
    request: (w) => ({ url: `/api/coach/leaders/${w.users.owner.userId}/sessions` }),
    missing: () => ({ url: '/api/coach/leaders/no-such-leader/sessions' }),
  },
  'GET /api/coach/sessions': { expect: coachOnly(200), request: () => ({ url: '/api/coach/sessions' }) },
  'GET /api/coach/calibration': { expect: coachOnly(200), request: () => ({ url: '/api/coach/calibration' }) },
  'GET /api/coach/calibration.csv': { expect: coachOnly(200), request: () => ({ url: '/api/coach/calibration.csv' }) },
  'POST /api/scenarios': { expect: coachOnly(201), request: () => ({ url: '/api/scenarios', payload: draftScenario(freshId()) }) },
  'POST /api/scenarios/import': {
    expect: coachOnly(201),
    request: () => ({ url: '/api/scenarios/import', payload: { yaml: `id: ${freshId()}\n${scenarioYaml.split('\n').slice(1).join('\n')}` } }),
  },
  'GET /api/scenarios/:id/source': { expect: authorOnly(200), request: (w) => scenario(w, '/source'), missing: missingScenario('/source') },
  'PUT /api/scenarios/:id': {
    expect: authorOnly(200),
    request: (w) => ({ ...scenario(w), payload: draftScenario(w.scenarioId) }),
    missing: () => ({ url: '/api/scenarios/no-such-scenario', payload: draftScenario('no-such-scenario') }),
  },
  'POST /api/scenarios/:id/publish': { expect: authorOnly(200), request: (w) => scenario(w, '/publish'), missing: missingScenario('/publish') },
  'POST /api/scenarios/:id/archive': {
    // A fresh published scenario of the linked coach per call: archiving hides it from the owner.
    expect: authorOnly(200),
    request: async (w) => ({ url: `/api/scenarios/${await publishedScenario(t.app, w.users.linkedCoach, freshId())}/archive` }),
    missing: missingScenario('/archive'),
  },
  'POST /api/scenarios/:id/duplicate': { expect: authorOnly(201), request: (w) => scenario(w, '/duplicate'), missing: missingScenario('/duplicate') },
  'GET /api/scenarios/:id/export': { expect: authorOnly(200), request: (w) => scenario(w, '/export'), missing: missingScenario('/export') },
  'POST /api/assignments': {
    // Homework for the owner: only the coach they share with may set it; other coaches are told the leader is not theirs.
    expect: e(401, 403, 403, 201, 400, 400),
    request: (w) => ({ url: '/api/assignments', payload: { scenarioId: 'late-onboarding-guide', leaderIds: [w.users.owner.userId], dueAt: '2099-01-01T12:00:00Z' } }),
  },
  'GET /api/assignments': { expect: signedIn(200), request: () => ({ url: '/api/assignments' }) },
  'GET /api/assignments/:id': {
    expect: e(401, 200, 404, 200, 404, 404),
    request: (w) => ({ url: `/api/assignments/${w.assignmentId}` }),
    missing: () => ({ url: '/api/assignments/no-such-assignment' }),
  },
  'GET /api/coach/sessions.csv': { expect: coachOnly(200), request: () => ({ url: '/api/coach/sessions.csv' }) },
};

let scenarioYaml = '';

async function makeWorld(): Promise<World> {
  const user = async (role: 'leader' | 'coach', name: string) => {
    const email = `${name.toLowerCase()}@matrix.example.com`;
    return { ...(await signUp(t.app, { role, name, email, password: PASSWORD })), email };
  };
  const owner = await user('leader', 'Owner');
  const users = {
    owner,
    otherLeader: await user('leader', 'Other'),
    linkedCoach: await user('coach', 'Linked'),
    unlinkedCoach: await user('coach', 'Unlinked'),
    formerCoach: await user('coach', 'Former'),
  };
  for (const coach of [users.linkedCoach, users.formerCoach]) {
    const invite = await createInvite(t.app, coach);
    await call(t.app, owner, 'POST', `/api/invites/${invite.code}/accept`);
  }
  const sessionId = await practise(t.app, owner, ['You should call them today.', 'What do you see as options?']);
  const scenarioId = await publishedScenario(t.app, users.linkedCoach, 'matrix-scenario');
  scenarioYaml = (await call(t.app, users.linkedCoach, 'GET', `/api/scenarios/${scenarioId}/export`)).body;
  const homework = async (coach: Caller, id: string) =>
    (await call(t.app, coach, 'POST', '/api/assignments', { scenarioId: id, leaderIds: [owner.userId], dueAt: '2099-01-01T12:00:00Z' })).json().id as string;
  const assignmentId = await homework(users.linkedCoach, scenarioId);
  const formerAssignmentId = await homework(users.formerCoach, 'late-onboarding-guide');
  await call(t.app, owner, 'DELETE', `/api/me/coaches/${users.formerCoach.userId}`);
  // The unlinked coach coaches the other leader, so "unlinked" means unlinked to this owner, not idle.
  const theirs = await createInvite(t.app, users.unlinkedCoach);
  await call(t.app, users.otherLeader, 'POST', `/api/invites/${theirs.code}/accept`);
  await practise(t.app, users.otherLeader, ['What would help?']);
  await publishedScenario(t.app, users.unlinkedCoach, 'unlinked-coach-scenario');
  return { users, sessionId, scenarioId, assignmentId, formerAssignmentId };
}

const methodOf = (key: string) => key.split(' ')[0];
const isSocket = (key: string) => t.app.accessTable.some((r) => `${r.method} ${r.url}` === key && r.websocket);

/** Status and body of one call; a WebSocket route answers 101 when the upgrade succeeds. */
async function send(key: string, caller: Caller | null, req: Req): Promise<{ status: number; body: string }> {
  if (isSocket(key)) {
    try {
      const socket = await t.app.injectWS(req.url, { headers: caller ? { cookie: caller.cookie } : {} });
      socket.terminate();
      return { status: 101, body: '' };
    } catch (err) {
      const status = Number(/\b(\d{3})\b/.exec(String(err))?.[1]);
      return { status, body: '' };
    }
  }
  const response = await call(t.app, caller, methodOf(key), req.url, req.payload);
  return { status: response.statusCode, body: response.body };
}

beforeAll(async () => {
  t = await startTestApp({ LOGIN_RATE_LIMIT: '1000', SIGNUP_RATE_LIMIT: '1000' });
  world = await makeWorld();
}, 60_000);
afterAll(async () => {
  await t.close();
});

describe('authorization matrix', () => {
  it('has a row for every /api route in the route table, and no row for a route that does not exist', () => {
    const routes = t.app.accessTable.map((r) => `${r.method} ${r.url}`).sort();
    expect(routes.length).toBeGreaterThan(25);
    expect(Object.keys(MATRIX).sort()).toEqual(routes);
  });

  it.each(Object.keys(MATRIX))('%s', async (key) => {
    const row = MATRIX[key];
    const failures: string[] = [];
    for (const actor of ACTORS) {
      let caller: Caller | null = actor === 'anonymous' ? null : world.users[actor];
      if (caller && row.freshLogin) {
        const login = await call(t.app, null, 'POST', '/api/auth/login', { email: world.users[actor as Exclude<Actor, 'anonymous'>].email, password: PASSWORD });
        caller = { ...caller, cookie: `askwell_session=${login.cookies.find((c) => c.name === 'askwell_session')!.value}` };
      }
      const got = await send(key, caller, await row.request(world, actor));
      if (got.status !== row.expect[actor]) failures.push(`${actor}: expected ${row.expect[actor]}, got ${got.status} ${got.body.slice(0, 120)}`);
      if (got.status === 404 && row.missing && !isSocket(key)) {
        const missing = await send(key, caller, row.missing(world));
        if (missing.status !== 404 || missing.body !== got.body) failures.push(`${actor}: 404 body ${got.body} differs from a missing resource's ${missing.body}`);
      }
      if (got.status === 404 && row.missing && isSocket(key)) {
        const missing = await send(key, caller, row.missing(world));
        if (missing.status !== 404) failures.push(`${actor}: a missing resource answered ${missing.status}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('answers HEAD on a session like GET: the owner and linked coach 200, anyone else the same 404', async () => {
    const head = (actor: Exclude<Actor, 'anonymous'>, id = world.sessionId) =>
      t.app.inject({ method: 'HEAD', url: `/api/sessions/${id}`, headers: { cookie: world.users[actor].cookie } });
    expect((await head('owner')).statusCode).toBe(200);
    expect((await head('linkedCoach')).statusCode).toBe(200);
    for (const actor of ['otherLeader', 'unlinkedCoach', 'formerCoach'] as const) expect((await head(actor)).statusCode).toBe(404);
  });

  it('never lists the owner’s session to anyone but the owner and the linked coach', async () => {
    for (const actor of ['otherLeader', 'unlinkedCoach', 'formerCoach'] as const) {
      for (const url of ['/api/sessions', '/api/coach/sessions', '/api/coach/leaders', '/api/coach/sessions.csv']) {
        const response = await call(t.app, world.users[actor], 'GET', url);
        expect(response.body, `${actor} ${url}`).not.toContain(world.sessionId);
        expect(response.body, `${actor} ${url}`).not.toContain(world.users.owner.userId);
      }
    }
    expect((await call(t.app, world.users.linkedCoach, 'GET', '/api/coach/sessions')).body).toContain(world.sessionId);
    expect((await call(t.app, world.users.linkedCoach, 'GET', '/api/coach/sessions.csv')).body).toContain(world.sessionId);
  });

  it('never shows a leader another coach’s scenarios or homework', async () => {
    const list = async (actor: Exclude<Actor, 'anonymous'>, url: string) => (await call(t.app, world.users[actor], 'GET', url)).body;
    expect(await list('owner', '/api/scenarios')).toContain(world.scenarioId);
    expect(await list('owner', '/api/scenarios')).not.toContain('unlinked-coach-scenario');
    expect(await list('otherLeader', '/api/scenarios')).toContain('unlinked-coach-scenario');
    for (const actor of ['otherLeader', 'unlinkedCoach', 'formerCoach'] as const) {
      expect(await list(actor, '/api/scenarios'), actor).not.toContain(world.scenarioId);
      expect(await list(actor, '/api/assignments'), actor).not.toContain(world.assignmentId);
    }
    // Homework from a coach the owner no longer shares with leaves their list.
    expect(await list('owner', '/api/assignments')).toContain(world.assignmentId);
    expect(await list('owner', '/api/assignments')).not.toContain(world.formerAssignmentId);
  });

  it('lets only the assigned, still-linked leader start an attempt at homework', async () => {
    const start = (actor: Exclude<Actor, 'anonymous'>, assignmentId: string, scenarioId = world.scenarioId) =>
      call(t.app, world.users[actor], 'POST', '/api/sessions', { scenarioId, assignmentId });
    const missing = await start('otherLeader', 'no-such-assignment');
    expect(missing.statusCode).toBe(404);
    for (const actor of ['otherLeader', 'unlinkedCoach', 'formerCoach'] as const) {
      const refused = await start(actor, world.assignmentId);
      expect([refused.statusCode, refused.body], actor).toEqual([404, missing.body]);
    }
    // The coach who set it sees it exists, so is told it is not theirs to start.
    expect((await start('linkedCoach', world.assignmentId)).statusCode).toBe(403);
    // Unlinked from the former coach, the owner cannot start their old homework.
    expect((await start('owner', world.formerAssignmentId, 'late-onboarding-guide')).body).toBe(missing.body);
    expect((await start('owner', world.assignmentId)).statusCode).toBe(201);
  });
});
