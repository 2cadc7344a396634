import fs from 'node:fs';
import { publicClipSchema, publicStudentViewSchema } from '@iep/core/contract';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, waitingEngine, type World } from '../test-support/route-fixture.js';
import { storageTargets } from '../test-support/storage-targets.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { LINK_GONE, PASSPHRASE_NEEDED, PASSPHRASE_WRONG, STUDENT_PAGE_GONE } from './public-links.service.js';
import { LINK_OPENS_PER_MINUTE } from './public-links.routes.js';

// Clip links and student views through the real app on both databases: made by the owner, opened signed out,
// counted, ended by time (the test's clock), revoked (404 at once), guarded by a passphrase and a rate limit,
// never indexed, and showing nothing of the case but the clip.

const targets = await storageTargets();
const PUBLIC_URL = 'https://iep.example.org';

describe.each(targets)('shared links on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    let w: World;
    const base = () => `/api/cases/${w.caseId}`;
    const signedOut = (
      method: 'GET' | 'POST',
      url: string,
      body?: unknown,
      headers: Record<string, string> = {},
    ) =>
      t.app.inject({
        method,
        url,
        headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
      });
    const makeLink = async (body: Record<string, unknown> = {}) => {
      const made = await t.as(w.session, 'POST', `${base()}/recordings/${w.recordingId}/links`, {
        fromMs: 200,
        toMs: 900,
        title: 'What we agreed about breaks',
        audience: 'teacher',
        expiresInDays: 7,
        ...body,
      });
      expect(made.statusCode, made.body).toBe(201);
      return made.json<{ id: string; url: string; plays: number; state: string }>();
    };
    const listed = async (linkId: string) =>
      (await t.as(w.session, 'GET', `${base()}/links`))
        .json<{ links: { id: string; plays: number; state: string }[] }>()
        .links.find((l) => l.id === linkId);
    const expectGone = (answer: LightMyRequestResponse, message = LINK_GONE) => {
      expect(answer.statusCode, answer.body).toBe(404);
      expect(answer.json()).toEqual({ error: message });
    };

    beforeAll(async () => {
      t = await createTestApp(target, { IEP_PUBLIC_URL: PUBLIC_URL }, { transcription: waitingEngine() });
      w = await buildWorld(t, 'parent', 'Marigold Finch');
    }, 120_000);
    afterAll(async () => t?.close());

    it('makes a link at the public address, and opens it signed out with the words of that part only', async () => {
      const link = await makeLink();
      expect(link.url).toBe(`${PUBLIC_URL}/l/${link.id}`);
      expect(link.id).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]{21}$/);
      expect(link).toMatchObject({ plays: 0, state: 'active' });
      const opened = await signedOut('POST', `/api/links/${link.id}/open`, {});
      expect(opened.statusCode, opened.body).toBe(200);
      const clip = publicClipSchema.parse(opened.json());
      expect(clip).toMatchObject({
        title: 'What we agreed about breaks',
        durationMs: 700,
        audience: 'teacher',
      });
      // The fixture's segments: 0-600 ms and 600-1000 ms; the clip 200-900 ms holds the end of one, most of the other.
      expect(clip.words).toEqual([
        {
          startMs: 0,
          endMs: 400,
          speaker: 'Speaker 1',
          text: 'We will send the evaluation report by Friday.',
        },
        { startMs: 400, endMs: 700, speaker: 'Speaker 2', text: 'The reading goal stays at grade level.' },
      ]);
      expect(clip.audioUrl).toBe(`/api/links/${link.id}/audio`);
    });

    it('shows nothing of the case: no case, recording, meeting or student, and no case route signed out', async () => {
      const link = await makeLink();
      const opened = await signedOut('POST', `/api/links/${link.id}/open`, {});
      for (const secret of [w.caseId, w.recordingId, w.clipId, w.marker, 'Marigold', w.email])
        expect(opened.body).not.toContain(secret);
      expect(Object.keys(opened.json<object>()).sort()).toEqual(
        ['audience', 'audioUrl', 'durationMs', 'expiresAt', 'title', 'words'].sort(),
      );
      expect((await signedOut('GET', base())).statusCode).toBe(401);
      expect((await signedOut('GET', `${base()}/recordings/${w.recordingId}/transcript`)).statusCode).toBe(
        401,
      );
      expect((await signedOut('GET', `${base()}/links`)).statusCode).toBe(401);
    });

    it('plays the clip (MP3, with Range) and keeps no plain file in the temp folder', async () => {
      const link = await makeLink();
      expect(fs.readdirSync(t.ctx.tmpDir)).toEqual([]);
      const audio = await signedOut('GET', `/api/links/${link.id}/audio`);
      expect(audio.statusCode).toBe(200);
      expect(audio.headers['content-type']).toMatch(/^audio\/mpeg/);
      const bytes = audio.rawPayload;
      expect(bytes.length).toBeGreaterThan(1000);
      // An MP3 starts with an ID3 tag or an MPEG frame sync.
      expect(
        bytes.subarray(0, 3).toString('latin1') === 'ID3' || (bytes[0] === 0xff && (bytes[1] ?? 0) >= 0xe0),
      ).toBe(true);
      const part = await signedOut('GET', `/api/links/${link.id}/audio`, undefined, { range: 'bytes=10-19' });
      expect(part.statusCode).toBe(206);
      expect(part.headers['content-range']).toBe(`bytes 10-19/${bytes.length}`);
      expect(part.rawPayload).toEqual(bytes.subarray(10, 20));
    });

    it('counts a play for each open, and none for the audio', async () => {
      const link = await makeLink();
      for (let i = 0; i < 3; i += 1) await signedOut('POST', `/api/links/${link.id}/open`, {});
      await signedOut('GET', `/api/links/${link.id}/audio`);
      expect((await listed(link.id))?.plays).toBe(3);
    });

    it('ends when its days have passed (the clock moved on)', async () => {
      const link = await makeLink({ expiresInDays: 1 });
      const start = t.clock.now;
      try {
        t.clock.now = new Date(start.getTime() + 24 * 3600 * 1000 - 1000);
        expect((await signedOut('POST', `/api/links/${link.id}/open`, {})).statusCode).toBe(200);
        t.clock.now = new Date(start.getTime() + 24 * 3600 * 1000);
        expectGone(await signedOut('POST', `/api/links/${link.id}/open`, {}));
        expectGone(await signedOut('GET', `/api/links/${link.id}/audio`));
      } finally {
        // Back before any signed-in call: a day later the owner's session would have ended too.
        t.clock.now = start;
      }
      // The refused opens counted nothing.
      expect(await listed(link.id)).toMatchObject({ plays: 1 });
    });

    it('refuses 0 and 91 days, and a recording of another case', async () => {
      for (const expiresInDays of [0, 91, 1.5]) {
        const answer = await t.as(w.session, 'POST', `${base()}/recordings/${w.recordingId}/links`, {
          fromMs: 0,
          toMs: 500,
          title: 'x',
          audience: 'child',
          expiresInDays,
        });
        expect(answer.statusCode, String(expiresInDays)).toBe(400);
      }
      const other = await buildWorld(t, 'other', 'Juniper Vale');
      const answer = await t.as(w.session, 'POST', `${base()}/recordings/${other.recordingId}/links`, {
        fromMs: 0,
        toMs: 500,
        title: 'x',
        audience: 'child',
        expiresInDays: 3,
      });
      expect(answer.statusCode).toBe(404);
    }, 60_000);

    it('stops at once when revoked: open and audio answer 404 and change nothing', async () => {
      const link = await makeLink();
      expect((await signedOut('POST', `/api/links/${link.id}/open`, {})).statusCode).toBe(200);
      const revoked = await t.as(w.session, 'DELETE', `${base()}/links/${link.id}`);
      expect(revoked.statusCode).toBe(204);
      expectGone(await signedOut('POST', `/api/links/${link.id}/open`, {}));
      expectGone(await signedOut('GET', `/api/links/${link.id}/audio`));
      expect(await listed(link.id)).toMatchObject({ state: 'revoked', plays: 1 });
      // Revoking twice is fine; revoking another case's link answers like a missing one.
      expect((await t.as(w.session, 'DELETE', `${base()}/links/${link.id}`)).statusCode).toBe(204);
      expect((await t.as(w.session, 'DELETE', `${base()}/links/no-such-link`)).statusCode).toBe(404);
    });

    it('asks for the passphrase (401), refuses a wrong one (403), and keeps only its argon2id hash', async () => {
      const passphrase = 'green apple ladder';
      const link = await makeLink({ passphrase });
      const row = await t.storage.db
        .selectFrom('share_links')
        .select('passphrase_hash')
        .where('id', '=', link.id)
        .executeTakeFirstOrThrow();
      expect(row.passphrase_hash).toMatch(/^\$argon2id\$/);
      expect(row.passphrase_hash).not.toContain(passphrase);

      const none = await signedOut('POST', `/api/links/${link.id}/open`, {});
      expect(none.statusCode).toBe(401);
      expect(none.json()).toEqual({ error: PASSPHRASE_NEEDED });
      const wrong = await signedOut('POST', `/api/links/${link.id}/open`, { passphrase: 'red apple ladder' });
      expect(wrong.statusCode).toBe(403);
      expect(wrong.json()).toEqual({ error: PASSPHRASE_WRONG });
      expect((await signedOut('GET', `/api/links/${link.id}/audio`)).statusCode).toBe(401);
      expect((await listed(link.id))?.plays).toBe(0);

      const right = await signedOut('POST', `/api/links/${link.id}/open`, { passphrase });
      expect(right.statusCode).toBe(200);
      const { audioUrl } = right.json<{ audioUrl: string }>();
      expect(audioUrl).toMatch(new RegExp(`^/api/links/${link.id}/audio\\?pass=[0-9a-f]{32}$`));
      expect((await signedOut('GET', audioUrl)).statusCode).toBe(200);
      expect((await listed(link.id))?.plays).toBe(1);
    });

    it('opens a student view by its code (typed any way) with its notes and live clips; revoked, 404', async () => {
      const live = await makeLink({ audience: 'child', title: 'Breaks in math' });
      const gone = await makeLink({ audience: 'child', title: 'Old part' });
      await t.as(w.session, 'DELETE', `${base()}/links/${gone.id}`);
      const made = await t.as(w.session, 'POST', `${base()}/student-views`, {
        title: 'What we agreed for you',
        expiresInDays: 30,
        items: [
          { note: 'What we agreed about breaks in math class', linkId: live.id },
          { note: 'An old part', linkId: gone.id },
          { note: 'You can ask for help any time.', linkId: null },
        ],
      });
      expect(made.statusCode, made.body).toBe(201);
      const view = made.json<{ id: string; code: string; url: string }>();
      expect(view.code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
      expect(view.url).toBe(`${PUBLIC_URL}/s/${view.id}`);

      const typed = `${view.code.slice(0, 4).toLowerCase()}-${view.code.slice(4)}`;
      const page = await signedOut('GET', `/api/student/${typed}`);
      expect(page.statusCode, page.body).toBe(200);
      const shown = publicStudentViewSchema.parse(page.json());
      expect(shown.items.map((i) => [i.note, i.clip?.title ?? null])).toEqual([
        ['What we agreed about breaks in math class', 'Breaks in math'],
        ['An old part', null],
        ['You can ask for help any time.', null],
      ]);
      for (const secret of [w.caseId, w.recordingId, w.marker]) expect(page.body).not.toContain(secret);
      expect((await signedOut('GET', `/api/student/${view.id}`)).statusCode).toBe(200);

      expect((await t.as(w.session, 'DELETE', `${base()}/student-views/${view.id}`)).statusCode).toBe(204);
      expectGone(await signedOut('GET', `/api/student/${view.code}`), STUDENT_PAGE_GONE);
      const list = (await t.as(w.session, 'GET', `${base()}/links`)).json<{
        studentViews: { id: string; opens: number; state: string }[];
      }>();
      expect(list.studentViews.find((v) => v.id === view.id)).toMatchObject({ opens: 2, state: 'revoked' });
    });

    it('marks every public answer noindex, no referrer, never cached', async () => {
      const link = await makeLink();
      for (const answer of [
        await signedOut('POST', `/api/links/${link.id}/open`, {}),
        await signedOut('GET', `/api/links/${link.id}/audio`),
        await signedOut('POST', '/api/links/AAAAAAAAAAAAAAAAAAAAAA/open', {}),
      ]) {
        expect(answer.headers['x-robots-tag']).toBe('noindex, nofollow');
        expect(answer.headers['referrer-policy']).toBe('no-referrer');
        expect(String(answer.headers['cache-control'])).toMatch(/no-store/);
      }
    });

    it('deletes the links with their recording', async () => {
      const other = await buildWorld(t, 'deleter', 'Rowan Ash');
      const answer = await t.as(
        other.session,
        'DELETE',
        `/api/cases/${other.caseId}/recordings/${other.recordingId}`,
      );
      expect(answer.statusCode, answer.body).toBeLessThan(300);
      expectGone(await signedOut('POST', `/api/links/${other.linkId}/open`, {}));
    }, 60_000);

    // Last: it uses up this address's allowance of the student route.
    it('limits guesses per address: 429 after the allowance, whatever the code', async () => {
      const answers: number[] = [];
      for (let i = 0; i <= LINK_OPENS_PER_MINUTE; i += 1)
        answers.push((await signedOut('GET', `/api/student/GUESS${String(i).padStart(3, '0')}`)).statusCode);
      // The student test before used three of the allowance: every answer is 404 until the limit, then 429.
      const first = answers.indexOf(429);
      expect(first).toBeGreaterThan(LINK_OPENS_PER_MINUTE - 5);
      expect(answers.slice(0, first).every((status) => status === 404)).toBe(true);
      expect(answers.slice(first).every((status) => status === 429)).toBe(true);
    });
  });
});
