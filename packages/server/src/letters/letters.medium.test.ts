import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageTargets } from '../test-support/storage-targets.js';
import { createTestApp, exampleCase, type Session, type TestApp } from '../test-support/test-app.js';

const targets = await storageTargets();

interface FileInfo {
  id: string;
  kind: string;
  meetingId: string;
  format: string;
  filename: string;
  sha256: string;
  bytes: number;
  createdAt: string;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe.each(targets)('letters over HTTP on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    let owner: Session;
    let caseId: string;
    const base = () => `/api/cases/${caseId}/letters`;

    beforeAll(async () => {
      t = await createTestApp(target);
      owner = await t.signUp('parent@example.org');
      const imported = await t.as(owner, 'POST', '/api/cases/import', exampleCase());
      caseId = imported.json<{ id: string }>().id;
    });
    afterAll(async () => t?.close());

    it('lists every letter kind with its interview', async () => {
      const response = await t.as(owner, 'GET', '/api/letters/kinds');
      expect(response.statusCode).toBe(200);
      const { kinds } = response.json<{ kinds: { kind: string; questions: unknown[] }[] }>();
      expect(kinds.map((k) => k.kind)).toEqual([
        'recording-notice',
        'records-request',
        'concerns',
        'pwn-request',
        'follow-up',
        'evaluation-request',
        'iee-request',
        'comp-ed-request',
        'sunshine-followup',
        'child-complaint',
        'notice-missing-parts',
        'iep-correction',
      ]);
    });

    it('saves a draft and gives it back (resume), per meeting', async () => {
      const empty = await t.as(owner, 'GET', `${base()}/recording-notice/draft?meetingId=m1`);
      expect(empty.statusCode).toBe(200);
      expect(empty.json()).toEqual({ answers: {}, meetingId: 'm1', updatedAt: null, changedBy: null });

      const saved = await t.as(owner, 'PUT', `${base()}/recording-notice/draft`, {
        meetingId: 'm1',
        answers: { note: 'I will bring my sister.' },
      });
      expect(saved.statusCode).toBe(200);
      expect(saved.json()).toEqual({
        answers: { note: 'I will bring my sister.' },
        meetingId: 'm1',
        updatedAt: '2026-11-23T15:00:00.000Z',
        changedBy: { name: expect.any(String) as string, role: 'owner', you: true },
      });
      const again = await t.as(owner, 'GET', `${base()}/recording-notice/draft?meetingId=m1`);
      expect(again.json()).toEqual(saved.json());
      // The draft of no meeting is another draft.
      const other = await t.as(owner, 'GET', `${base()}/recording-notice/draft`);
      expect(other.json()).toEqual({ answers: {}, meetingId: '', updatedAt: null, changedBy: null });

      const list = await t.as(owner, 'GET', base());
      expect(list.json<{ drafts: unknown[] }>().drafts).toEqual([
        { kind: 'recording-notice', meetingId: 'm1', updatedAt: '2026-11-23T15:00:00.000Z' },
      ]);
    });

    it('refuses unknown answer keys, unknown kinds and meetings, and writes without the CSRF token', async () => {
      const unknownKey = await t.as(owner, 'PUT', `${base()}/recording-notice/draft`, {
        meetingId: 'm1',
        answers: { note: 'x', shoeSize: 9 },
      });
      expect(unknownKey.statusCode).toBe(422);
      expect(JSON.stringify(unknownKey.json())).toContain('shoeSize');

      const kind = await t.as(owner, 'GET', `${base()}/thank-you-card/draft`);
      expect(kind.statusCode).toBe(404);
      expect(kind.json<{ error: string }>().error).toContain('thank-you-card');

      const meeting = await t.as(owner, 'GET', `${base()}/recording-notice/draft?meetingId=nope`);
      expect(meeting.statusCode).toBe(404);

      const noCsrf = await t.as(
        owner,
        'PUT',
        `${base()}/recording-notice/draft`,
        { meetingId: 'm1', answers: {} },
        { csrf: false },
      );
      expect(noCsrf.statusCode).toBe(403);
      const kept = await t.as(owner, 'GET', `${base()}/recording-notice/draft?meetingId=m1`);
      expect(kept.json<{ answers: unknown }>().answers).toEqual({ note: 'I will bring my sister.' });
    });

    it('appends to a list answer without duplicates (key order does not matter)', async () => {
      const f1 = { code: 'flat-trend', goalId: 'g1', serviceId: null, question: 'Why is the trend flat?' };
      const f1Reordered = {
        question: 'Why is the trend flat?',
        serviceId: null,
        goalId: 'g1',
        code: 'flat-trend',
      };
      const f2 = {
        code: 'missed-service-minutes',
        goalId: null,
        serviceId: 's1',
        question: 'How will the minutes be made up?',
      };
      const url = `${base()}/concerns/draft/append`;
      expect(
        (await t.as(owner, 'POST', url, { meetingId: 'm1', field: 'findings', items: [f1] })).statusCode,
      ).toBe(200);
      await t.as(owner, 'POST', url, { meetingId: 'm1', field: 'findings', items: [f1Reordered, f2] });
      const last = await t.as(owner, 'POST', url, { meetingId: 'm1', field: 'findings', items: [f2] });
      expect(last.statusCode).toBe(200);
      expect(last.json<{ answers: { findings: unknown[] } }>().answers.findings).toEqual([f1, f2]);

      const notList = await t.as(owner, 'POST', `${base()}/concerns/draft/append`, {
        meetingId: 'm1',
        field: 'strengths',
        items: ['x'],
      });
      await t.as(owner, 'PUT', `${base()}/concerns/draft`, {
        meetingId: 'm1',
        answers: { strengths: 'Kind', findings: [f1, f2] },
      });
      const onText = await t.as(owner, 'POST', url, { meetingId: 'm1', field: 'strengths', items: ['x'] });
      expect(onText.statusCode).toBe(422);
      // Appending to a field the kind does not have is refused by the answers schema.
      expect(notList.statusCode).toBe(422);
      const unknownField = await t.as(owner, 'POST', url, { meetingId: 'm1', field: 'shoes', items: [1] });
      expect(unknownField.statusCode).toBe(422);
    });

    it('previews from the saved draft, or from answers sent with the request', async () => {
      const saved = await t.as(owner, 'POST', `${base()}/recording-notice/preview`, { meetingId: 'm1' });
      expect(saved.statusCode).toBe(200);
      const body = saved.json<{ ok: boolean; text: string; letter: { kind: string }; warnings: string[] }>();
      expect(body.ok).toBe(true);
      expect(body.letter.kind).toBe('recording-notice');
      expect(body.text).toContain('Jordan');
      expect(body.text).toContain('162.686');
      expect(body.text).toContain('I will bring my sister.');
      expect(Array.isArray(body.warnings)).toBe(true);

      const given = await t.as(owner, 'POST', `${base()}/recording-notice/preview`, {
        meetingId: 'm1',
        answers: { note: 'Another note.' },
      });
      expect(given.json<{ text: string }>().text).toContain('Another note.');

      // A case with no meeting yet: the recording notice has nothing to announce.
      const bare = await t.as(owner, 'POST', '/api/cases', {
        student: exampleCase()['student'],
        parents: exampleCase()['parents'],
      });
      const bareId = bare.json<{ id: string }>().id;
      const noMeeting = await t.as(
        owner,
        'POST',
        `/api/cases/${bareId}/letters/recording-notice/preview`,
        {},
      );
      expect(noMeeting.statusCode).toBe(200);
      const missing = noMeeting.json<{ ok: boolean; missing: { field: string; message: string }[] }>();
      expect(missing.ok).toBe(false);
      expect(missing.missing.map((m) => m.message).join(' ')).toMatch(/meeting/i);
      const file = await t.as(owner, 'POST', `/api/cases/${bareId}/letters/recording-notice/files`, {
        format: 'pdf',
      });
      expect(file.statusCode).toBe(422);
      const refused = file.json<{ error: string; missing: { field: string; message: string }[] }>();
      expect(refused.error).toMatch(/cannot be made yet/);
      expect(refused.missing[0]?.message).toMatch(/meeting/i);
    });

    it('makes a file in every format and serves the exact stored bytes', async () => {
      const types = {
        pdf: 'application/pdf',
        docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        txt: 'text/plain; charset=utf-8',
        eml: 'message/rfc822',
      } as const;
      for (const format of ['pdf', 'docx', 'txt', 'eml'] as const) {
        const made = await t.as(owner, 'POST', `${base()}/recording-notice/files`, {
          meetingId: 'm1',
          format,
        });
        expect(made.statusCode, made.body).toBe(201);
        const info = made.json<FileInfo>();
        expect(info).toMatchObject({
          kind: 'recording-notice',
          meetingId: 'm1',
          format,
          filename: `2026-11-23-recording-notice-jordan-rivera.${format}`,
          createdAt: '2026-11-23T15:00:00.000Z',
        });
        const download = await t.as(owner, 'GET', `/api/cases/${caseId}/letter-files/${info.id}`);
        expect(download.statusCode).toBe(200);
        expect(download.headers['content-type']).toBe(types[format]);
        expect(download.headers['content-disposition']).toBe(
          `attachment; filename="2026-11-23-recording-notice-jordan-rivera.${format}"`,
        );
        expect(download.rawPayload.length).toBe(info.bytes);
        expect(sha256(download.rawPayload)).toBe(info.sha256);
      }
      const list = await t.as(owner, 'GET', base());
      expect(list.json<{ files: FileInfo[] }>().files).toHaveLength(4);
      const events = await t.as(owner, 'GET', `/api/cases/${caseId}/timeline`);
      const fileEvents = events
        .json<{ events: { kind: string }[] }>()
        .events.filter((e) => e.kind === 'letter.file');
      expect(fileEvents).toHaveLength(4);
    });

    it('refuses unknown formats and answers 404 for unknown files', async () => {
      const bad = await t.as(owner, 'POST', `${base()}/recording-notice/files`, {
        meetingId: 'm1',
        format: 'rtf',
      });
      expect(bad.statusCode).toBe(400);
      const missingFile = await t.as(owner, 'GET', `/api/cases/${caseId}/letter-files/nope`);
      expect(missingFile.statusCode).toBe(404);
      const sentMissing = await t.as(owner, 'POST', `/api/cases/${caseId}/letter-files/nope/sent`, {
        sentAt: '2026-11-23T08:00:00-06:00',
        method: 'email',
      });
      expect(sentMissing.statusCode).toBe(404);
    });

    it('marks a file sent: the timeline keeps its hash, the plan ticks the task', async () => {
      const made = await t.as(owner, 'POST', `${base()}/recording-notice/files`, {
        meetingId: 'm1',
        format: 'pdf',
      });
      const file = made.json<FileInfo>();
      const future = await t.as(owner, 'POST', `/api/cases/${caseId}/letter-files/${file.id}/sent`, {
        sentAt: '2026-11-30T08:00:00-06:00',
        method: 'email',
      });
      expect(future.statusCode).toBe(422);
      // Later than the files made above, so the timeline order is certain.
      t.clock.now = new Date('2026-11-23T15:05:00Z');
      const sent = await t.as(owner, 'POST', `/api/cases/${caseId}/letter-files/${file.id}/sent`, {
        sentAt: '2026-11-23T08:30:00-06:00',
        method: 'email',
      });
      expect(sent.statusCode).toBe(201);
      expect(sent.json()).toMatchObject({
        fileId: file.id,
        kind: 'recording-notice',
        meetingId: 'm1',
        sentAt: '2026-11-23T14:30:00.000Z',
        method: 'email',
        sha256: file.sha256,
      });
      const timeline = await t.as(owner, 'GET', `/api/cases/${caseId}/timeline`);
      const events = timeline.json<{
        events: { kind: string; summary: string; data: { sha256?: string } }[];
      }>().events;
      expect(events[0]?.kind).toBe('letter.sent');
      expect(events[0]?.data.sha256).toBe(file.sha256);
      expect(events[0]?.summary).toMatch(/by email/);
      expect(events.map((e) => e.kind)).toContain('case.imported');

      const plan = await t.as(owner, 'GET', `/api/cases/${caseId}/meetings/m1/plan`);
      const task = plan
        .json<{ tasks: { id: string; status: string }[] }>()
        .tasks.find((x) => x.id === 'recording-notice');
      expect(task?.status).toBe('done');
    });

    it('lists the deadlines a sent records request starts, overdue once passed', async () => {
      await t.as(owner, 'PUT', `${base()}/records-request/draft`, { answers: {} });
      const made = await t.as(owner, 'POST', `${base()}/records-request/files`, { format: 'txt' });
      expect(made.statusCode, made.body).toBe(201);
      const file = made.json<FileInfo>();
      await t.as(owner, 'POST', `/api/cases/${caseId}/letter-files/${file.id}/sent`, {
        sentAt: '2026-11-23T08:00:00-06:00',
        method: 'hand-delivery',
      });
      type Plan = {
        tasks: { id: string; status: string }[];
        triggered: { rule: string; status: string; due: string }[];
      };
      const plan = (await t.as(owner, 'GET', `/api/cases/${caseId}/meetings/m1/plan`)).json<Plan>();
      expect(plan.tasks.find((x) => x.id === 'records-request')?.status).toBe('done');
      // Only the child's records were asked for: the IDEA and FERPA clocks, not the Sunshine Law's (§16.6).
      expect(plan.triggered.map((d) => d.rule)).toEqual(['idea-records', 'ferpa-records']);
      const ferpa = plan.triggered.find((d) => d.rule === 'ferpa-records');
      expect(ferpa?.status).not.toBe('overdue');
      const later = (
        await t.as(owner, 'GET', `/api/cases/${caseId}/meetings/m1/plan?now=2027-01-15T12:00:00Z`)
      ).json<Plan>();
      expect(later.triggered.find((d) => d.rule === 'ferpa-records')?.status).toBe('overdue');
    });

    it('deletes drafts, files and sent records with the case', async () => {
      const deleted = await t.as(owner, 'DELETE', `/api/cases/${caseId}`);
      expect(deleted.statusCode).toBe(204);
      for (const table of ['letter_drafts', 'letter_files', 'letters_sent'] as const) {
        const rows = await t.storage.db
          .selectFrom(table)
          .select('case_id')
          .where('case_id', '=', caseId)
          .execute();
        expect(rows, table).toEqual([]);
      }
    });
  });
});
