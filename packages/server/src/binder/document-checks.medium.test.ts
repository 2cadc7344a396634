import type { DocumentBody, DocumentProgressCheck, MeetingCompare } from '@iep/core/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, type World } from '../test-support/route-fixture.js';
import { storageTargets } from '../test-support/storage-targets.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { addDocument } from '../test-support/upload-document.js';
import { textPdf } from './binder.test-helper.js';

// The binder's checks through the HTTP API on both databases, with real PDFs made here: an IEP that cuts the
// speech minutes the meeting agreed (the confirmed transcript item and the companion tap are the evidence), and a
// progress report whose "Mastered" the example case's scores do not show.

const targets = await storageTargets();

describe.each(targets)('document checks on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    let owner: World;
    let stranger: World;
    let base: string;

    beforeAll(async () => {
      t = await createTestApp(target);
      owner = await buildWorld(t, 'owner', 'Maya Ortiz');
      stranger = await buildWorld(t, 'stranger', 'Leo Brandt');
      base = `/api/cases/${owner.caseId}`;
    }, 60_000);
    afterAll(async () => t?.close());

    const add = async (name: string, data: Buffer, fields: Record<string, string>) => {
      const { id } = await addDocument(t, owner.session, owner.caseId, { name, data, fields });
      for (const deadline = Date.now() + 60_000; ;) {
        const body = (await t.as(owner.session, 'GET', `${base}/documents/${id}`)).json<DocumentBody>();
        if (body.document.status === 'ready') return id;
        if (body.document.status === 'failed' || Date.now() > deadline)
          throw new Error(`Not read: ${body.document.status} ${body.document.error ?? ''}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };

    it('flags an IEP that cuts the agreed speech minutes, with the quote and the moment', async () => {
      const patched = await t.as(owner.session, 'PATCH', `${base}/items/${owner.itemId}`, {
        kind: 'agreement',
        text: 'We agree Maya gets 60 minutes of speech-language therapy a week.',
        status: 'confirmed',
      });
      expect(patched.statusCode, patched.body).toBe(200);
      const tapped = await t.as(owner.session, 'POST', `${base}/meetings/m1/companion/entries`, {
        entries: [
          {
            id: 'tap-extra-time-1',
            seq: 0,
            at: '2026-12-07T09:20:00-06:00',
            atMs: 1200,
            session: 0,
            action: {
              type: 'outcome',
              cardId: 'concern:extra-time',
              title: 'Extended time on tests',
              outcome: 'agreed',
              who: null,
              due: null,
            },
          },
        ],
      });
      expect(tapped.statusCode, tapped.body).toBe(200);
      const pdf = await textPdf([
        ['INDIVIDUALIZED EDUCATION PROGRAM', 'Student: Maya Ortiz'],
        [
          'Special Education Services',
          'Specialized instruction in reading 150 minutes weekly Resource room',
          'Speech/Language 30 minutes weekly Special Education',
          'Accommodations: Use of a calculator',
        ],
      ]);
      const iep = await add('IEP-2026.pdf', pdf, { kind: 'iep' });
      const response = await t.as(
        owner.session,
        'GET',
        `${base}/documents/${iep}/meeting-compare?meetingId=m1`,
      );
      expect(response.statusCode, response.body).toBe(200);
      const { comparison, recordingId } = response.json<MeetingCompare>();
      expect(recordingId).toBe(owner.recordingId);
      expect(comparison.differs).toHaveLength(1);
      expect(comparison.differs[0]).toMatchObject({
        topicId: 'speech',
        what: 'minutes',
        document: { page: 2, quote: 'Speech/Language 30 minutes weekly Special Education' },
        settled: {
          from: 'agreement',
          moment: { recordingId: owner.recordingId, atMs: 0, itemId: owner.itemId },
        },
      });
      expect(comparison.missing).toMatchObject([
        {
          topicId: 'extended-time',
          settled: { from: 'companion', moment: { atMs: 1200, entryId: 'tap-extra-time-1' } },
        },
      ]);
      expect(comparison.new.map((f) => f.topicId)).toEqual(['calculator']);
    }, 90_000);

    it('refuses a document of another kind, a meeting not in the case and another account', async () => {
      const wrongKind = await t.as(
        owner.session,
        'GET',
        `${base}/documents/${owner.documentId}/meeting-compare?meetingId=m1`,
      );
      expect(wrongKind.statusCode).toBe(422);
      expect(wrongKind.json<{ error: string }>().error).toBe(
        'This check is for an IEP or an IEP amendment. If this document is one, change its kind first.',
      );
      const notRead = await t.as(
        owner.session,
        'GET',
        `${base}/documents/${owner.spareDocumentId}/progress-check`,
      );
      expect(notRead.statusCode).toBe(422);
      const meeting = await t.as(
        owner.session,
        'GET',
        `${base}/documents/${owner.iepDocumentId}/meeting-compare?meetingId=nope`,
      );
      expect(meeting.statusCode).toBe(404);
      const theirs = await t.as(
        stranger.session,
        'GET',
        `/api/cases/${owner.caseId}/documents/${owner.iepDocumentId}/meeting-compare?meetingId=m1`,
      );
      expect(theirs.statusCode).toBe(404);
    });

    it('reads a progress report and sets its "Mastered" against the scores', async () => {
      const pdf = await textPdf([
        [
          'Progress Report - Second Quarter',
          'Progress codes: M = Mastered  SP = Sufficient Progress  IP = Insufficient Progress',
          'Goal 1: Reading fluency, words correct per minute',
          'Progress: M',
          'Maya has made excellent progress and mastered this goal.',
        ],
      ]);
      const report = await add('Q2-progress.pdf', pdf, {
        kind: 'progress-report',
        documentDate: '2026-11-30',
      });
      const response = await t.as(owner.session, 'GET', `${base}/documents/${report}/progress-check`);
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json<DocumentProgressCheck>();
      expect(body).toMatchObject({ dateFrom: 'document', reportDate: '2026-11-30' });
      expect(body.check.marks.map((m) => [m.goalId, m.status, m.page])).toEqual([['g1', 'mastered', 1]]);
      expect(body.check.findings.map((f) => [f.goalId, f.code])).toContainEqual([
        'g1',
        'mastered-contradicted',
      ]);
    }, 90_000);
  });
});
