import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERMISSION_REFUSALS } from '@iep/core';
import { inviteToCase, acceptCaseInvitation } from '../sharing/case-invitations.service.js';
import { joinAsGuest } from '../test-support/route-fixture-guests.js';
import { storageTargets } from '../test-support/storage-targets.js';
import { createTestApp, exampleCase, type Session, type TestApp } from '../test-support/test-app.js';
import { CODE_DOES_NOT_WORK, CODE_USED } from './guest-join.service.js';
import { GUEST_ENDED } from './guest-session.js';
import { GUEST_JOINS_PER_MINUTE } from './guest.routes.js';

// Guests at the table through the API on both databases: a one-time code for one meeting, the guest's notes and
// taps merged into the owner's companion with the guest's name, and every way a code ends or is refused.

const targets = await storageTargets();

describe.each(targets)('guests at the table on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    let owner: Session;
    let caseId: string;
    const codesUrl = (meetingId = 'm1') => `/api/cases/${caseId}/meetings/${meetingId}/guest-codes`;
    const makeCode = async (meetingId = 'm1') => {
      const made = await t.as(owner, 'POST', codesUrl(meetingId));
      expect(made.statusCode, made.body).toBe(201);
      return made.json<{ id: string; code: string; expiresAt: string; url: string; state: string }>();
    };
    let n = 0;
    const entry = (action: Record<string, unknown>) => {
      n += 1;
      return { id: `guest-entry-${n}`, seq: 0, at: '2026-12-07T15:10:00Z', atMs: null, session: 0, action };
    };
    const guestAdd = (g: { cookie: string; csrf: string }, action: Record<string, unknown>) =>
      t.app.inject({
        method: 'POST',
        url: '/api/guest/companion/entries',
        headers: { cookie: g.cookie, 'x-csrf-token': g.csrf },
        payload: { entries: [entry(action)] },
      });
    const guestGet = (g: { cookie: string }) =>
      t.app.inject({ method: 'GET', url: '/api/guest/companion', headers: { cookie: g.cookie } });
    const companion = async (meetingId = 'm1') =>
      (await t.as(owner, 'GET', `/api/cases/${caseId}/meetings/${meetingId}/companion`)).json<{
        entries: { id: string; seq: number }[];
        state: {
          notes: { entryId: string; text: string }[];
          cards: { cardId: string; outcome: string | null }[];
        };
        addedBy: Record<string, { kind: string; name: string }>;
      }>();

    beforeAll(async () => {
      t = await createTestApp(target);
      owner = await t.signUp('maria@example.org');
      const file = exampleCase();
      caseId = (await t.as(owner, 'POST', '/api/cases/import', file)).json<{ id: string }>().id;
      await t.as(owner, 'POST', `/api/cases/${caseId}/meetings`, {
        id: 'm2',
        kind: 'annual-review',
        timeZone: 'America/Chicago',
        sessions: [{ start: '2027-02-02T09:00', end: '2027-02-02T10:00' }],
      });
    }, 60_000);
    afterAll(async () => t?.close());

    it("merges a guest's note and outcome tap into the owner's companion, marked with the guest's name", async () => {
      const code = await makeCode();
      expect(code.code).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
      expect(code.url).toMatch(/\/guest$/);
      // The meeting ends 2026-12-07 11:30 in Chicago (17:30 UTC): the code works until 4 hours later.
      expect(code.expiresAt).toBe('2026-12-07T21:30:00.000Z');
      const guest = await joinAsGuest(t, code.code.toLowerCase().replace('-', ' '), 'Aunt Rosa');
      const seen = (await guestGet(guest)).json<{
        guestName: string;
        cards: { cardId: string; title: string }[];
      }>();
      expect(seen.guestName).toBe('Aunt Rosa');
      const card = seen.cards[0];
      if (!card) throw new Error('The example case has no agenda cards.');
      expect((await guestAdd(guest, { type: 'note', text: 'They said yes to breaks.' })).statusCode).toBe(
        200,
      );
      const tap = await guestAdd(guest, {
        type: 'outcome',
        cardId: card.cardId,
        title: card.title,
        outcome: 'agreed',
        who: null,
        due: null,
      });
      expect(tap.statusCode, tap.body).toBe(200);
      const got = await companion();
      const note = got.state.notes.find((x) => x.text === 'They said yes to breaks.');
      expect(note).toBeDefined();
      expect(got.addedBy[note?.entryId ?? '']).toEqual({ kind: 'guest', name: 'Aunt Rosa' });
      expect(got.state.cards.find((c) => c.cardId === card.cardId)?.outcome).toBe('agreed');
      const listed = (await t.as(owner, 'GET', codesUrl())).json<{
        codes: { id: string; state: string; guestName: string }[];
      }>();
      expect(listed.codes.find((c) => c.id === code.id)).toMatchObject({
        state: 'joined',
        guestName: 'Aunt Rosa',
      });
      expect(JSON.stringify(listed)).not.toContain(code.code);
      // The paper trail names the guest's additions.
      const trail = (await t.as(owner, 'GET', `/api/cases/${caseId}/timeline`)).json<{
        events: { kind: string; summary: string }[];
      }>().events;
      expect(trail.map((e) => e.summary)).toContain('Aunt Rosa joined the meeting notes as a guest.');
      expect(trail.filter((e) => e.summary.includes('Added by Aunt Rosa (guest).'))).toHaveLength(2);
    });

    // Every way a code stops working, each refused with its plain sentence (each from its own address, so the
    // tries-a-minute limit stays out of it).
    it.each([
      {
        why: 'used already (a code is used once)',
        code: async () => {
          const made = await makeCode();
          await joinAsGuest(t, made.code, 'First phone');
          return made.code;
        },
        at: null,
        address: '10.1.0.1',
        status: 409,
        error: CODE_USED,
      },
      {
        why: 'ended by the family before anyone used it',
        code: async () => {
          const made = await makeCode();
          expect((await t.as(owner, 'DELETE', `${codesUrl()}/${made.id}`)).statusCode).toBe(204);
          return made.code;
        },
        at: null,
        address: '10.1.0.2',
        status: 404,
        error: CODE_DOES_NOT_WORK,
      },
      {
        // The meeting ends 2026-12-07 11:30 in Chicago (17:30 UTC): the code works until 4 hours later.
        why: 'expired 4 hours after the meeting ended, never used',
        code: async () => (await makeCode()).code,
        at: '2026-12-07T21:30:00Z',
        address: '10.1.0.3',
        status: 404,
        error: CODE_DOES_NOT_WORK,
      },
    ])('refuses a code $why with a plain sentence', async ({ code, at, address, status, error }) => {
      const typed = await code();
      const saved = t.clock.now;
      try {
        if (at !== null) t.clock.now = new Date(at);
        const join = await t.app.inject({
          method: 'POST',
          url: '/api/guest/join',
          payload: { code: typed, name: 'Someone else' },
          remoteAddress: address,
        });
        expect(join.statusCode).toBe(status);
        expect(join.json()).toEqual({ error });
      } finally {
        t.clock.now = saved;
      }
    });

    it('keeps the guest out of the case: its pages, its API and the owner companion route', async () => {
      const guest = await joinAsGuest(t, (await makeCode()).code, 'Sam');
      for (const url of [
        `/api/cases/${caseId}`,
        `/api/cases/${caseId}/meetings/m1/companion`,
        `/api/cases/${caseId}/timeline`,
        '/api/cases',
      ]) {
        const got = await t.app.inject({ method: 'GET', url, headers: { cookie: guest.cookie } });
        expect(got.statusCode, url).toBe(401);
        expect(got.body).not.toContain('Jordan');
      }
      const write = await t.app.inject({
        method: 'POST',
        url: `/api/cases/${caseId}/meetings/m1/companion/entries`,
        headers: { cookie: guest.cookie, 'x-csrf-token': guest.csrf },
        payload: { entries: [entry({ type: 'note', text: 'sneaky' })] },
      });
      expect(write.statusCode).toBe(401);
      // The guest's own view holds no student name, no roster, no school.
      const seen = (await guestGet(guest)).body;
      expect(seen).not.toContain((exampleCase().student as { name: string }).name);
      // A guest adds only notes and outcome taps.
      const session = await guestAdd(guest, { type: 'session', session: 0, state: 'end' });
      expect(session.statusCode).toBe(400);
    });

    it('ends at once when the family ends access: the next add is refused with a plain sentence', async () => {
      const code = await makeCode();
      const guest = await joinAsGuest(t, code.code, 'Grandpa Lee');
      expect((await guestAdd(guest, { type: 'note', text: 'Before' })).statusCode).toBe(200);
      expect((await t.as(owner, 'DELETE', `${codesUrl()}/${code.id}`)).statusCode).toBe(204);
      const before = (await companion()).entries.length;
      const refused = await guestAdd(guest, { type: 'note', text: 'After' });
      expect(refused.statusCode).toBe(401);
      expect(refused.json()).toEqual({ error: GUEST_ENDED });
      expect((await companion()).entries.length).toBe(before);
    });

    it('belongs to one meeting: a code of another meeting sees and adds only there, and cannot be ended from here', async () => {
      const other = await makeCode('m2');
      expect((await t.as(owner, 'DELETE', `${codesUrl('m1')}/${other.id}`)).statusCode).toBe(404);
      const guest = await joinAsGuest(t, other.code, 'Coach');
      const seen = (await guestGet(guest)).json<{ notes: { text: string }[] }>();
      expect(seen.notes.map((x) => x.text)).not.toContain('They said yes to breaks.');
      await guestAdd(guest, { type: 'note', text: 'For the second meeting' });
      expect((await companion('m2')).state.notes.map((x) => x.text)).toEqual(['For the second meeting']);
      expect((await companion('m1')).state.notes.map((x) => x.text)).not.toContain('For the second meeting');
    });

    it('expires 4 hours after the scheduled end, and ends when the companion marks the meeting over', async () => {
      const code = await makeCode();
      const guest = await joinAsGuest(t, code.code, 'Neighbor');
      const saved = t.clock.now;
      try {
        t.clock.now = new Date('2026-12-07T21:29:00Z');
        expect((await guestGet(guest)).statusCode).toBe(200);
        t.clock.now = new Date('2026-12-07T21:30:00Z');
        const late = await guestGet(guest);
        expect(late.statusCode).toBe(401);
        expect(late.json()).toEqual({ error: GUEST_ENDED });
      } finally {
        t.clock.now = saved;
      }
      // The parent ends the meeting's last session in the companion: guest access ends with it.
      const m2 = await makeCode('m2');
      const coach = await joinAsGuest(t, m2.code, 'Coach Two');
      expect((await guestGet(coach)).statusCode).toBe(200);
      await t.as(owner, 'POST', `/api/cases/${caseId}/meetings/m2/companion/entries`, {
        entries: [entry({ type: 'session', session: 0, state: 'end' })],
      });
      expect((await guestGet(coach)).statusCode).toBe(401);
      expect((await t.as(owner, 'POST', codesUrl('m2'))).statusCode).toBe(409);
    });

    it('lets a co-parent make a code and marks a member\u2019s notes with their name; an advocate may not make codes', async () => {
      const add = async (email: string, role: 'co-parent' | 'advocate') => {
        const session = await t.signUp(email);
        const { token } = await inviteToCase(
          t.storage,
          { caseId, invitedBy: { id: owner.userId, name: 'Maria' }, email, role, note: '' },
          t.clock.now,
        );
        await acceptCaseInvitation(t.storage, token, { id: session.userId, name: email, email }, t.clock.now);
        return session;
      };
      const coParent = await add('dad@example.org', 'co-parent');
      expect((await t.as(coParent, 'POST', codesUrl())).statusCode).toBe(201);
      const advocate = await add('ada@example.org', 'advocate');
      const refused = await t.as(advocate, 'POST', codesUrl());
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toEqual({ error: PERMISSION_REFUSALS['write-case'] });
      const note = entry({ type: 'note', text: 'From the advocate' });
      await t.as(advocate, 'POST', `/api/cases/${caseId}/meetings/m1/companion/entries`, { entries: [note] });
      expect((await companion()).addedBy[note.id]).toEqual({ kind: 'member', name: expect.any(String) });
    });
  });
});

describe.each(targets)('guest code tries on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(target);
    }, 60_000);
    afterAll(async () => t?.close());

    it(`allows ${GUEST_JOINS_PER_MINUTE} tries a minute from one address, then 429`, async () => {
      const statuses: number[] = [];
      for (let i = 0; i <= GUEST_JOINS_PER_MINUTE; i += 1) {
        const got = await t.app.inject({
          method: 'POST',
          url: '/api/guest/join',
          payload: { code: `ABCD-23${String(i).padStart(2, '0').replace(/[01]/g, '9')}`, name: 'X' },
          remoteAddress: '10.2.0.1',
        });
        statuses.push(got.statusCode);
      }
      expect(statuses.slice(0, GUEST_JOINS_PER_MINUTE).every((s) => s === 404)).toBe(true);
      expect(statuses.at(-1)).toBe(429);
      // Another address still may try.
      const other = await t.app.inject({
        method: 'POST',
        url: '/api/guest/join',
        payload: { code: 'ABCD-2345', name: 'X' },
        remoteAddress: '10.2.0.2',
      });
      expect(other.statusCode).toBe(404);
    });
  });
});
