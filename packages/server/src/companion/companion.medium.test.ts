import type {
  Companion,
  CompanionEntry,
  CompanionFollowUp,
  Recording,
  TranscriptItem,
} from '@iep/core/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageTargets } from '../test-support/storage-targets.js';
import { createTestApp, exampleCase, type Session, type TestApp } from '../test-support/test-app.js';

// The meeting companion through the API on both databases: taps stored once whatever the network does, their
// bookmarks on the recording, the follow-up and Notice of Action drafts, the promises on the plan.

const targets = await storageTargets();

let n = 0;
const entry = (action: CompanionEntry['action'], over: Partial<CompanionEntry> = {}): CompanionEntry => {
  n += 1;
  return {
    id: `medium-${String(n).padStart(6, '0')}`,
    seq: n,
    at: '2026-12-07T15:20:00Z',
    atMs: 60_000 + n * 1000,
    session: 0,
    action,
    ...over,
  };
};

describe.each(targets)('the meeting companion on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    let a: Session;
    let b: Session;
    let caseId: string;
    const base = () => `/api/cases/${caseId}/meetings/m1`;
    const get = async (s = a) => (await t.as(s, 'GET', `${base()}/companion`)).json<Companion>();
    const send = (entries: CompanionEntry[], s = a) =>
      t.as(s, 'POST', `${base()}/companion/entries`, { entries });

    beforeAll(async () => {
      t = await createTestApp(target);
      a = await t.signUp('companion-a@example.org');
      b = await t.signUp('companion-b@example.org');
      caseId = (await t.as(a, 'POST', '/api/cases/import', exampleCase())).json<{ id: string }>().id;
      // The concerns letter's requests are the agenda's first cards.
      const concerns = {
        meetingId: 'm1',
        answers: { requests: [{ kind: 'service', request: 'Speech therapy twice a week' }] },
      };
      expect((await t.as(a, 'PUT', `/api/cases/${caseId}/letters/concerns/draft`, concerns)).statusCode).toBe(
        200,
      );
      const part = await t.as(a, 'POST', `${base()}/recording/parts`, {
        clientPartId: 'companion-part',
        startedAt: '2026-12-07T15:00:00Z',
        mimeType: 'audio/webm',
      });
      expect(part.statusCode).toBe(201);
    });
    afterAll(async () => t?.close());

    it('starts from the agenda: the concerns first, then the services, and the roster', async () => {
      const c = await get();
      expect(c.agenda[0]).toMatchObject({ title: 'Speech therapy twice a week', source: 'service' });
      expect(c.agenda.length).toBeGreaterThan(1);
      expect(c.roster.some((p) => p.name === 'Chris Patel')).toBe(true);
      expect(c.entries).toEqual([]);
      expect(c.recordingId).not.toBeNull();
    });

    it('stores each tap once, whatever the order and however often it is sent, with one bookmark per tap', async () => {
      const c = await get();
      const [first, second] = c.agenda;
      if (!first || !second) throw new Error('agenda too short');
      const taps = [
        entry({
          type: 'outcome',
          cardId: first.cardId,
          title: first.title,
          outcome: 'refused',
          who: null,
          due: null,
        }),
        entry({ type: 'pwn', cardId: first.cardId, queued: true }),
        entry({
          type: 'outcome',
          cardId: second.cardId,
          title: second.title,
          outcome: 'promised',
          who: 't2',
          due: { kind: 'in-days', days: 5 },
        }),
        entry({ type: 'note', text: 'They will check the bus route.' }),
      ];
      const reversed = [...taps].reverse();
      const answer = await send(reversed);
      expect(answer.statusCode).toBe(200);
      expect(answer.json<{ count: number }>().count).toBe(4);
      // A resend after a dead network, with a duplicate inside the batch.
      const again = await send([...taps, taps[0] as CompanionEntry]);
      expect(again.json<{ stored: string[]; count: number }>()).toEqual({
        stored: taps.map((x) => x.id),
        count: 4,
      });
      const state = (await get()).state;
      expect(state.cards.find((x) => x.cardId === first.cardId)).toMatchObject({
        outcome: 'refused',
        pwnQueued: true,
      });
      expect(state.cards.find((x) => x.cardId === second.cardId)).toMatchObject({
        outcome: 'promised',
        who: 'Chris Patel',
        due: '2026-12-12',
      });
      const recording = (await t.as(a, 'GET', `${base()}/recording`)).json<Recording>();
      // Outcomes and notes are bookmarks; the PWN queue tap is not a moment of its own.
      expect(recording.bookmarks.map((x) => x.kind).sort()).toEqual(['note', 'promised', 'refused']);
    });

    it("joins what extraction finds near a tap as its evidence, but never the tap's own bookmark", async () => {
      const c = await get();
      const refused = c.state.cards.find((x) => x.outcome === 'refused');
      if (refused?.atMs == null || c.recordingId === null) throw new Error('no refused tap on the recording');
      const recordingUrl = `/api/cases/${caseId}/recordings/${c.recordingId}`;
      const said = 'We will not add speech therapy this year.';
      const mark = await t.as(a, 'POST', `${recordingUrl}/bookmarks`, {
        atMs: refused.atMs + 10_000,
        kind: 'refused',
        note: said,
      });
      expect(mark.statusCode).toBe(201);
      const extracted = await t.as(a, 'POST', `${recordingUrl}/items/extract`);
      expect(extracted.statusCode).toBe(200);
      const items = (await t.as(a, 'GET', `${recordingUrl}/items`)).json<{ items: TranscriptItem[] }>().items;
      const own = items.find((i) => i.source === refused.title);
      const heard = items.find((i) => i.source === said);
      expect(own?.tap).toMatchObject({ entryId: refused.entryId, outcome: 'refused' });
      expect(heard?.tap).toMatchObject({ entryId: refused.entryId, title: refused.title });
      const card = (await get()).state.cards.find((x) => x.cardId === refused.cardId);
      expect(card?.evidence).toEqual([
        { itemId: heard?.id, kind: 'refusal', quote: said, atMs: refused.atMs + 10_000 },
      ]);
    });

    it('drafts the follow-up and the Notice of Action request, keeping lines the parent typed', async () => {
      // The parent's own lines stay, even one that names a tapped card; the companion's old lines are replaced.
      const own = 'Speech therapy twice a week would start after winter break.';
      const typed = {
        meetingId: 'm1',
        answers: {
          discussed: [
            'Reading groups after winter break.',
            own,
            'The school proposed: Speech therapy twice a week',
          ],
          agreed: ['Speech therapy twice a week'],
        },
      };
      expect((await t.as(a, 'PUT', `/api/cases/${caseId}/letters/follow-up/draft`, typed)).statusCode).toBe(
        200,
      );
      const res = await t.as(a, 'POST', `${base()}/companion/follow-up`);
      expect(res.statusCode).toBe(200);
      const drafted = res.json<CompanionFollowUp>();
      expect(drafted.promises).toBe(1);
      expect(drafted.followUp.answers).toMatchObject({
        refused: ['Speech therapy twice a week'],
        discussed: ['They will check the bus route.', 'Reading groups after winter break.', own],
        agreed: [],
      });
      expect(drafted.pwnRequest?.answers).toEqual({
        actions: [{ action: 'Speech therapy twice a week', decision: 'refused' }],
      });
      // Drafting twice gives the same drafts (no line twice).
      const twice = (await t.as(a, 'POST', `${base()}/companion/follow-up`)).json<CompanionFollowUp>();
      expect(twice.followUp.answers).toEqual(drafted.followUp.answers);
    });

    it('puts the dated promise on the plan, and ticks it done there', async () => {
      const plan = async () =>
        (await t.as(a, 'GET', `${base()}/plan?now=2026-12-08T15:00:00Z`)).json<{
          commitments: {
            id: string;
            due: string | null;
            status: string;
            who: string | null;
            doneAt: string | null;
          }[];
          tasks: { id: string; due: string }[];
        }>();
      // The follow-up task carries its instant: 24 hours after the meeting ends (11:30 in Chicago), for the clock.
      const followUp = (await plan()).tasks.find((x) => x.id === 'follow-up');
      expect(Date.parse(followUp?.due ?? '')).toBe(Date.parse('2026-12-08T17:30:00Z'));
      const promise = (await plan()).commitments.find((x) => x.id.startsWith('companion-'));
      expect(promise).toMatchObject({ due: '2026-12-12', who: 'Chris Patel' });
      if (!promise) throw new Error('no promise');
      const ticked = await t.as(a, 'PUT', `${base()}/tasks/${promise.id}`, { done: true });
      expect(ticked.statusCode).toBe(200);
      expect((await plan()).commitments.find((x) => x.id === promise.id)?.status).toBe('done');
      // Unticked and ticked again later: the plan says the new time (not a plan kept from the first tick).
      expect((await t.as(a, 'PUT', `${base()}/tasks/${promise.id}`, { done: false })).statusCode).toBe(200);
      expect((await plan()).commitments.find((x) => x.id === promise.id)?.status).not.toBe('done');
      const firstTick = t.clock.now;
      t.clock.now = new Date(firstTick.getTime() + 600_000);
      await t.as(a, 'PUT', `${base()}/tasks/${promise.id}`, { done: true });
      expect((await plan()).commitments.find((x) => x.id === promise.id)?.doneAt).toBe(
        t.clock.now.toISOString(),
      );
      t.clock.now = firstTick;
      expect((await t.as(a, 'PUT', `${base()}/tasks/companion-nosuchentry`, { done: true })).statusCode).toBe(
        404,
      );
    });

    it('bookmarks taps that came before the recording once it starts, once each, and not again if deleted', async () => {
      const other = (await t.as(a, 'POST', '/api/cases/import', exampleCase())).json<{ id: string }>().id;
      const url = `/api/cases/${other}/meetings/m1`;
      const early = [
        entry({ type: 'outcome', cardId: 'x', title: 'Bus pass', outcome: 'agreed', who: null, due: null }),
        entry({ type: 'note', text: 'Ask about lunch.' }),
        entry({ type: 'pwn', cardId: 'x', queued: false }),
      ];
      expect((await t.as(a, 'POST', `${url}/companion/entries`, { entries: early })).statusCode).toBe(200);
      expect((await t.as(a, 'GET', `${url}/companion`)).json<Companion>().recordingId).toBeNull();
      const startPart = (clientPartId: string) =>
        t.as(a, 'POST', `${url}/recording/parts`, {
          clientPartId,
          startedAt: '2026-12-07T15:00:00Z',
          mimeType: 'audio/webm',
        });
      expect((await startPart('offline-part-1')).statusCode).toBe(201);
      const marks = async () => (await t.as(a, 'GET', `${url}/recording`)).json<Recording>().bookmarks;
      const first = await marks();
      expect(first.map((x) => [x.kind, x.note, x.atMs])).toEqual([
        ['agreed', 'Bus pass', early[0]?.atMs],
        ['note', 'Ask about lunch.', early[1]?.atMs],
      ]);
      // The parent deletes one; a later part and a later tap make neither it nor the other again.
      const deleted = first[1];
      if (deleted === undefined) throw new Error('no note bookmark');
      expect(
        (await t.as(a, 'DELETE', `/api/cases/${other}/bookmarks/${deleted.id}`)).statusCode,
      ).toBeLessThan(300);
      const later = entry({ type: 'note', text: 'Lunch is fine.' });
      await t.as(a, 'POST', `${url}/companion/entries`, { entries: [...early, later] });
      expect((await startPart('offline-part-2')).statusCode).toBe(201);
      expect((await marks()).map((x) => x.note)).toEqual(['Bus pass', 'Lunch is fine.']);
    });

    it('refuses a malformed body, another meeting, and another user, changing nothing', async () => {
      const before = (await get()).entries.length;
      expect(
        (await t.as(a, 'POST', `${base()}/companion/entries`, { entries: [{ id: 'x' }] })).statusCode,
      ).toBe(400);
      const wrongMeeting = await t.as(a, 'POST', `/api/cases/${caseId}/meetings/nope/companion/entries`, {
        entries: [entry({ type: 'note', text: 'Lost?' })],
      });
      expect(wrongMeeting.statusCode).toBe(404);
      expect((await send([entry({ type: 'note', text: 'Not yours.' })], b)).statusCode).toBe(404);
      expect((await t.as(b, 'GET', `${base()}/companion`)).statusCode).toBe(404);
      expect((await get()).entries.length).toBe(before);
    });
  });
});
