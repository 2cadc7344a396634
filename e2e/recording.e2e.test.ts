import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { collectCspErrors, openMicrophonePage } from './support/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECORDING_NOTICE_SENTENCE } from '@iep/core';
import { expectNoAxeViolations } from './support/axe';
import { arrive } from './support/page-checks';
import { startRestartableServer, type RestartableServer } from './support/restartable-server';
import { exampleCaseInDays, importCaseFile, inviteAccount, signUpOwner } from './support/setup';
import { makeSpeech } from './support/speech';

// A real 60-second recording from Chromium's fake microphone (fed espeak-ng speech), through a server restart
// and 20 s offline, then a reload in the middle of a second stretch. Slow by nature (about 2.5 minutes).

const CHUNK_MS = 2000;

interface Part {
  id: string;
  clientPartId: string;
  status: string;
  durationMs: number | null;
  contiguousUpTo: number;
  lastSeq: number | null;
  error: string | null;
}
interface Recording {
  id: string;
  parts: Part[];
  bookmarks: { atMs: number; kind: string }[];
  timeline: { parts: { partId: string; offsetMs: number; durationMs: number }[] };
}

const SPOKEN =
  'Good morning everyone. We are here for the annual review of the individualized education program. ' +
  'The team agreed to thirty minutes of reading support each day. The parent asked about speech therapy.';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('recording a meeting that survives a restart, a dead network and a reload', () => {
  let server: RestartableServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let tmp = '';
  let caseId = '';
  const meetingId = 'm1';
  let firstPart: Part | null = null;
  let cspErrors: string[] = [];

  const api = async <T>(p: string): Promise<{ status: number; body: T }> => {
    const r = await page.request.get(p);
    return { status: r.status(), body: (r.ok() ? await r.json() : null) as T };
  };
  const recording = async () =>
    (await api<Recording>(`/api/cases/${caseId}/meetings/${meetingId}/recording`)).body;
  async function waitFor<T>(what: string, probe: () => Promise<T | null>, ms = 60_000): Promise<T> {
    const until = Date.now() + ms;
    for (;;) {
      const value = await probe().catch(() => null);
      if (value) return value;
      if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
      await sleep(1000);
    }
  }

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-rec-e2e-'));
    const speech = makeSpeech(tmp, SPOKEN);
    server = await startRestartableServer();
    ({ browser, context, page } = await openMicrophonePage(server.url, speech));
    cspErrors = collectCspErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('signs up, imports the example case and opens the recorder from the meeting', async () => {
    await signUpOwner(page);
    // The meeting two weeks from today: the notice letter is not late, so the law box says only that it is unsent.
    caseId = await importCaseFile(page, exampleCaseInDays(tmp, 14).file);
    await page
      .getByRole('link', { name: /^Record this meeting/ })
      .first()
      .click();
    await arrive(page, 'Record the meeting', 'the recorder');
    await expect
      .poll(() => page.locator('.law-box').textContent(), { timeout: 5000 })
      .toMatch(/RSMo 162\.686/);
    await expect
      .poll(() => page.locator('.law-box').textContent(), { timeout: 5000 })
      .toMatch(/not marked a recording notice/);
    // The same RSMo 162.686 sentence as the plan (core's rules/recording-law.ts): notice is something to send.
    await expect
      .poll(() => page.locator('.law-box').textContent(), { timeout: 5000 })
      .toContain(RECORDING_NOTICE_SENTENCE);
    await expect(page.locator('.law-box').textContent()).resolves.not.toMatch(/not a must|does not make you/);
    await expectNoAxeViolations(page, 'the recorder before recording');
  });

  it('records 60 s through a server restart (down 20-30 s) and 20 s offline; the server part is complete', async () => {
    await page.getByRole('button', { name: 'Start recording' }).click();
    await page.getByRole('button', { name: 'Stop recording' }).waitFor();
    const started = Date.now();
    const at = (s: number) => sleep(Math.max(0, started + s * 1000 - Date.now()));

    await at(6);
    await page.getByRole('button', { name: 'Agreed', exact: true }).click();
    const bookmarkAt = Date.now() - started;
    await expectNoAxeViolations(page, 'the recorder while recording');

    await at(20);
    await server.stop();
    await at(30);
    await server.start();
    await at(34);
    await context.setOffline(true);
    await at(40);
    await expect
      .poll(() => page.locator('.save-status').textContent(), { timeout: 5000 })
      .toMatch(/^Offline: saving on this device/);
    await at(54);
    await context.setOffline(false);
    await at(60);
    await page.getByRole('button', { name: 'Stop recording' }).click();
    const recordedMs = Date.now() - started;
    await page.getByRole('button', { name: 'Start recording' }).waitFor();

    const rec = await waitFor(
      'the first part to be ready',
      async () => {
        const r = await recording();
        return r.parts[0]?.status === 'ready' ? r : null;
      },
      90_000,
    );
    expect(rec.parts).toHaveLength(1);
    // After Stop the status line says how long it is and where it is, once every chunk is on the server.
    await expect
      .poll(() => page.locator('.save-status').textContent(), { timeout: 15_000 })
      .toMatch(/^Saved: [a-z0-9 ]+, on this device and on the server\.$/);
    const part = rec.parts[0] as Part;
    firstPart = part;
    // Every chunk 0..lastSeq reached the server: no hole, so no gap longer than one chunk.
    expect(part.error).toBeNull();
    expect(part.lastSeq).not.toBeNull();
    expect(part.contiguousUpTo).toBe(part.lastSeq);
    expect(part.lastSeq ?? 0).toBeGreaterThanOrEqual(Math.floor(recordedMs / CHUNK_MS) - 2);
    // The playable file is as long as what was recorded, within a chunk.
    expect(Math.abs((part.durationMs ?? 0) - recordedMs)).toBeLessThanOrEqual(CHUNK_MS + 500);
    // The live bookmark is on the timeline where it was pressed.
    expect(rec.bookmarks).toHaveLength(1);
    expect(rec.bookmarks[0]?.kind).toBe('agreed');
    expect(Math.abs((rec.bookmarks[0]?.atMs ?? 0) - bookmarkAt)).toBeLessThanOrEqual(1500);
  }, 200_000);

  it('after a reload mid-recording, offers the unsent chunks, uploads them and continues as a new part', async () => {
    await page.getByRole('button', { name: 'Start recording' }).click();
    await page.getByRole('button', { name: 'Stop recording' }).waitFor();
    await sleep(4000);
    // The server is unreachable for the chunk uploads only, so chunks pile up on this device; then the page dies.
    await page.route('**/chunks/**', (route) => route.abort('connectionrefused'));
    await sleep(7000);
    page.once('dialog', (d) => void d.accept());
    await page.reload();
    await arrive(page, 'Record the meeting', 'the recorder after the reload');
    const offer = page.getByRole('button', { name: /^Upload the \d+ seconds saved on this device$/ });
    await offer.waitFor();
    const seconds = Number((await offer.textContent())?.match(/\d+/)?.[0]);
    expect(seconds).toBeGreaterThanOrEqual(4);
    await expectNoAxeViolations(page, 'the recovery offer');
    await page.unroute('**/chunks/**');
    await page.getByRole('button', { name: 'Continue recording as a new part' }).click();
    await page.getByRole('button', { name: 'Stop recording' }).waitFor();
    await sleep(5000);
    await page.getByRole('button', { name: 'Stop recording' }).click();

    const rec = await waitFor(
      'three ready parts',
      async () => {
        const r = await recording();
        return r.parts.length === 3 && r.parts.every((p) => p.status === 'ready') ? r : null;
      },
      200_000,
    );
    const [, second, third] = rec.parts as [Part, Part, Part];
    // The part cut by the reload holds everything this device had written (about 11 s), with no hole.
    expect(second.error).toBeNull();
    expect(second.contiguousUpTo).toBe(second.lastSeq);
    expect(second.durationMs ?? 0).toBeGreaterThanOrEqual(9000);
    expect(third.durationMs ?? 0).toBeGreaterThanOrEqual(3000);
    // Nothing is left on this device.
    const left = await page.evaluate(async () => {
      const open = indexedDB.open('iep-recorder');
      const db = await new Promise<IDBDatabase>((res, rej) => {
        open.onsuccess = () => res(open.result);
        open.onerror = () => rej(open.error);
      });
      const count = db.transaction('chunks').objectStore('chunks').count();
      return new Promise<number>((res) => {
        count.onsuccess = () => res(count.result);
      });
    });
    expect(left).toBe(0);
  }, 300_000);

  it('plays the parts as one timeline with the bookmark at its time', async () => {
    await page.goto(`/cases/${caseId}/meetings/${meetingId}/recording`);
    await arrive(page, 'Meeting recording', 'the player');
    const rec = await recording();
    const at = rec.bookmarks[0]?.atMs ?? -1;
    const label = `Agreed at 0:${String(Math.floor(at / 1000)).padStart(2, '0')}`;
    await expect.poll(() => page.getByRole('heading', { name: label }).count(), { timeout: 5000 }).toBe(1);
    await expect.poll(() => page.locator('.parts-list > li').count(), { timeout: 5000 }).toBe(3);
    await expect
      .poll(() => page.locator('.parts-list .gap').first().textContent(), { timeout: 5000 })
      .toMatch(/^Break of/);
    await page.getByRole('button', { name: /^Play from/ }).click();
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    await page.getByRole('button', { name: 'Pause' }).click();
    await expectNoAxeViolations(page, 'the player');
    expect(cspErrors).toEqual([]);
  }, 60_000);

  it('imports a file with tus (progress, then ready) and rejects a text file named .mp3 with a plain message', async () => {
    await page.goto(`/cases/${caseId}/meetings/${meetingId}/recording/import`);
    await arrive(page, 'Add a recording file', 'the import page');
    await page.setInputFiles('#recording-file', path.join(tmp, 'speech.wav'));
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.getByText('The recording is ready to play.').waitFor({ timeout: 60_000 });
    await expect
      .poll(() => page.locator('.upload-progress p').textContent(), { timeout: 5000 })
      .toMatch(/^100% sent/);
    await expectNoAxeViolations(page, 'the import page');
    const fake = path.join(tmp, 'notes.mp3');
    fs.writeFileSync(fake, 'This is not audio at all, just a note.\n'.repeat(20));
    await page.setInputFiles('#recording-file', fake);
    await page.getByRole('button', { name: 'Upload' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent({ timeout: 60_000 }), { timeout: 5000 })
      .toMatch(/This file is not audio we can read/);
  }, 120_000);

  it('another user cannot list, play or download the recording (404)', async () => {
    const other = await browser.newContext({ baseURL: server.url });
    const p = await other.newPage();
    const link = await inviteAccount(page, 'else@example.org');
    const signup = await p.request.post('/api/auth/signup', {
      data: {
        name: 'Someone Else',
        email: 'else@example.org',
        password: 'another long password',
        invite: new URL(link).searchParams.get('invite'),
      },
    });
    expect(signup.ok()).toBe(true);
    const rec = await recording();
    const partId = firstPart?.id ?? rec.parts[0]?.id ?? '';
    for (const url of [
      `/api/cases/${caseId}/recordings`,
      `/api/cases/${caseId}/meetings/${meetingId}/recording`,
      `/api/cases/${caseId}/recording-parts/${partId}/audio`,
      `/api/cases/${caseId}/recordings/${rec.id}/manifest`,
    ]) {
      expect((await p.request.get(url)).status(), url).toBe(404);
    }
    // The owner still can.
    expect((await page.request.get(`/api/cases/${caseId}/recording-parts/${partId}/audio`)).status()).toBe(
      200,
    );
    await other.close();
  });
});
