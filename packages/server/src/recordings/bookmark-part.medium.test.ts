import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageTargets } from '../test-support/storage-targets.js';
import { createTestApp, exampleCase, type Session, type TestApp } from '../test-support/test-app.js';

// Issue 10: a bookmark took any partId, another account's part or a part of another recording included.

const targets = await storageTargets();

describe.each(targets)('bookmark part on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    let owner: Session;
    let stranger: Session;

    const newCase = async (who: Session) =>
      (await t.as(who, 'POST', '/api/cases/import', exampleCase())).json<{ id: string }>().id;
    /** Starts a part in the meeting's recording; returns the part and recording ids. */
    const partIn = async (who: Session, caseId: string, meetingId: string, clientPartId: string) => {
      const part = await t.as(who, 'POST', `/api/cases/${caseId}/meetings/${meetingId}/recording/parts`, {
        clientPartId,
        startedAt: '2026-11-23T15:00:00Z',
        mimeType: 'audio/webm;codecs=opus',
      });
      expect(part.statusCode, part.body).toBe(201);
      const recording = await t.as(who, 'GET', `/api/cases/${caseId}/meetings/${meetingId}/recording`);
      return { partId: part.json<{ id: string }>().id, recordingId: recording.json<{ id: string }>().id };
    };

    beforeAll(async () => {
      t = await createTestApp(target);
      owner = await t.signUp('owner@example.org');
      stranger = await t.signUp('stranger@example.org');
    });
    afterAll(async () => t?.close());

    it('takes only a part of this recording, of this case', async () => {
      const caseId = await newCase(owner);
      const mine = await partIn(owner, caseId, 'm1', 'mine-1');
      const otherRecording = await partIn(owner, await newCase(owner), 'm1', 'other-recording-1');
      const theirs = await partIn(stranger, await newCase(stranger), 'm1', 'theirs-1');
      const url = `/api/cases/${caseId}/recordings/${mine.recordingId}/bookmarks`;

      for (const partId of [theirs.partId, otherRecording.partId, 'no-such-part']) {
        const answer = await t.as(owner, 'POST', url, { atMs: 1000, kind: 'agreed', partId });
        expect(answer.statusCode, partId).toBe(404);
        expect(answer.json()).toEqual({
          error: 'This part of the recording was not found. Reload the page and try again.',
        });
      }
      const good = await t.as(owner, 'POST', url, { atMs: 1000, kind: 'agreed', partId: mine.partId });
      expect(good.statusCode).toBe(201);
      expect(good.json()).toMatchObject({ partId: mine.partId });
      const bookmarks = (await t.as(owner, 'GET', `/api/cases/${caseId}/meetings/m1/recording`)).json<{
        bookmarks: { partId: string | null }[];
      }>().bookmarks;
      expect(bookmarks.map((b) => b.partId)).toEqual([mine.partId]);
    });
  });
});
