import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { collectCspErrors, launchBrowser } from './support/browser';
import { arrive, scrollWidth } from './support/page-checks';
import { startTestServer, type TestServer } from './support/server';
import { EXAMPLE_CASE, importCaseFile, signUpOwner } from './support/setup';

interface Readability {
  fleschKincaidGrade(text: string): number;
}
// text-readability ships no types; a variable specifier keeps TypeScript from asking for them.
const readabilityModule = 'text-readability';
const readability = ((await import(readabilityModule)) as { default: Readability }).default;
/** Starts the page's player and waits until its time moves (a busy machine may need a few seconds to load). */
async function playsAudio(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelector('audio')?.play());
  await expect
    .poll(() => page.evaluate(() => document.querySelector('audio')?.currentTime ?? 0), { timeout: 10_000 })
    .toBeGreaterThan(0);
  await page.evaluate(() => document.querySelector('audio')?.pause());
}
const mainGrade = async (page: Page) =>
  readability.fleschKincaidGrade(await page.locator('main').innerText());

// Shared links end to end: the owner imports a meeting recording, shares a part of it from the player page; a
// signed-out browser opens the link, plays the clip and sees nothing else of the case (no name, no menu, no case
// route answers); revoking gives 404 at once; a page for the child opens with its short code. axe on every page,
// 320 px wide.

