import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EscalationPage } from '@iep/core/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, type World } from '../test-support/route-fixture.js';
import { storageTargets } from '../test-support/storage-targets.js';
import { addDocument } from '../test-support/upload-document.js';
import {
  createTestApp,
  exampleCase,
  PASSWORD,
  sessionCookie,
  type TestApp,
} from '../test-support/test-app.js';

// The escalation page through the HTTP API on both databases: the IEP options with windows counted from the case's
// meetings, a Notice of Action in the binder, a refusal confirmed from a transcript and a sent letter; the
// parent's "date you knew" saved, used by due process only, refused when impossible, cleared; a 504 case with its
// own routes only; a deleted case takes its dates with it.

const targets = await storageTargets();

describe.each(targets)('escalation on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    let owner: World;
    let noticeId: string;

    beforeAll(async () => {
      t = await createTestApp(target);
      owner = await buildWorld(t, 'owner', 'Maya Ortiz');
      // Three months on from the fixture's letter: the meetings of the world are behind us. Sign in again then.
      t.clock.now = new Date('2027-03-01T18:00:00Z');
      const signIn = await t.app.inject({
        method: 'POST',
        url: '/api/auth/signin',
        payload: { email: owner.email, password: PASSWORD },
      });
      expect(signIn.statusCode, signIn.body).toBe(200);
      owner = {
        ...owner,
        session: {
          cookie: sessionCookie(signIn),
          csrf: signIn.json<{ csrfToken: string }>().csrfToken,
          userId: owner.session.userId,
        },
      };
      // A Notice of Action dated January 10, 2027 that reached the parent on the 14th.
      noticeId = (
        await addDocument(t, owner.session, owner.caseId, {
          name: 'notice.txt',
          data: Buffer.from('Notice of Action. The district refuses to add speech therapy.'),
          fields: {
            kind: 'pwn',
            documentDate: '2027-01-10',
            receivedOn: '2027-01-14',
            title: 'Notice of Action: speech',
          },
        })
      ).id;
      const at = t.clock.now.toISOString();
      await t.storage.db
        .insertInto('transcript_items')
        .values({
          id: 'refusal-1',
          recording_id: owner.recordingId,
          case_id: owner.caseId,
          meeting_id: 'm2',
          transcript_id: null,
          kind: 'refusal',
          text: 'We will not add a one-on-one aide.',
          who: 'Principal',
          due: null,
          start_ms: 1000,
          source: 'We will not add a one-on-one aide.',
          status: 'confirmed',
          edited: 0,
          done_at: null,
          machine_key: 'refusal-1',
          created_at: at,
          updated_at: at,
        })
        .execute();
      await t.ctx.settle();
    }, 60_000);
    afterAll(async () => t?.close());

    const page = async (caseId = owner.caseId): Promise<EscalationPage> => {
      const response = await t.as(owner.session, 'GET', `/api/cases/${caseId}/escalation`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json<EscalationPage>();
    };
    const option = (p: EscalationPage, id: string) => {
      const found = p.options.find((o) => o.id === id);
      if (!found) throw new Error(`no option ${id}`);
      return found;
    };
    const windowOf = (p: EscalationPage, optionId: string, eventId: string) =>
      option(p, optionId).windows.find((w) => w.eventId === eventId);

    it('lists the IEP ways up with their basis, and windows from every kind of event', async () => {
      const p = await page();
      expect(p.today).toBe('2027-03-01');
      expect(p.options.map((o) => o.id)).toEqual([
        'talk-to-leader',
        'facilitated-iep',
        'mediation',
        'child-complaint',
        'due-process',
        'ocr-complaint',
      ]);
      expect(option(p, 'child-complaint')).toMatchObject({
        citation: '34 CFR 300.151 - 300.153',
        confidence: 'PRIMARY',
        letter: 'child-complaint',
      });
      expect(option(p, 'talk-to-leader').kindText).toBe('This is our advice, not a law.');
      // The world's three meetings, its sent letter, its papers of kind PWN (ours among them) and the refusal.
      expect([...new Set(p.events.map((e) => e.kind))].sort()).toEqual([
        'letter-sent',
        'meeting',
        'notice-of-action',
        'refusal',
      ]);
      expect(
        p.events
          .filter((e) => e.kind === 'meeting')
          .map((e) => e.id)
          .sort(),
      ).toEqual(['meeting:m1', 'meeting:m2', 'meeting:m3']);
      const notice = p.events.find((e) => e.id === `document:${noticeId}`);
      expect(notice).toMatchObject({ on: '2027-01-10', knewDefault: '2027-01-14', knewGiven: null });
      expect(windowOf(p, 'child-complaint', `document:${noticeId}`)).toMatchObject({
        lastDay: '2028-01-10',
        fileBy: '2028-01-10',
        daysLeft: 315,
        open: true,
      });
      // Two years from the day the paper arrived: January 14, 2029 is a Sunday, so it must be there by Friday.
      expect(windowOf(p, 'due-process', `document:${noticeId}`)).toMatchObject({
        from: '2027-01-14',
        countedFrom: 'got-it',
        lastDay: '2029-01-14',
        fileBy: '2029-01-12',
        knewChangeable: true,
      });
      const refusal = windowOf(p, 'child-complaint', 'refusal:refusal-1');
      expect(refusal?.from).toBe('2027-02-02');
      expect(refusal?.eventLabel).toContain('We will not add a one-on-one aide.');
      expect(windowOf(p, 'ocr-complaint', `letter:${owner.sentLetterId}`)?.lastDay).toBe('2027-05-22');
    });

    it('saves the day the parent knew; only due process moves; it survives a new read', async () => {
      const url = `/api/cases/${owner.caseId}/escalation/known-dates/document:${noticeId}`;
      const response = await t.as(owner.session, 'PUT', url, { knewOn: '2027-02-01' });
      expect(response.statusCode, response.body).toBe(200);
      const p = await page();
      expect(p.events.find((e) => e.id === `document:${noticeId}`)?.knewGiven).toBe('2027-02-01');
      expect(windowOf(p, 'due-process', `document:${noticeId}`)).toMatchObject({
        from: '2027-02-01',
        countedFrom: 'you-said',
        lastDay: '2029-02-01',
      });
      expect(windowOf(p, 'child-complaint', `document:${noticeId}`)?.lastDay).toBe('2028-01-10');

      // Impossible days are refused with a plain sentence and change nothing.
      const early = await t.as(owner.session, 'PUT', url, { knewOn: '2027-01-09' });
      expect(early.statusCode).toBe(422);
      expect(early.json<{ error: string }>().error).toMatch(/cannot be before the day it happened/);
      const future = await t.as(owner.session, 'PUT', url, { knewOn: '2027-03-02' });
      expect(future.statusCode).toBe(422);
      const garbage = await t.as(owner.session, 'PUT', url, { knewOn: '2027-02-30' });
      expect(garbage.statusCode).toBe(400);
      const missing = await t.as(
        owner.session,
        'PUT',
        `/api/cases/${owner.caseId}/escalation/known-dates/document:nope`,
        { knewOn: '2027-02-01' },
      );
      expect(missing.statusCode).toBe(404);
      expect((await page()).events.find((e) => e.id === `document:${noticeId}`)?.knewGiven).toBe(
        '2027-02-01',
      );

      const cleared = await t.as(owner.session, 'PUT', url, { knewOn: null });
      expect(cleared.statusCode).toBe(200);
      expect(windowOf(cleared.json<EscalationPage>(), 'due-process', `document:${noticeId}`)?.from).toBe(
        '2027-01-14',
      );
    });

    it('gives a 504 case the 504 routes and OCR, never IDEA due process or a child complaint', async () => {
      const file = exampleCase();
      (file.student as { planType: string }).planType = '504';
      const created = await t.as(owner.session, 'POST', '/api/cases/import', file);
      expect(created.statusCode, created.body).toBe(201);
      const p = await page(created.json<{ id: string }>().id);
      expect(p.planType).toBe('504');
      expect(p.options.map((o) => o.id)).toEqual(['talk-to-leader', 'section-504-hearing', 'ocr-complaint']);
      expect(option(p, 'section-504-hearing').citation).toBe('34 CFR 104.36');
      expect(option(p, 'ocr-complaint').windows.length).toBeGreaterThan(0);
    });

    it('puts the known dates in the case backup, and deletes them with the case', async () => {
      const url = `/api/cases/${owner.caseId}/escalation/known-dates/meeting:m1`;
      expect((await t.as(owner.session, 'PUT', url, { knewOn: '2026-12-08' })).statusCode).toBe(200);
      const backup = await t.as(owner.session, 'GET', `/api/cases/${owner.caseId}/backup.zip`);
      expect(backup.statusCode).toBe(200);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-escalation-'));
      try {
        const zip = path.join(dir, 'backup.zip');
        fs.writeFileSync(zip, backup.rawPayload);
        const inZip = JSON.parse(execFileSync('unzip', ['-p', zip, 'escalation.json']).toString()) as {
          knownDates: { eventId: string; knownOn: string }[];
        };
        expect(inZip.knownDates).toEqual([
          expect.objectContaining({ eventId: 'meeting:m1', knownOn: '2026-12-08' }),
        ]);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
      const rows = () =>
        t.storage.db
          .selectFrom('escalation_known_dates')
          .select('event_id')
          .where('case_id', '=', owner.caseId)
          .execute();
      expect(await rows()).toHaveLength(1);
      expect((await t.as(owner.session, 'DELETE', `/api/cases/${owner.caseId}`)).statusCode).toBe(204);
      expect(await rows()).toHaveLength(0);
    });
  });
});
