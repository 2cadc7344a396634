import { PERMISSION_REFUSALS } from '@iep/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, waitingEngine, type World } from '../test-support/route-fixture.js';
import { joinCase } from '../test-support/sharing-fixture.js';
import { storageTargets } from '../test-support/storage-targets.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { NOT_YOUR_NOTE } from './note-authors.js';

// Who did it, on a shared case: a write that records its actor records the signed-in member, never the owner in
// whose name the case's services run and never anyone the request body names; and a member whose role only lets
// them write notes (an advocate) changes and deletes their own notes, not another member's or the owner's.

const targets = await storageTargets();

describe.each(targets)("members' own actions on $name", (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    let w: World;
    const base = () => `/api/cases/${w.caseId}`;
    const noteOf = async (id: string) =>
      (await t.storage.db.selectFrom('bookmarks').select('note').where('id', '=', id).executeTakeFirst())
        ?.note;

    beforeAll(async () => {
      t = await createTestApp(target, {}, { transcription: waitingEngine() });
      w = await buildWorld(t, 'parent', 'Juniper Vale');
    }, 120_000);
    afterAll(async () => t?.close());

    it("stores a co-parent's answer mark as theirs, and refuses a body that names someone else", async () => {
      const coParent = w.members['co-parent'];
      const url = `${base()}/answers/${w.answerItemId}`;
      const forged = await t.as(coParent, 'PUT', url, { documentId: null, markedBy: w.session.userId });
      expect(forged.statusCode).toBe(400);
      const marked = await t.as(coParent, 'PUT', url, { documentId: null });
      expect(marked.statusCode, marked.body).toBe(200);
      const row = await t.storage.db
        .selectFrom('answer_marks')
        .select('marked_by')
        .where('case_id', '=', w.caseId)
        .where('item_id', '=', w.answerItemId)
        .executeTakeFirst();
      expect(row?.marked_by).toBe(coParent.userId);
      const events = await t.storage.db
        .selectFrom('case_events')
        .select('data')
        .where('case_id', '=', w.caseId)
        .where('kind', '=', 'answer.marked')
        .execute();
      expect(events.map((e) => (JSON.parse(e.data) as { userId?: string }).userId)).toContain(
        coParent.userId,
      );
      expect((await t.as(coParent, 'DELETE', url)).statusCode).toBe(200);
    });

    it('names who saved a letter draft last: the family sees the advocate who changed it; each sees their own as theirs', async () => {
      const advocate = w.members.advocate;
      const url = `${base()}/letters/recording-notice/draft`;
      const nameOf = async (id: string) =>
        (await t.storage.db.selectFrom('users').select('name').where('id', '=', id).executeTakeFirstOrThrow())
          .name;
      const saved = await t.as(advocate, 'PUT', url, { answers: { note: 'We will record the meeting.' } });
      expect(saved.statusCode, saved.body).toBe(200);
      expect(saved.json<{ changedBy: unknown }>().changedBy).toEqual({
        name: await nameOf(advocate.userId),
        role: 'advocate',
        you: true,
      });
      const seen = await t.as(w.session, 'GET', url);
      expect(seen.json<{ changedBy: unknown }>().changedBy).toEqual({
        name: await nameOf(advocate.userId),
        role: 'advocate',
        you: false,
      });
      // A body that names someone else is refused: the author is always the caller.
      const forged = await t.as(advocate, 'PUT', url, { answers: {}, changedBy: w.session.userId });
      expect(forged.statusCode).toBe(400);
      const mine = await t.as(w.session, 'PUT', url, { answers: { note: 'We will record it on a phone.' } });
      expect(mine.json<{ changedBy: unknown }>().changedBy).toEqual({
        name: await nameOf(w.session.userId),
        role: 'owner',
        you: true,
      });
      expect(
        (await t.as(advocate, 'GET', url)).json<{ changedBy: { role: string; you: boolean } }>().changedBy,
      ).toMatchObject({ role: 'owner', you: false });
    });

    it('lets an advocate change and delete only their own notes; the family may change any', async () => {
      const advocate = w.members.advocate;
      const second = await joinCase(
        t,
        w.caseId,
        { id: w.session.userId, name: 'parent' },
        'advocate',
        'second-advocate@example.org',
      );
      const bookmarks = `${base()}/recordings/${w.recordingId}/bookmarks`;
      // The body cannot name an author: the note is the signed-in advocate's.
      const forged = { atMs: 20, kind: 'note', partId: w.partId, createdBy: w.session.userId };
      expect((await t.as(advocate, 'POST', bookmarks, forged)).statusCode).toBe(400);
      const made = await t.as(advocate, 'POST', bookmarks, {
        atMs: 20,
        kind: 'note',
        note: 'Ask about breaks.',
        partId: w.partId,
      });
      expect(made.statusCode, made.body).toBe(201);
      const mine = made.json<{ id: string }>().id;
      const own = await t.as(advocate, 'PUT', `${base()}/bookmarks/${mine}`, {
        note: 'Ask about math breaks.',
      });
      expect(own.statusCode, own.body).toBe(200);

      // The owner's note and another advocate's: refused with the plain sentence, and unchanged.
      const ownersBefore = await noteOf(w.bookmarkId);
      for (const [method, body] of [
        ['PUT', { note: 'Changed by the advocate.' }],
        ['DELETE', undefined],
      ] as const) {
        const refused = await t.as(advocate, method, `${base()}/bookmarks/${w.bookmarkId}`, body);
        expect(refused.statusCode, `${method} the owner's note`).toBe(403);
        expect(refused.json()).toEqual({ error: NOT_YOUR_NOTE });
        const other = await t.as(second, method, `${base()}/bookmarks/${mine}`, body);
        expect(other.statusCode, `${method} another advocate's note`).toBe(403);
      }
      expect(await noteOf(w.bookmarkId)).toBe(ownersBefore);
      expect(await noteOf(mine)).toBe('Ask about math breaks.');
      // A viewer writes no notes at all.
      const viewer = await t.as(w.members.viewer, 'PUT', `${base()}/bookmarks/${mine}`, { note: 'x' });
      expect(viewer.statusCode).toBe(403);
      expect(viewer.json()).toEqual({ error: PERMISSION_REFUSALS['write-notes'] });

      // The family (a co-parent) may change any note; the advocate deletes their own.
      const family = await t.as(w.members['co-parent'], 'PUT', `${base()}/bookmarks/${mine}`, {
        note: 'Ask about breaks in math and reading.',
      });
      expect(family.statusCode, family.body).toBe(200);
      expect((await t.as(advocate, 'DELETE', `${base()}/bookmarks/${mine}`)).statusCode).toBe(204);
      expect(await noteOf(mine)).toBeUndefined();
      const trail = (await t.as(w.session, 'GET', `${base()}/timeline`)).body;
      expect(trail).toContain('added a note to the recording.');
    });

    it("marks a member's companion note with their own name, and refuses a body that names another author", async () => {
      const advocate = w.members.advocate;
      const url = `${base()}/meetings/${w.meetingId}/companion/entries`;
      const entry = {
        id: 'advocate-note-0001',
        seq: 0,
        at: '2026-11-23T15:05:00Z',
        atMs: null,
        session: 0,
        action: { type: 'note', text: 'Ask for the data behind the reading goal.' },
      };
      const forged = await t.as(advocate, 'POST', url, {
        entries: [{ ...entry, addedBy: { kind: 'owner', name: 'parent' } }],
      });
      expect(forged.statusCode).toBe(400);
      expect((await t.as(advocate, 'POST', url, { entries: [entry] })).statusCode).toBe(200);
      const companion = await t.as(w.session, 'GET', `${base()}/meetings/${w.meetingId}/companion`);
      const addedBy = companion.json<{ addedBy: Record<string, { kind: string; name: string }> }>().addedBy;
      const me = await t.as(advocate, 'GET', '/api/auth/me');
      expect(addedBy[entry.id]).toEqual({
        kind: 'member',
        name: me.json<{ user: { name: string } }>().user.name,
      });
    });
  });
});