describe('shared links: a clip for a teacher, a page for the child', () => {
  let server: TestServer;
  let browser: Browser;
  let owner: Page;
  let outsider: BrowserContext;
  let visitor: Page;
  let caseId = '';
  let linkUrl = '';
  let tmp = '';
  const cspErrors: string[][] = [];

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-e2e-links-'));
    execFileSync('/usr/bin/ffmpeg', [
      ...['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'sine=frequency=330:duration=20'],
      path.join(tmp, 'meeting.wav'),
    ]);
    server = await startTestServer();
    browser = await launchBrowser();
    const ownerContext = await browser.newContext({
      baseURL: server.url,
      viewport: { width: 1024, height: 800 },
    });
    owner = await ownerContext.newPage();
    cspErrors.push(collectCspErrors(owner));
    // Signed out, on a phone: no cookie of the owner's.
    outsider = await browser.newContext({ baseURL: server.url, viewport: { width: 320, height: 640 } });
    visitor = await outsider.newPage();
    cspErrors.push(collectCspErrors(visitor));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('shares a part of the recording from the player page', async () => {
    await signUpOwner(owner);
    caseId = await importCaseFile(owner, EXAMPLE_CASE);
    await owner.goto(`/cases/${caseId}/meetings/m1/recording/import`);
    await arrive(owner, 'Add a recording file', 'the import page');
    await owner.setInputFiles('#recording-file', path.join(tmp, 'meeting.wav'));
    await owner.getByRole('button', { name: 'Upload' }).click();
    await owner.getByText('The recording is ready to play.').waitFor({ timeout: 60_000 });
    await owner.goto(`/cases/${caseId}/meetings/m1/recording`);
    await arrive(owner, 'Meeting recording', 'the player');
    await owner.getByRole('link', { name: 'Share a part' }).click();
    await arrive(owner, 'Share a part of the meeting', 'the share page');
    await owner.fill('#share-from', '0:02');
    await owner.fill('#share-to', '0:08');
    await owner.fill('#share-title', 'What we agreed about breaks');
    await owner.getByRole('button', { name: 'Make the link' }).click();
    await owner.getByRole('heading', { name: 'Your link' }).waitFor({ timeout: 30_000 });
    linkUrl = await owner.inputValue('#made-url');
    expect(linkUrl).toMatch(new RegExp(`^${server.url}/l/[A-Za-z0-9][A-Za-z0-9_-]{21}$`));
    await expectNoAxeViolations(owner, 'the share page with its link');
  }, 120_000);

  it('plays for a signed-out browser and shows nothing else of the case', async () => {
    const response = await visitor.goto(linkUrl);
    expect(response?.headers()['x-robots-tag']).toBe('noindex, nofollow');
    expect(response?.headers()['referrer-policy']).toBe('no-referrer');
    await arrive(visitor, 'What we agreed about breaks', 'the public clip page');
    expect(await visitor.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex, nofollow');
    await playsAudio(visitor);
    const duration = await visitor.evaluate(() => document.querySelector('audio')?.duration ?? 0);
    expect(Math.abs(duration - 6)).toBeLessThan(0.5);
    const text = await visitor.locator('body').innerText();
    for (const secret of ['Jordan', 'Rivera', 'Maria', 'Sign in', 'My cases', caseId])
      expect(text).not.toContain(secret);
    expect(await visitor.locator('a[href^="/cases"]').count()).toBe(0);
    expect((await visitor.request.get(`/api/cases/${caseId}`)).status()).toBe(401);
    expect((await visitor.request.get(`/api/cases/${caseId}/recordings`)).status()).toBe(401);
    expect(await scrollWidth(visitor)).toBeLessThanOrEqual(320);
    await visitor.getByRole('button', { name: /Read aloud/ }).waitFor();
    expect(await mainGrade(visitor)).toBeLessThanOrEqual(8);
  }, 60_000);

  it('asks for the passphrase on a plain page, refuses a wrong one, then plays', async () => {
    await owner.goto(`/cases/${caseId}/meetings/m1/share?from=1000&to=4000`);
    await arrive(owner, 'Share a part of the meeting', 'the share page');
    expect(await mainGrade(owner)).toBeLessThanOrEqual(8);
    await owner.fill('#share-title', 'Reading help');
    await owner.fill('#share-passphrase', 'purple river nine');
    await owner.getByRole('button', { name: 'Make the link' }).click();
    await owner.getByRole('heading', { name: 'Your link' }).waitFor({ timeout: 30_000 });
    const url = await owner.inputValue('#made-url');
    await visitor.goto(url);
    await arrive(visitor, 'This link has a passphrase', 'the passphrase page');
    await visitor.fill('#link-passphrase', 'purple river ten');
    await visitor.getByRole('button', { name: 'Open' }).click();
    await visitor.getByRole('alert').filter({ hasText: 'That passphrase is not right.' }).waitFor();
    await visitor.fill('#link-passphrase', 'purple river nine');
    await visitor.getByRole('button', { name: 'Open' }).click();
    await arrive(visitor, 'Reading help', 'the clip page after the passphrase');
    await playsAudio(visitor);
  }, 60_000);

  it('shows the play on the owner’s list; revoking gives 404 at once', async () => {
    await owner.goto(`/cases/${caseId}/links`);
    await arrive(owner, 'Shared links', 'the shared links page');
    await owner
      .getByText(/Played 1 time\./)
      .first()
      .waitFor();
    await owner.getByRole('button', { name: 'Turn off the link “What we agreed about breaks”' }).click();
    await owner.getByRole('status').filter({ hasText: 'is turned off' }).waitFor();
    const id = linkUrl.split('/').pop() ?? '';
    expect((await visitor.request.post(`/api/links/${id}/open`, { data: {} })).status()).toBe(404);
    expect((await visitor.request.get(`/api/links/${id}/audio`)).status()).toBe(404);
    await visitor.goto(linkUrl);
    await arrive(visitor, 'This link does not work', 'the page of a turned-off link');
  }, 60_000);

  it('opens a page for the child with its short code, in big words', async () => {
    await owner.goto(`/cases/${caseId}/meetings/m1/share?from=3000&to=9000`);
    await arrive(owner, 'Share a part of the meeting', 'the share page');
    await owner.fill('#share-title', 'Breaks in math class');
    await owner.getByLabel('My child').check();
    await owner.getByRole('button', { name: 'Make the link' }).click();
    await owner.getByRole('heading', { name: 'Your link' }).waitFor({ timeout: 30_000 });
    await owner.goto(`/cases/${caseId}/links`);
    await arrive(owner, 'Shared links', 'the shared links page');
    await owner.fill('#student-note-0', 'You can take a short break in math class when you need one.');
    await owner.selectOption('#student-clip-0', { label: 'Breaks in math class' });
    await owner.getByRole('button', { name: 'Make the page for my child' }).click();
    const status = owner.getByRole('status').filter({ hasText: 'Its code is' });
    await status.waitFor();
    const code = /Its code is ([A-Z0-9]{4}-[A-Z0-9]{4})/.exec((await status.textContent()) ?? '')?.[1] ?? '';
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await expectNoAxeViolations(owner, 'the shared links page with a page for the child');

    await visitor.goto('/s');
    await arrive(visitor, 'Open your page', 'the code page');
    await visitor.fill('#student-code', code.toLowerCase());
    await visitor.getByRole('button', { name: 'Open' }).click();
    await arrive(visitor, 'What we agreed at your meeting', "the child's page");
    await visitor
      .getByRole('heading', { name: 'You can take a short break in math class when you need one.' })
      .waitFor();
    expect(await visitor.locator('audio').count()).toBe(1);
    const size = await visitor.evaluate(() =>
      parseFloat(
        getComputedStyle(document.querySelector('.student-page p, .student-page li') ?? document.body)
          .fontSize,
      ),
    );
    expect(size).toBeGreaterThanOrEqual(20);
    expect(await scrollWidth(visitor)).toBeLessThanOrEqual(320);
    const text = await visitor.locator('body').innerText();
    for (const secret of ['Jordan', 'Rivera', 'Maria']) expect(text).not.toContain(secret);
    expect(await mainGrade(visitor)).toBeLessThanOrEqual(8);
    expect(cspErrors.flat()).toEqual([]);
  }, 90_000);
});
