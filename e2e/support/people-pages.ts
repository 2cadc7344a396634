import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { collectCspErrors, launchBrowser } from './browser';
import { arrive } from './page-checks';
import { startTestServer, type TestServer } from './server';

// The set-up of the tests where several people share a case, each in their own browser context (own cookies):
// one real server, one Chromium, a scratch folder, and a page per person at the width of their device, with the
// CSP errors of every page collected. Call openPeoplePages in beforeAll and closePeoplePages in afterAll.

export interface PeoplePages {
  server: TestServer;
  browser: Browser;
  /** A scratch folder for the test's files (case files, audio), removed by closePeoplePages. */
  tmp: string;
  /** One list per page made: a test ends with `expect(cspErrors.flat()).toEqual([])`. */
  cspErrors: string[][];
  /** A new person's page: its own context, this viewport width, 800 px high. */
  page(width: number): Promise<Page>;
}

export async function openPeoplePages(name: string): Promise<PeoplePages> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `iep-e2e-${name}-`));
  const server = await startTestServer();
  const browser = await launchBrowser();
  const cspErrors: string[][] = [];
  const page = async (width: number) => {
    const context = await browser.newContext({ baseURL: server.url, viewport: { width, height: 800 } });
    const made = await context.newPage();
    cspErrors.push(collectCspErrors(made));
    return made;
  };
  return { server, browser, tmp, cspErrors, page };
}

/** Closes what openPeoplePages started (what it got to, if beforeAll failed half-way). */
export async function closePeoplePages(opened: Partial<PeoplePages> | undefined): Promise<void> {
  await opened?.browser?.close();
  await opened?.server?.close();
  if (opened?.tmp) fs.rmSync(opened.tmp, { recursive: true, force: true });
}

/** The signed-in page's CSRF token, for the API calls a test makes in that person's name. */
export async function csrfToken(page: Page): Promise<string> {
  return ((await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string }).csrfToken;
}

/**
 * Makes a tone of `seconds` with Debian's ffmpeg and adds it as meeting m1's recording through the import page, the
 * way a parent adds a file; resolves once the page says the recording is ready and saved.
 */
export async function importToneRecording(
  page: Page,
  tmp: string,
  caseId: string,
  seconds = 8,
): Promise<void> {
  const wav = path.join(tmp, 'meeting.wav');
  const tone = `sine=frequency=330:duration=${seconds}`;
  execFileSync('/usr/bin/ffmpeg', [
    '-hide_banner',
    '-loglevel',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    tone,
    wav,
  ]);
  await page.goto(`/cases/${caseId}/meetings/m1/recording/import`);
  await arrive(page, 'Add a recording file', 'the import page');
  await page.setInputFiles('#recording-file', wav);
  await page.getByRole('button', { name: 'Upload' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: 'The recording is ready to play. It is saved with this meeting' })
    .waitFor({ timeout: 60_000 });
}

/** Opens a one-time invitation link, makes the person's account on the join page and lands on the shared case. */
export async function joinWithNewAccount(
  page: Page,
  link: string,
  who: { name: string; password: string },
  student = 'Jordan Rivera',
): Promise<void> {
  await page.goto(link);
  await arrive(page, 'Join a case', 'the join page');
  await page.fill('#account-name', who.name);
  await page.fill('#account-password', who.password);
  await page.getByRole('button', { name: 'Make my account and join' }).click();
  await arrive(page, student, 'the shared case after joining');
}
