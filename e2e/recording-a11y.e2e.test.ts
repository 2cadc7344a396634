import type { Browser, Page } from 'playwright-core';
import { fakeMicrophoneArgs, launchBrowser } from './support/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expectNoAxeViolations } from './support/axe';
import { arrive, focused, scrollWidth } from './support/page-checks';
import { startTestServer, type TestServer } from './support/server';

// The recorder, the player and the import page at 320 px, with the keyboard only, and with targets of at
// least 24 x 24 CSS px (WCAG 2.2 2.5.8). The recording itself is a few seconds of Chromium's fake microphone.

const EXAMPLE = fileURLToPath(new URL('./fixtures/case.example.json', import.meta.url));
const MEETING = 'm1';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Buttons, links, inputs and selects in main smaller than 24 x 24 px, described. */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('main button, main a[href], main input, main select, main summary')]
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .map((el) => {
        const box = el.getBoundingClientRect();
        const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
        return { name, w: box.width, h: box.height };
      })
      .filter((t) => t.w < 24 || t.h < 24)
      .map((t) => `${t.name} ${t.w.toFixed(0)}x${t.h.toFixed(0)}`),
  );
}

async function checkPage(page: Page, where: string): Promise<void> {
  expect(await scrollWidth(page), `${where} scrollWidth`).toBeLessThanOrEqual(320);
  await expectNoAxeViolations(page, where);
  expect(await smallTargets(page), `${where}: targets under 24 px`).toEqual([]);
}

/** Presses Tab until the focused element's text matches, at most `max` times. */
async function tabTo(page: Page, text: RegExp, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (text.test((await focused(page)).text)) return;
  }
  throw new Error(`Tab never reached ${text}`);
}

describe('the recorder, player and import page: 320 px, keyboard only, 24 px targets', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let caseId = '';

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser(fakeMicrophoneArgs());
    const context = await browser.newContext({ baseURL: server.url, viewport: { width: 320, height: 640 } });
    await context.grantPermissions(['microphone'], { origin: server.url });
    page = await context.newPage();
    const signup = await page.request.post('/api/auth/signup', {
      data: { name: 'Maria Rivera', email: 'maria@example.org', password: 'a long family password' },
    });
    const { csrfToken } = (await signup.json()) as { csrfToken: string };
    const made = await page.request.post('/api/cases/import', {
      headers: { 'x-csrf-token': csrfToken },
      data: JSON.parse(fs.readFileSync(EXAMPLE, 'utf8')) as unknown,
    });
    caseId = ((await made.json()) as { id: string }).id;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('recorder: fits 320 px, passes axe, big targets; Tab + Space start, a key bookmarks, the keyboard stops', async () => {
    await page.goto(`/cases/${caseId}/meetings/${MEETING}/record`);
    await arrive(page, 'Record the meeting', 'the recorder');
    await checkPage(page, 'the recorder before recording');

    await tabTo(page, /^Start recording$/);
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Stop recording' }).waitFor();
    await sleep(2500);
    // "a" marks "Agreed" (the shortcut, not a click).
    await page.locator('body').focus();
    await page.keyboard.press('a');
    await sleep(1500);
    await checkPage(page, 'the recorder while recording');
    const stop = page.getByRole('button', { name: 'Stop recording' });
    await stop.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Start recording' }).waitFor();

    interface Rec {
      parts: { status: string }[];
      bookmarks: { kind: string; atMs: number }[];
    }
    const fetchRec = async (): Promise<Rec | null> => {
      const r = await page.request.get(`/api/cases/${caseId}/meetings/${MEETING}/recording`);
      return r.ok() ? ((await r.json()) as Rec) : null;
    };
    const until = Date.now() + 60_000;
    let rec = await fetchRec();
    while (Date.now() < until && !(rec?.parts.length === 1 && rec.parts[0]?.status === 'ready')) {
      await sleep(500);
      rec = await fetchRec();
    }
    expect(rec?.parts[0]?.status).toBe('ready');
    expect(rec?.bookmarks.map((b) => b.kind)).toEqual(['agreed']);
    expect(rec?.bookmarks[0]?.atMs ?? 0).toBeGreaterThan(1500);
  }, 90_000);

  it('player: fits 320 px, passes axe, big targets; Space plays and pauses, arrows move the position', async () => {
    await page.goto(`/cases/${caseId}/meetings/${MEETING}/recording`);
    await arrive(page, 'Meeting recording', 'the player');
    await checkPage(page, 'the player');

    const playing = () => page.evaluate(() => !(document.querySelector('audio')?.paused ?? true));
    await page.locator('body').focus();
    await page.keyboard.press('Space');
    await expect.poll(playing, { timeout: 5000 }).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(playing, { timeout: 5000 }).toBe(false);

    const slider = page.locator('#position');
    await slider.focus();
    await page.keyboard.press('Home');
    const start = Number(await slider.inputValue());
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => Number(await slider.inputValue())).toBeGreaterThan(start);
    const moved = Number(await slider.inputValue());
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => Number(await slider.inputValue())).toBeLessThan(moved);
  }, 60_000);

  it('import page: fits 320 px, passes axe, big targets', async () => {
    await page.goto(`/cases/${caseId}/meetings/${MEETING}/recording/import`);
    await arrive(page, 'Add a recording file', 'the import page');
    await checkPage(page, 'the import page');
  });
});
