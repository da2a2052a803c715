import { describe, expect, it } from 'vitest';
import type { SessionAnnotations } from '@core/review/wire';
import type { Session } from '@core/transcript/wire';
import { call, linkedPair, practise, type Caller } from '@test/helpers/coaching';
import { appPerTest } from '@test/helpers/app-per-test';
import { signUp } from '@test/helpers/test-app';
import { openStream } from '@test/helpers/ws-client';

// A coach's words are never lost: comments and overrides on a reply the leader then edits and
// resends stay on record, attached to the version they were written about (issue #11).

const t = appPerTest();

type View = Session & SessionAnnotations;
const view = async (who: Caller, id: string): Promise<View> => (await call(t.app, who, 'GET', `/api/sessions/${id}`)).json();
const TELLING = 'You should just call the vendor today and sort it out.';
const EDITED = 'What would you do if it were up to you?';

async function editLatest(leader: Caller, id: string, text: string) {
  const ws = await openStream(t.app, id, leader.cookie);
  try {
    ws.send({ type: 'edit', text });
    await ws.until('feedback.done');
  } finally {
    ws.close();
  }
}

/** A coach comments on and overrides reply 3 (the telling one); the leader then edits and resends it. */
async function commentedThenEdited() {
  const { coach, leader } = await linkedPair(t.app);
  const id = await practise(t.app, leader, ['What have you tried so far?', TELLING], { end: false });
  const comment = (await call(t.app, coach, 'POST', `/api/sessions/${id}/comments`, { turnIndex: 3, text: 'This tells them what to do.' })).json();
  const answer = await call(t.app, leader, 'POST', `/api/sessions/${id}/comments`, { turnIndex: 3, text: 'Fair, I will try again.', parentId: comment.id });
  expect(answer.statusCode).toBe(201);
  const override = await call(t.app, coach, 'POST', `/api/sessions/${id}/overrides`, { turnIndex: 3, target: 'delegation', to: 1, reason: 'Takes it back' });
  expect(override.statusCode).toBe(201);
  await editLatest(leader, id, EDITED);
  return { coach, leader, id, commentId: comment.id as string };
}

describe('annotations on a reply the leader edits and resends', () => {
  it('keeps the coach’s thread and override, on the earlier version with its words, for the coach and the leader', async () => {
    const { coach, leader, id, commentId } = await commentedThenEdited();
    for (const who of [coach, leader]) {
      const session = await view(who, id);
      expect(session.turns[3]).toMatchObject({ speaker: 'leader', text: EDITED });
      expect(session.comments).toEqual([
        expect.objectContaining({ id: commentId, turnIndex: 3, text: 'This tells them what to do.', earlierVersion: expect.objectContaining({ text: TELLING }) }),
        expect.objectContaining({ turnIndex: 3, parentId: commentId, text: 'Fair, I will try again.', earlierVersion: expect.objectContaining({ text: TELLING }) }),
      ]);
      expect(session.overrides).toEqual([expect.objectContaining({ turnIndex: 3, to: '1', earlierVersion: expect.objectContaining({ text: TELLING }) })]);
      // A label the coach corrected on words that are gone does not correct the new reply.
      expect(session.adjustedScorecard).toBeNull();
    }
  });

  it('lets the thread go on, and a comment on the earlier version be edited, without moving it to the new reply', async () => {
    const { coach, id, commentId } = await commentedThenEdited();
    const answered = await call(t.app, coach, 'POST', `/api/sessions/${id}/comments`, { turnIndex: 3, text: 'Better now.', parentId: commentId });
    expect(answered.statusCode).toBe(201);
    expect(answered.json()).toMatchObject({ turnIndex: 3, parentId: commentId, earlierVersion: { text: TELLING } });
    const edited = await call(t.app, coach, 'PATCH', `/api/sessions/${id}/comments/${commentId}`, { text: 'This tells them what to do: ask first.' });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ turnIndex: 3, earlierVersion: { text: TELLING }, previous: [{ text: 'This tells them what to do.' }] });
    // A new comment on reply 3 is about the reply as it now stands.
    const fresh = (await call(t.app, coach, 'POST', `/api/sessions/${id}/comments`, { turnIndex: 3, text: 'Good question.' })).json();
    expect(fresh.earlierVersion).toBeUndefined();
  });

  it('keeps a second edit’s annotations apart from the first’s', async () => {
    const { coach, leader, id } = await commentedThenEdited();
    await call(t.app, coach, 'POST', `/api/sessions/${id}/comments`, { turnIndex: 3, text: 'On the second version.' });
    await editLatest(leader, id, 'What options do you see?');
    const session = await view(coach, id);
    const versionOf = (text: string) => session.comments.find((c) => c.text === text)?.earlierVersion?.text;
    expect(versionOf('This tells them what to do.')).toBe(TELLING);
    expect(versionOf('On the second version.')).toBe(EDITED);
  });
});

describe('the session file', () => {
  const exportOf = async (who: Caller, id: string) => (await call(t.app, who, 'GET', `/api/sessions/${id}/export?format=json`)).json();
  const onVersions = (v: View) => ({
    comments: v.comments.map((c) => [c.turnIndex, c.text, c.earlierVersion ?? null]),
    overrides: v.overrides.map((o) => [o.turnIndex, o.to, o.active, o.earlierVersion ?? null]),
  });

  it('carries annotations on an earlier version with its words, and an import restores them there', async () => {
    const { leader, coach, id } = await commentedThenEdited();
    // A live override on the reply as it stands, on the same label as the one on the earlier version.
    await call(t.app, coach, 'POST', `/api/sessions/${id}/overrides`, { turnIndex: 3, target: 'delegation', to: 0, reason: 'Still takes it back' });
    const file = await exportOf(leader, id);
    expect(file.comments[0]).toMatchObject({ turnIndex: 3, earlierVersion: { text: TELLING } });
    expect(file.overrides.map((o: { earlierVersion?: unknown }) => Boolean(o.earlierVersion))).toEqual([true, false]);

    const other = await signUp(t.app, { name: 'Olu Other' });
    const created = await call(t.app, other, 'POST', '/api/imports', { text: JSON.stringify(file) });
    expect(created.statusCode, created.body).toBe(201);
    const copy = await view(other, created.json().id);
    const original = await view(leader, id);
    expect(onVersions(copy)).toEqual(onVersions(original));
    expect(copy.adjustedScorecard?.changed).toEqual(original.adjustedScorecard?.changed);
    expect(copy.history).toEqual([expect.objectContaining({ index: 3, speaker: 'leader', text: TELLING, reason: 'edited' })]);
  });

  it('refuses a file whose answer sits on another version of the reply than the comment it answers', async () => {
    const { leader, id } = await commentedThenEdited();
    const file = await exportOf(leader, id);
    delete file.comments[1].earlierVersion;
    const refused = await call(t.app, leader, 'POST', '/api/imports', { text: JSON.stringify(file, null, 2) });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toMatch(/same version of the reply/);
  });
});
