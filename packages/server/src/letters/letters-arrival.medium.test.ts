import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageTargets } from '../test-support/storage-targets.js';
import { createTestApp, exampleCase, type Session, type TestApp } from '../test-support/test-app.js';

// Clocks of sent letters start on receipt (missouri-rules.md §16.5): an email from the business day it is received,
// a letter by mail from the day the parent says it arrived, and until then the plan waits instead of making a
// date up. The clocks are the ones the letter asked for when sent: a records request starts the Sunshine Law's
// 3 business days only when it asked for district records. On SQLite and PostgreSQL.

const targets = await storageTargets();

interface Sent {
  id: string;
  method: string;
  receivedOn: string | null;
  clocks: string[] | null;
}
interface Triggered {
  rule: string;
  from: string | null;
  due: string | null;
  status: string;
  waiting: string | null;
  sentLetterId: string | null;
  receiptNote: string | null;
}

describe.each(targets)('arrival of sent letters on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    let owner: Session;
    let caseId: string;
    const letters = () => `/api/cases/${caseId}/letters`;
    const triggered = async (now: string) =>
      (await t.as(owner, 'GET', `/api/cases/${caseId}/meetings/m1/plan?now=${now}`)).json<{
        triggered: Triggered[];
      }>().triggered;

    beforeAll(async () => {
      t = await createTestApp(target);
      // One clock for the whole file (moving it days ahead would end the session).
      t.clock.now = new Date('2026-12-10T15:00:00Z');
      owner = await t.signUp('arrival@example.org');
      caseId = (await t.as(owner, 'POST', '/api/cases/import', exampleCase())).json<{ id: string }>().id;
    });
    afterAll(async () => t?.close());

    it('by mail: the clocks the request asked for wait for the arrival date, then count from it', async () => {
      const draft = await t.as(owner, 'PUT', `${letters()}/records-request/draft`, {
        answers: { records: ['service-logs'] },
      });
      expect(draft.statusCode, draft.body).toBe(200);
      const mailed = await t.as(owner, 'POST', `${letters()}/records-request/sent`, {
        method: 'mail',
        sentAt: '2026-11-23T08:30:00-06:00',
      });
      expect(mailed.statusCode, mailed.body).toBe(201);
      const sent = mailed.json<Sent>();
      // The child's records only: IDEA and FERPA, not the Sunshine Law (§16.6).
      expect(sent).toMatchObject({
        method: 'mail',
        receivedOn: null,
        clocks: ['idea-records', 'ferpa-records'],
      });

      const waiting = await triggered('2026-11-23T15:00:00Z');
      expect(waiting.map((d) => [d.rule, d.status, d.due, d.sentLetterId])).toEqual([
        ['idea-records', 'waiting', null, sent.id],
        ['ferpa-records', 'waiting', null, sent.id],
      ]);
      expect(waiting[0]?.waiting).toMatch(/^Waiting for the arrival date\./);

      const arrival = (receivedOn: string) =>
        t.as(owner, 'PUT', `/api/cases/${caseId}/sent-letters/${sent.id}/arrival`, { receivedOn });
      const early = await arrival('2026-11-22');
      expect(early.statusCode).toBe(422);
      expect(early.body).toContain('A letter cannot arrive before the day it was sent (November 23, 2026).');
      expect((await arrival('2026-12-11')).statusCode).toBe(422);
      expect((await arrival('2026-11-31')).statusCode).toBe(400);
      const given = await arrival('2026-11-25');
      expect(given.statusCode, given.body).toBe(200);
      expect(given.json<Sent>().receivedOn).toBe('2026-11-25');

      // Arrived Wed Nov 25: FERPA's 45 days end Sat Jan 9, 2027; IDEA's before the Dec 7 meeting: Fri Dec 4.
      const dated = await triggered('2026-11-27T15:00:00Z');
      expect(dated.map((d) => [d.rule, d.from, d.due, d.status])).toEqual([
        ['idea-records', '2026-11-25', '2026-12-04', 'upcoming'],
        ['ferpa-records', '2026-11-25', '2027-01-09', 'upcoming'],
      ]);
      const timeline = (await t.as(owner, 'GET', `/api/cases/${caseId}/timeline`)).json<{
        events: { kind: string; summary: string }[];
      }>();
      expect(timeline.events.find((e) => e.kind === 'letter.arrived')?.summary).toBe(
        "The Ask for your child's records arrived on November 25, 2026.",
      );
    });

    it('by email after 5:00 PM: the clock starts on the next business day', async () => {
      await t.as(owner, 'PUT', `${letters()}/pwn-request/draft`, {
        meetingId: 'm1',
        answers: { actions: [{ action: 'More reading help', decision: 'refused' }] },
      });
      // Sent at 6:00 PM on Tue Dec 8: received Wed Dec 9; + 5 business days: Wed Dec 16.
      const emailed = await t.as(owner, 'POST', `${letters()}/pwn-request/sent`, {
        meetingId: 'm1',
        method: 'email',
        sentAt: '2026-12-08T18:00:00-06:00',
      });
      expect(emailed.statusCode, emailed.body).toBe(201);
      const pwn = (await triggered('2026-12-09T15:00:00Z')).find((d) => d.rule === 'pwn-response');
      expect(pwn).toMatchObject({ from: '2026-12-09', due: '2026-12-16', status: 'upcoming' });
      expect(pwn?.receiptNote).toMatch(/next business day\. That is because it was sent at or after 5:00 PM/);
    });

    it('the arrival date can be given when marking as sent; another case cannot reach the sent letter', async () => {
      const other = await t.signUp('other-arrival@example.org');
      const list = (await t.as(owner, 'GET', letters())).json<{ sent: Sent[] }>();
      const mine = list.sent[0];
      if (mine === undefined) throw new Error('a sent letter');
      const otherCase = (await t.as(other, 'POST', '/api/cases/import', exampleCase())).json<{ id: string }>()
        .id;
      const stolen = await t.as(other, 'PUT', `/api/cases/${otherCase}/sent-letters/${mine.id}/arrival`, {
        receivedOn: '2026-12-09',
      });
      expect(stolen.statusCode).toBe(404);
      expect(stolen.body).toContain('This sent letter was not found.');

      const withArrival = await t.as(owner, 'POST', `${letters()}/records-request/sent`, {
        method: 'hand-delivery',
        sentAt: '2026-12-08T10:00:00-06:00',
        receivedOn: '2026-12-08',
      });
      expect(withArrival.statusCode, withArrival.body).toBe(201);
      expect(withArrival.json<Sent>()).toMatchObject({
        receivedOn: '2026-12-08',
        clocks: ['idea-records', 'ferpa-records'],
      });
    });
  });
});
