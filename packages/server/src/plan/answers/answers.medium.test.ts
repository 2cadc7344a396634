import type { AnswerItem, AnswerList } from '@iep/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageTargets } from '../../test-support/storage-targets.js';
import { createTestApp, exampleCase, type Session, type TestApp } from '../../test-support/test-app.js';
import { addDocument } from '../../test-support/upload-document.js';

// The answer tracker through the real server, on SQLite and PostgreSQL: a Sunshine request sent by email turns late
// after its 3 business days and offers the follow-up letter; marking it answered links the binder document, an undo
// takes it back; the plan's calendar export carries a reminder for what is still owed.

const targets = await storageTargets();

describe.each(targets)('answer tracker on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    let owner: Session;
    let stranger: Session;
    let caseId: string;
    const answers = (now: string) =>
      t.as(owner, 'GET', `/api/cases/${caseId}/answers?now=${now}`).then((r) => {
        expect(r.statusCode, r.body).toBe(200);
        return r.json<AnswerList>();
      });
    const sunshineOf = (list: AnswerList) =>
      list.items.find((i) => i.id.endsWith('.sunshine-response')) as AnswerItem;

    beforeAll(async () => {
      t = await createTestApp(target);
      t.clock.now = new Date('2026-12-10T15:00:00Z');
      owner = await t.signUp('answers@example.org');
      stranger = await t.signUp('stranger-answers@example.org');
      caseId = (await t.as(owner, 'POST', '/api/cases/import', exampleCase())).json<{ id: string }>().id;
      const letters = `/api/cases/${caseId}/letters`;
      const draft = await t.as(owner, 'PUT', `${letters}/records-request/draft`, {
        answers: { records: ['service-logs'], publicRecords: ['sped-policies'] },
      });
      expect(draft.statusCode, draft.body).toBe(200);
      const sent = await t.as(owner, 'POST', `${letters}/records-request/sent`, {
        method: 'email',
        sentAt: '2026-11-30T09:00:00-06:00',
      });
      expect(sent.statusCode, sent.body).toBe(201);
    });
    afterAll(async () => t?.close());

    it('the Sunshine request waits 3 business days, then is late and offers the follow-up letter', async () => {
      const before = sunshineOf(await answers('2026-12-02T15:00:00Z'));
      expect(before).toMatchObject({
        state: 'waiting',
        due: '2026-12-03',
        basis: 'law',
        citation: 'RSMo 610.023.3',
        confidence: 'PRIMARY',
        next: null,
      });
      const late = await answers('2026-12-07T15:00:00Z');
      expect(sunshineOf(late)).toMatchObject({ state: 'late', daysLate: 4 });
      expect(sunshineOf(late).next).toMatchObject({ action: 'follow-up', letterKind: 'sunshine-followup' });
      expect(late.items[0]?.state).toBe('late');
    });

    it('marks it answered with a binder document, and an undo takes the mark back', async () => {
      const document = await addDocument(t, owner, caseId, {
        name: 'records.txt',
        data: Buffer.from('Here are the policies you asked for.'),
        fields: { kind: 'email', receivedOn: '2026-12-08' },
      });
      const id = sunshineOf(await answers('2026-12-10T15:00:00Z')).id;
      const url = `/api/cases/${caseId}/answers/${encodeURIComponent(id)}`;

      const future = await t.as(owner, 'PUT', url, { documentId: document.id, answeredOn: '2026-12-11' });
      expect(future.statusCode).toBe(422);
      expect(future.body).toContain('The answer cannot come after today.');
      const wrongDoc = await t.as(owner, 'PUT', url, { documentId: 'no-such-document' });
      expect(wrongDoc.statusCode).toBe(404);
      const unknown = await t.as(owner, 'PUT', `/api/cases/${caseId}/answers/letter.x.y`, {
        documentId: null,
      });
      expect(unknown.statusCode).toBe(404);
      // Another user cannot mark the owner's item.
      expect((await t.as(stranger, 'PUT', url, { documentId: null })).statusCode).toBe(404);

      const marked = await t.as(owner, 'PUT', url, { documentId: document.id, answeredOn: '2026-12-08' });
      expect(marked.statusCode, marked.body).toBe(200);
      const item = marked.json<AnswerList>().items.find((i) => i.id === id);
      expect(item).toMatchObject({
        state: 'answered',
        next: null,
        answer: { documentId: document.id, documentTitle: document.title, answeredOn: '2026-12-08' },
      });
      expect(sunshineOf(await answers('2026-12-10T15:00:00Z')).state).toBe('answered');

      const undone = await t.as(owner, 'DELETE', url);
      expect(undone.statusCode, undone.body).toBe(200);
      expect(undone.json<AnswerList>().items.find((i) => i.id === id)?.state).toBe('late');
      expect((await t.as(owner, 'DELETE', url)).statusCode).toBe(404);

      // Deleting the document keeps the mark but drops its link.
      await t.as(owner, 'PUT', url, { documentId: document.id });
      expect((await t.as(owner, 'DELETE', `/api/cases/${caseId}/documents/${document.id}`)).statusCode).toBe(
        204,
      );
      expect(sunshineOf(await answers('2026-12-10T15:00:00Z')).answer).toMatchObject({
        documentId: null,
        documentTitle: null,
      });
    });

    it('the calendar export reminds of what is still owed (not what was answered), with the law in plain words', async () => {
      const ics = await t.as(
        owner,
        'GET',
        `/api/cases/${caseId}/meetings/m1/plan.ics?now=2026-12-01T15:00:00Z`,
      );
      expect(ics.statusCode).toBe(200);
      const text = ics.body.replace(/\r\n[ \t]/g, '');
      // The Sunshine request was answered above: no reminder. The FERPA time is still owed.
      expect(text).not.toContain('Last day for an answer: Sunshine Law');
      expect(text).toContain('SUMMARY:Last day for an answer: FERPA');
      expect(text).toContain('34 CFR 99.10');
      // What a person reads (not the UIDs) has no machine words.
      const shown = text
        .split('\r\n')
        .filter((line) => /^(SUMMARY|DESCRIPTION)/.test(line))
        .join('\n');
      expect(shown).not.toMatch(/ferpa-records|sunshine-response|parent-practice|undefined|null/);
    });
  });
});
