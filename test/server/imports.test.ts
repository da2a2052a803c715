import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SessionExport } from '@core/transcript/export-schema';
import type { SessionView } from '@core/review/wire';
import type { Session } from '@core/transcript/wire';
import { appPerTest } from '../helpers/app-per-test';
import { createSession, signUp } from '../helpers/test-app';
import { openStream, type MessageQueue } from '../helpers/ws-client';

// POST /api/imports and the export routes through the real app and a real SQLite file.

const fixture = (name: string) => readFileSync(new URL(`../core/transcript/fixtures/${name}`, import.meta.url), 'utf8');

const t = appPerTest({ leader: { name: 'Priya Shah' } });

const importJson = (payload: object, as = t.cookie) => t.app.inject({ method: 'POST', url: '/api/imports', headers: { cookie: as }, payload });
const getSession = async (id: string, as = t.cookie) => (await t.app.inject({ url: `/api/sessions/${id}`, headers: { cookie: as } })).json() as Session;
const branchOf = async (id: string, fromTurnIndex: number) => {
  const res = await t.app.inject({ method: 'POST', url: `/api/sessions/${id}/branches`, headers: { cookie: t.cookie }, payload: { fromTurnIndex } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
};
const replies = async (stream: MessageQueue, texts: string[]) => {
  for (const text of texts) {
    stream.send({ type: 'reply', text });
    await stream.until('feedback.done');
  }
};
/** A coach the leader signed in with `as` shares their practice with. */
async function coachFor(as: string) {
  const coach = await signUp(t.app, { role: 'coach', name: 'Cora Coach' });
  const invite = (await t.app.inject({ method: 'POST', url: '/api/coach/invites', headers: { cookie: coach.cookie }, payload: {} })).json() as { code: string };
  expect((await t.app.inject({ method: 'POST', url: `/api/invites/${invite.code}/accept`, headers: { cookie: as } })).statusCode).toBe(200);
  return { coach };
}
/** A file with the ids a database gives (the session's and each branch's) and the export time blanked. */
const withoutDatabaseIds = (file: SessionExport) => ({
  ...file,
  exportedAt: 0,
  session: { ...file.session, id: 0 },
  branches: file.branches.map((x) => ({ ...x, session: { ...x.session, id: 0 } })),
});
const exportOf = async (id: string, format = 'json', as = t.cookie) => t.app.inject({ url: `/api/sessions/${id}/export?format=${format}`, headers: { cookie: as } });

function multipart(fields: Record<string, string>, file: { name: string; content: string | Buffer }) {
  const boundary = '----askwell-test-boundary';
  const parts = Object.entries(fields).map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`);
  const body = Buffer.concat([
    Buffer.from(parts.join('')),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: text/vtt\r\n\r\n`),
    Buffer.from(file.content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { headers: { cookie: t.cookie, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: body };
}

describe('POST /api/imports', () => {
  it('stores a Teams transcript as a scored session of kind imported', async () => {
    const res = await importJson({ text: fixture('teams.vtt'), leader: 'priya shah', fileName: 'weekly.vtt' });
    expect(res.statusCode).toBe(201);
    const { id } = res.json() as { id: string };
    const s = await getSession(id);
    expect(s).toMatchObject({ kind: 'imported', title: 'weekly.vtt', scenario: null, scenarioId: null, leaderName: 'Priya Shah', status: 'ended', source: { fileName: 'weekly.vtt', format: 'vtt' } });
    expect(s.turns.map((x) => [x.speaker, x.speakerName])).toEqual([
      ['leader', 'Priya Shah'], ['persona', "Daniel O'Neill"], ['leader', 'Priya Shah'], ['persona', "Daniel O'Neill"], ['leader', 'Priya Shah'],
    ]);
    expect(s.turns[2]).toMatchObject({ start: 17.3, end: 21.05 });
    expect(s.turns[2].score!.moves[0].kind).toBe('open_question');
    expect(s.turns[1].score).toBeUndefined();
    const ideas = s.scorecard!.figures.find((f) => f.key === 'ideasElicited')!;
    expect(ideas).toMatchObject({ value: null, band: null, display: 'not applicable' });
    const list = (await t.app.inject({ url: '/api/sessions', headers: { cookie: t.cookie } })).json() as { id: string; kind: string; scenarioTitle: string }[];
    expect(list).toEqual([expect.objectContaining({ id, kind: 'imported', scenarioTitle: 'weekly.vtt', leaderTurns: 3 })]);
  });

  it('answers a malformed file with 400 invalid_transcript naming the line, and stores nothing', async () => {
    const res = await importJson({ text: fixture('broken-timing.vtt'), leader: 'Rosa' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      error: { code: 'invalid_transcript', message: 'line 8: expected a timing line such as "00:00:01.000 --> 00:00:04.000", found "00:00:03,5 -> 00:00:05.000"' },
    });
    expect((await t.app.inject({ url: '/api/sessions', headers: { cookie: t.cookie } })).json()).toEqual([]);
  });

  it('never guesses the leader: a missing or unknown one gets the speaker list', async () => {
    const missing = await importJson({ text: fixture('zoom.vtt') });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error).toMatchObject({ code: 'leader_required', speakers: [{ name: 'Marcus Lee', words: 21 }, { name: 'Ana Ruiz', words: 20 }] });
    expect(missing.json().error.speakers[0].sample).toBe('You should just tell them no. I will send them an email today.');
    const unknown = await importJson({ text: fixture('zoom.vtt'), leader: 'Bob' });
    expect(unknown.json().error).toMatchObject({ code: 'unknown_leader', message: 'No speaker named "Bob". Speakers: Marcus Lee (21 words), Ana Ruiz (20 words).' });
  });

  it('accepts a multipart upload, with a BOM and CRLF', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/imports', ...multipart({ leader: 'Marcus Lee' }, { name: 'call.vtt', content: `\uFEFF${fixture('zoom.vtt').replace(/\n/g, '\r\n')}` }) });
    expect(res.statusCode).toBe(201);
    const s = await getSession(res.json().id);
    expect(s.title).toBe('call.vtt');
    expect(s.turns).toHaveLength(4);
  });

  it('refuses files over 5 MB and bytes that are not UTF-8, both ways in', async () => {
    const big = `WEBVTT\n\n${'00:00:01.000 --> 00:00:02.000\n<v A>hello there\n\n'.repeat(120_000)}`;
    const viaForm = await t.app.inject({ method: 'POST', url: '/api/imports', ...multipart({ leader: 'A' }, { name: 'big.vtt', content: big }) });
    expect(viaForm.statusCode).toBe(400);
    expect(viaForm.json().error).toEqual({ code: 'invalid_transcript', message: 'expected a file of at most 5 MB, found "a larger file"' });
    const viaJson = await importJson({ text: big, leader: 'A' });
    expect(viaJson.statusCode).toBe(400);
    const latin1 = await t.app.inject({ method: 'POST', url: '/api/imports', ...multipart({ leader: 'P' }, { name: 'x.txt', content: Buffer.from([0x50, 0x3a, 0x20, 0xe9, 0x0a]) }) });
    expect(latin1.json().error.message).toMatch(/expected UTF-8 text/);
  });

  it('needs a signed-in user', async () => {
    expect((await importJson({ text: fixture('zoom.vtt'), leader: 'Ana Ruiz' }, 'askwell_session=nope')).statusCode).toBe(401);
  });
});

describe('exports', () => {
  it('hides another leader’s session behind the same 404 as an unknown id, for every format', async () => {
    const { id } = (await importJson({ text: fixture('zoom.vtt'), leader: 'Marcus Lee' })).json() as { id: string };
    const other = await signUp(t.app);
    for (const format of ['json', 'md', 'csv']) {
      const theirs = await exportOf(id, format, other.cookie);
      const unknown = await exportOf('no-such-id', format, other.cookie);
      expect(theirs.statusCode).toBe(404);
      expect(theirs.json()).toEqual(unknown.json());
    }
    expect((await t.app.inject({ url: `/api/sessions/${id}`, headers: { cookie: other.cookie } })).statusCode).toBe(404);
  });

  it('downloads Markdown with each reply’s moves and CSV of the replies', async () => {
    const { id } = (await importJson({ text: fixture('zoom.vtt'), leader: 'Marcus Lee', title: 'Call with Ana' })).json() as { id: string };
    const md = await exportOf(id, 'md');
    expect(md.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(md.headers['content-disposition']).toMatch(/^attachment; filename="askwell-call-with-ana-\d{4}-\d{2}-\d{2}\.md"$/);
    expect(md.body).toContain('**[0:12] Marcus Lee (leader):** You should just tell them no. I will send them an email today.');
    expect(md.body).toMatch(/- \*advice\* \(tell\): “You should just tell them no\.”/);
    const csv = await exportOf(id, 'csv');
    const rows = csv.body.trim().split('\r\n');
    expect(rows[0]).toBe('turn,speaker,start,end,text,family,moves,delegation_level');
    expect(rows[1]).toBe('0,Marcus Lee,1.12,5.48,"Hi Ana, how did the customer call go?",ask,open_question,none');
    expect(rows[2]).toBe('1,Ana Ruiz,5.9,12,Not great. They want the report weekly instead of monthly. And I am not sure we can keep up.,,,');
  });

  it('round trip: a practice session with its branches, exported and imported again, is identical', async () => {
    const practice = await createSession(t.app, t.cookie);
    const { coach } = await coachFor(t.cookie);
    const main = await openStream(t.app, practice.id, t.cookie);
    await replies(main, ['What is going on with the launch?', 'You should just escalate it. I will talk to them myself.']);
    await t.app.inject({ method: 'POST', url: `/api/sessions/${practice.id}/end`, headers: { cookie: t.cookie } });
    // Branch A tries reply 2 again and goes on; branch C, a branch of A, tries A's third reply again;
    // branch B redoes reply 1 itself (a branch may edit its fork reply, so its turns start there).
    const a = await branchOf(practice.id, 3);
    const aStream = await openStream(t.app, a, t.cookie);
    await aStream.until('feedback.done');
    await replies(aStream, ['What would help you most right now?']);
    await t.app.inject({ method: 'POST', url: `/api/sessions/${a}/end`, headers: { cookie: t.cookie } });
    const c = await branchOf(a, 5);
    const b = await branchOf(practice.id, 1);
    const bStream = await openStream(t.app, b, t.cookie);
    await bStream.until('feedback.done');
    bStream.send({ type: 'edit', text: 'How do you see the launch going?' });
    await bStream.until('feedback.done');
    bStream.close();
    // A branch's coaching record: a leader's comment on a shared turn, a coach's on its own reply, an override and a review.
    const post = async (who: string, id: string, path: string, body: object) =>
      expect((await t.app.inject({ method: 'POST', url: `/api/sessions/${id}/${path}`, headers: { cookie: who }, payload: body })).statusCode).toBe(201);
    await post(t.cookie, a, 'comments', { turnIndex: 1, text: 'Here is where I wanted to start over.' });
    await post(coach.cookie, a, 'comments', { turnIndex: 5, text: 'A real question this time.' });
    await post(coach.cookie, a, 'overrides', { turnIndex: 5, target: 'delegation', to: 6, reason: 'Asks what would help: the decision is theirs.' });
    await post(coach.cookie, a, 'reviews', { summary: 'The second try asks instead of telling.' });

    const first = (await exportOf(practice.id)).json() as SessionExport;
    expect(first).toMatchObject({ schemaVersion: 3, kind: 'askwell.session', comments: [], overrides: [], reviews: [] });
    expect(first.turns).toHaveLength(5);
    expect(first.session.debrief).toEqual(expect.any(String));
    // Parents first; each branch's own turns from its fork reply on, with their scores.
    expect(first.branches.map((x) => [x.id, x.parentId, x.forkTurnIndex, x.session.id, x.session.status, x.turns.map((turn) => turn.index)])).toEqual([
      ['b1', null, 3, a, 'ended', [3, 4, 5, 6]],
      ['b2', 'b1', 5, c, 'open', [5]],
      ['b3', null, 1, b, 'open', [1, 2]],
    ]);
    expect(first.branches[0].turns[2]).toMatchObject({ speaker: 'leader', text: 'What would help you most right now?', score: { family: 'ask' } });
    expect(first.branches[2].turns[0].text).toBe('How do you see the launch going?');
    expect(first.branches[0].session.scorecard).toEqual(expect.objectContaining({ figures: expect.any(Array) }));
    expect(first.branches[0].comments.map((x) => [x.turnIndex, x.author.role, x.text])).toEqual([
      [1, 'leader', 'Here is where I wanted to start over.'],
      [5, 'coach', 'A real question this time.'],
    ]);
    expect(first.branches[0].overrides).toHaveLength(1);
    expect(first.branches[0].reviews).toHaveLength(1);
    expect(Object.keys(first).at(-1)).toBe('branches');

    const res = await importJson({ text: JSON.stringify(first), fileName: 'practice.json' });
    expect(res.statusCode).toBe(201);
    const copyId = res.json().id as string;
    const second = (await exportOf(copyId)).json() as SessionExport;

    expect(second.turns).toEqual(first.turns);
    const { id: _a, kind: _k, source: _s, ...sameSession } = first.session;
    expect(second.session).toMatchObject(sameSession);
    expect(second.session).toMatchObject({ kind: 'imported', source: { fileName: 'practice.json', format: 'askwell' } });
    expect(withoutDatabaseIds(second).branches).toEqual(withoutDatabaseIds(first).branches);
    // The restored copy is a record, not a practice session to continue.
    expect((await t.app.inject({ method: 'POST', url: `/api/sessions/${copyId}/end`, headers: { cookie: t.cookie } })).statusCode).toBe(404);

    // The restored branches are sessions pointing at the new rows, each holding its whole transcript
    // (the turns shared with its parent copied, as the app keeps a branch) and its coaching record.
    const copy = await getSession(copyId);
    expect(copy.branches.map((x) => x.forkTurnIndex)).toEqual([3, 1]);
    const copyA = await getSession(copy.branches[0].id);
    expect(copyA).toMatchObject({ kind: 'imported', parentId: copyId, forkTurnIndex: 3, status: 'ended', title: copy.title });
    const copyC = await getSession(copyA.branches[0].id);
    expect(copyC).toMatchObject({ parentId: copyA.id, forkTurnIndex: 5 });
    const unnamed = (s: Session) => s.turns.map(({ speakerName: _n, ...turn }) => turn);
    for (const [original, restored] of [[a, copyA], [c, copyC], [b, await getSession(copy.branches[1].id)]] as const) {
      const was = await getSession(original);
      expect(unnamed(restored)).toEqual(unnamed(was));
      expect(restored.scorecard).toEqual(was.scorecard);
    }
    const annotated = (await t.app.inject({ url: `/api/sessions/${copyA.id}`, headers: { cookie: t.cookie } })).json() as SessionView;
    expect(annotated.comments.map((x) => [x.turnIndex, x.text, x.authorId])).toEqual([
      [1, 'Here is where I wanted to start over.', null],
      [5, 'A real question this time.', null],
    ]);
    expect(annotated.adjustedScorecard?.overriddenBy).toEqual([{ id: null, name: 'Cora Coach' }]);

    // And an imported session's file round-trips to the byte, apart from ids and export time.
    const third = (await exportOf((await importJson({ text: JSON.stringify(second) })).json().id)).json() as SessionExport;
    expect(withoutDatabaseIds(third)).toEqual(withoutDatabaseIds(second));
  }, 60_000);

  it('round trip: an imported meeting exported and imported again is identical', async () => {
    const { id } = (await importJson({ text: fixture('teams.vtt'), leader: 'Priya Shah' })).json() as { id: string };
    const first = (await exportOf(id)).json() as SessionExport;
    const again = (await importJson({ text: JSON.stringify(first) })).json() as { id: string };
    const second = (await exportOf(again.id)).json() as SessionExport;
    expect(second.turns).toEqual(first.turns);
    expect(second.session.scorecard).toEqual(first.session.scorecard);
    expect({ ...second.session, id: 0 }).toEqual({ ...first.session, id: 0 });
    expect(await getSession(again.id)).toEqual({ ...(await getSession(id)), id: again.id });
  });

  it('refuses a session file that carries what this version cannot import, naming it', async () => {
    const { id } = (await importJson({ text: fixture('teams.vtt'), leader: 'Priya Shah' })).json() as { id: string };
    const file = (await exportOf(id)).json() as SessionExport;
    const withComments = JSON.stringify({ ...file, comments: [{ turnIndex: 0, text: 'nice' }] }, null, 2);
    const res = await importJson({ text: withComments });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/^line \d+: expected \/comments\/0 to match the session file format/);
    const badScore = structuredClone(file);
    (badScore.turns[2].score as { family: string }).family = 'shout';
    expect((await importJson({ text: JSON.stringify(badScore, null, 2) })).json().error.message).toMatch(/\/turns\/2\/score/);
  });
});
