import { RECORDING_NOTICE_SENTENCE } from '@iep/core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageTargets } from '../test-support/storage-targets.js';
import { createTestApp, exampleCase, type Session, type TestApp } from '../test-support/test-app.js';

// "Mark as sent" records the file that went the way the parent says it went (the .eml for an email, the PDF for
// the post), not the last file made; the "Notes for you" page is its own download; a refused draft says which
// question and why. On SQLite and PostgreSQL.

const targets = await storageTargets();

interface FileInfo {
  id: string;
  format: string;
  filename: string;
  sha256: string;
}
interface Sent {
  fileId: string;
  method: string;
  format: string;
  filename: string;
  sha256: string;
}

describe.each(targets)('sending letters on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    let owner: Session;
    let caseId: string;
    const base = () => `/api/cases/${caseId}/letters`;
    const make = async (kind: string, format: string, meetingId = 'm1') =>
      (await t.as(owner, 'POST', `${base()}/${kind}/files`, { meetingId, format })).json<FileInfo>();

    beforeAll(async () => {
      t = await createTestApp(target);
      owner = await t.signUp('sender@example.org');
      caseId = (await t.as(owner, 'POST', '/api/cases/import', exampleCase())).json<{ id: string }>().id;
    });
    afterAll(async () => t?.close());

    it('an email records the .eml and the post records the PDF, though a Word file was made last', async () => {
      const pdf = await make('recording-notice', 'pdf');
      t.clock.now = new Date('2026-11-23T15:01:00Z');
      const docx = await make('recording-notice', 'docx');
      t.clock.now = new Date('2026-11-23T15:02:00Z');
      const byMail = await t.as(owner, 'POST', `${base()}/recording-notice/sent`, {
        meetingId: 'm1',
        method: 'mail',
        sentAt: '2026-11-23T09:00:00-06:00',
      });
      expect(byMail.statusCode, byMail.body).toBe(201);
      expect(byMail.json<Sent>()).toMatchObject({
        fileId: pdf.id,
        method: 'mail',
        format: 'pdf',
        sha256: pdf.sha256,
      });
      expect(byMail.json<Sent>().fileId).not.toBe(docx.id);

      // No email file yet: it is made from the saved draft and recorded.
      t.clock.now = new Date('2026-11-23T15:03:00Z');
      const byEmail = await t.as(owner, 'POST', `${base()}/recording-notice/sent`, {
        meetingId: 'm1',
        method: 'email',
        sentAt: '2026-11-23T09:01:00-06:00',
      });
      expect(byEmail.statusCode, byEmail.body).toBe(201);
      const sent = byEmail.json<Sent>();
      expect(sent).toMatchObject({
        method: 'email',
        format: 'eml',
        filename: '2026-11-23-recording-notice-jordan-rivera.eml',
      });
      const files = (await t.as(owner, 'GET', base())).json<{ files: FileInfo[]; sent: Sent[] }>();
      expect(files.files.find((f) => f.id === sent.fileId)?.format).toBe('eml');
      expect(files.sent.map((s) => [s.method, s.format])).toEqual([
        ['email', 'eml'],
        ['mail', 'pdf'],
      ]);
      const events = (await t.as(owner, 'GET', `/api/cases/${caseId}/timeline`)).json<{
        events: { kind: string; data: { format?: string; method?: string } }[];
      }>().events;
      expect(
        events.filter((e) => e.kind === 'letter.sent').map((e) => [e.data.method, e.data.format]),
      ).toEqual([
        ['email', 'eml'],
        ['mail', 'pdf'],
      ]);
    });

    it('a file the parent names is the one recorded; a file of another letter is refused', async () => {
      const docx = await make('recording-notice', 'docx');
      const named = await t.as(owner, 'POST', `${base()}/recording-notice/sent`, {
        meetingId: 'm1',
        method: 'hand-delivery',
        fileId: docx.id,
        sentAt: '2026-11-23T09:02:00-06:00',
      });
      expect(named.statusCode).toBe(201);
      expect(named.json<Sent>()).toMatchObject({ fileId: docx.id, format: 'docx', method: 'hand-delivery' });

      await t.as(owner, 'PUT', `${base()}/records-request/draft`, { answers: {} });
      const other = await make('records-request', 'pdf', '');
      const wrong = await t.as(owner, 'POST', `${base()}/recording-notice/sent`, {
        meetingId: 'm1',
        method: 'mail',
        fileId: other.id,
        sentAt: '2026-11-23T09:03:00-06:00',
      });
      expect(wrong.statusCode).toBe(404);
      expect(wrong.json<{ error: string }>().error).toMatch(/belongs to another letter/);
      const future = await t.as(owner, 'POST', `${base()}/recording-notice/sent`, {
        meetingId: 'm1',
        method: 'mail',
        sentAt: '2026-12-30T09:03:00-06:00',
      });
      expect(future.statusCode).toBe(422);
      const badMethod = await t.as(owner, 'POST', `${base()}/recording-notice/sent`, {
        meetingId: 'm1',
        method: 'pigeon',
        sentAt: '2026-11-23T09:03:00-06:00',
      });
      expect(badMethod.statusCode).toBe(400);
    });

    it('the "Notes for you" page downloads on its own, and is not stored as a letter file', async () => {
      const before = (await t.as(owner, 'GET', base())).json<{ files: unknown[] }>().files.length;
      const notes = await t.as(owner, 'GET', `${base()}/recording-notice/notes?meetingId=m1&format=pdf`);
      expect(notes.statusCode).toBe(200);
      expect(notes.headers['content-type']).toBe('application/pdf');
      expect(notes.headers['content-disposition']).toBe(
        'attachment; filename="2026-11-23-recording-notice-jordan-rivera-notes-for-you.pdf"',
      );
      const doc = await getDocument({ data: new Uint8Array(notes.rawPayload) }).promise;
      const text = (await (await doc.getPage(1)).getTextContent()).items
        .map((i) => ('str' in i ? i.str : ''))
        .join(' ');
      await doc.destroy();
      expect(text.replace(/\s+/g, ' ')).toContain(RECORDING_NOTICE_SENTENCE);
      expect((await t.as(owner, 'GET', base())).json<{ files: unknown[] }>().files.length).toBe(before);

      const txt = await t.as(owner, 'GET', `${base()}/recording-notice/notes?meetingId=m1&format=txt`);
      expect(txt.body).toMatch(/^Notes for you: Notice of audio recording\n/);
      const preview = await t.as(owner, 'POST', `${base()}/recording-notice/preview`, { meetingId: 'm1' });
      const p = preview.json<{ text: string; notesText: string }>();
      expect(p.notesText).toMatch(/WHERE THE RULES COME FROM/);
      expect(p.text).not.toMatch(/WHERE THE RULES COME FROM|PRIMARY|Good practice, not a legal rule/);

      const missing = await t.as(owner, 'GET', `${base()}/pwn-request/notes?format=pdf`);
      expect(missing.statusCode).toBe(422);
    });

    it('a 105,000-character answer is refused with the question and the limit in plain words, and the old draft kept', async () => {
      await t.as(owner, 'PUT', `${base()}/evaluation-request/draft`, { answers: { reasons: 'Short.' } });
      const refused = await t.as(owner, 'PUT', `${base()}/evaluation-request/draft`, {
        answers: { reasons: 'a'.repeat(105_000) },
      });
      expect(refused.statusCode).toBe(422);
      expect(refused.json<{ problems: { path: string; message: string }[] }>().problems).toEqual([
        {
          path: '$.answers.reasons',
          message:
            'What have you seen that worries you?: This is too long. Keep it to 4,000 characters or fewer. It has 105,000 now.',
        },
      ]);
      const kept = await t.as(owner, 'GET', `${base()}/evaluation-request/draft`);
      expect(kept.json<{ answers: unknown }>().answers).toEqual({ reasons: 'Short.' });
    });
  });
});
