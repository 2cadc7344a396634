import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { collectCspErrors, openMicrophonePage } from './support/browser';
import { arrive, scrollWidth } from './support/page-checks';
import { startTestServer, type TestServer } from './support/server';
import { exampleCaseInDays, importCaseFile, signUpOwner } from './support/setup';
import { makeSpeech } from './support/speech';

// From the microphone to the follow-up letter: a few sentences recorded in Chromium (fake microphone fed
// espeak-ng speech), transcribed on this machine by the fallback engine (pocketsphinx), a spoken word found by
// search and heard at its moment, a part corrected by the parent, a commitment found and confirmed, then seen in
// the follow-up letter and on the plan. pocketsphinx hears synthetic speech poorly, so the search word is one it
// gets reliably ("cannot"), and the commitment comes from the parent's correction of the machine text.

const SPOKEN =
  'We cannot provide a one on one aide this year. ' +
  'The case manager will send the reading report by Friday. ' +
  'We cannot add more speech therapy minutes.';
const CORRECTED = 'Chris Patel will send the reading progress report in two weeks.';

interface Summary {
  status: string;
  engine: string | null;
  error: string | null;
}

interface Readability {
  fleschKincaidGrade(text: string): number;
}
// text-readability ships no types; a variable specifier keeps TypeScript from asking for them.
const readabilityModule = 'text-readability';
const readability = ((await import(readabilityModule)) as { default: Readability }).default;

/** The explanations on the page (hints, notices), commands in backticks left out: grade 8.5 at most. */
async function expectPlainHelp(page: Page, where: string): Promise<void> {
  const texts = await page.locator('main .hint, main .notice').allInnerTexts();
  const help = texts.map((t) => t.replace(/`[^`]*`/g, 'it').trim()).filter((t) => t.split(/\s+/).length >= 8);
  expect(help.length, where).toBeGreaterThan(0);
  for (const text of help)
    expect(readability.fleschKincaidGrade(text), `${where}: ${text}`).toBeLessThanOrEqual(8.5);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a recorded meeting becomes a transcript the parent can search, hear and act on', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let tmp = '';
  let caseId = '';
  let recordingId = '';
  const meetingId = 'm1';
  let cspErrors: string[] = [];

  const transcriptPath = () => `/cases/${caseId}/meetings/${meetingId}/transcript`;
  const audioTime = () => page.evaluate(() => document.querySelector('audio')?.currentTime ?? -1);

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-transcript-e2e-'));
    // Two seconds of silence at the end, so the looping fake microphone pauses between repeats.
    const speech = makeSpeech(tmp, SPOKEN, { rate: 140, padSeconds: 2 });
    server = await startTestServer();
    ({ browser, page } = await openMicrophonePage(server.url, speech));
    cspErrors = collectCspErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('records a few sentences with the fake microphone', async () => {
    await signUpOwner(page);
    // The meeting was yesterday: the follow-up letter is due now.
    caseId = await importCaseFile(page, exampleCaseInDays(tmp, -1).file);
    await page.goto(`/cases/${caseId}/meetings/${meetingId}/record`);
    await arrive(page, 'Record the meeting', 'the recorder');
    await page.getByRole('button', { name: 'Start recording' }).click();
    await page.getByRole('button', { name: 'Stop recording' }).waitFor();
    await sleep(4000);
    await page.getByRole('button', { name: 'Promised', exact: true }).click();
    await sleep(11_000);
    await page.getByRole('button', { name: 'Stop recording' }).click();
    await page.getByRole('button', { name: 'Start recording' }).waitFor();
    await expect
      .poll(
        async () => {
          const r = await page.request.get(`/api/cases/${caseId}/meetings/${meetingId}/recording`);
          if (!r.ok()) return 'none';
          const body = (await r.json()) as { id: string; parts: { status: string }[] };
          recordingId = body.id;
          return body.parts.map((p) => p.status).join(',');
        },
        { timeout: 60_000, interval: 1000 },
      )
      .toBe('ready');
  }, 90_000);

  it('transcribes the recording with the fallback engine, with progress and its accuracy note', async () => {
    await page.goto(`/cases/${caseId}/meetings/${meetingId}/recording`);
    await arrive(page, 'Meeting recording', 'the player');
    await page.getByRole('link', { name: 'Open the transcript' }).click();
    await arrive(page, 'Meeting transcript', 'the transcript page before a transcript');
    await expectPlainHelp(page, 'the transcript start form');
    const engine = page.getByRole('radio', { name: 'pocketsphinx (en-us)' });
    await engine.check();
    await page.getByLabel('How many people spoke?').fill('1');
    await page.getByRole('button', { name: 'Start the transcript' }).click();
    await page.getByRole('heading', { name: 'What was said' }).waitFor({ timeout: 120_000 });
    await expect
      .poll(
        async () => {
          const r = await page.request.get(`/api/cases/${caseId}/recordings/${recordingId}/transcript`);
          return ((await r.json()) as { transcript: Summary | null }).transcript?.status ?? 'none';
        },
        { timeout: 120_000, interval: 1000 },
      )
      .toBe('done');
    await page.reload();
    await arrive(page, 'Meeting transcript', 'the finished transcript');
    await page.getByRole('heading', { name: 'How exact is this transcript?' }).waitFor();
    await expect.poll(() => page.locator('.segment-text').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    // The recorder's bookmark is shown in the text at its time.
    await page
      .getByText(/^Bookmark: Promised/)
      .first()
      .waitFor();
  }, 200_000);

  it('finds a spoken word by search and plays that moment', async () => {
    await page.getByRole('searchbox', { name: 'Words to find' }).fill('cannot');
    await page.getByRole('button', { name: 'Search' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Found \d+ places? for/ })
      .waitFor();
    const first = page.locator('.hit-list li.hit').first();
    await expect(first.locator('mark').first().textContent()).resolves.toMatch(/cannot/i);
    const hit = first.getByRole('link');
    const href = (await hit.getAttribute('href')) ?? '';
    const at = Number(new URL(href, server.url).searchParams.get('t'));
    expect(at).toBeGreaterThanOrEqual(0);
    await hit.click();
    await arrive(page, 'Meeting transcript', 'the transcript opened at a search hit');
    await expect.poll(audioTime, { timeout: 10_000 }).toBeGreaterThanOrEqual(at - 0.5);
    // The word being played is marked for sight and for screen readers.
    await expect
      .poll(() => page.locator('[data-w][aria-current="true"]').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Pause' }).click();

    // Clicking a word seeks to it: the first word of the last part plays from inside that part.
    const r = await page.request.get(`/api/cases/${caseId}/recordings/${recordingId}/transcript`);
    const segments = ((await r.json()) as { segments: { start: number; end: number }[] }).segments;
    const last = segments[segments.length - 1];
    if (!last) throw new Error('The transcript has no parts.');
    await page.locator('.segment-text').last().locator('[data-w]').first().click();
    await expect.poll(audioTime, { timeout: 10_000 }).toBeGreaterThanOrEqual(last.start - 0.25);
    expect(await audioTime()).toBeLessThanOrEqual(last.end + 1);
  }, 60_000);

  it('lets the parent correct a part, then finds and confirms the commitment in it', async () => {
    await page
      .getByRole('button', { name: /^Change the part said by / })
      .first()
      .click();
    const textbox = page.getByRole('textbox', { name: /^What was said at / });
    await textbox.fill(CORRECTED);
    await page.getByRole('button', { name: 'Save this part' }).click();
    await page.getByRole('status').filter({ hasText: 'Your fix is saved.' }).waitFor();
    await page.locator('.segment-text', { hasText: CORRECTED }).waitFor();

    await page.getByRole('button', { name: 'Look through the transcript again' }).click();
    const confirm = page.getByRole('button', {
      name: /^Confirm\W+Chris Patel will send the reading progress report/,
    });
    await confirm.waitFor({ timeout: 15_000 });
    await expectNoAxeViolations(page, 'the transcript with items to review');
    await expectPlainHelp(page, 'the transcript with items to review');
    await confirm.click();
    await page
      .getByRole('status')
      .filter({ hasText: /confirmed/i })
      .waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(1024);
  }, 60_000);

  it('shows the confirmed commitment in the follow-up letter and on the plan', async () => {
    await page.goto(`/cases/${caseId}/letters/follow-up?meeting=${meetingId}`);
    await page.locator('h1').first().waitFor();
    await page.locator('summary', { hasText: 'See the letter so far' }).click();
    const preview = page.locator('article.letter-preview');
    await expect
      .poll(() => preview.textContent(), { timeout: 10_000 })
      .toMatch(/send the reading progress report/);
    await page.getByText(/items? from the meeting transcript (is|are) included/).waitFor();

    await page.goto(`/cases/${caseId}/meetings/${meetingId}/plan`);
    await arrive(page, /^Plan for /, 'the plan with a promise from the meeting');
    const promises = page.locator('section', {
      has: page.getByRole('heading', { name: /^Promises from the meeting/ }),
    });
    await expect
      .poll(() => promises.textContent(), { timeout: 10_000 })
      .toMatch(/send the reading progress report/);
    await expect(promises.textContent()).resolves.toMatch(/Coming up|Due soon/);
    expect(cspErrors).toEqual([]);
  }, 60_000);

  it('works at 320 px and downloads the transcript', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(transcriptPath());
    await arrive(page, 'Meeting transcript', 'the transcript at 320 px');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
    const docx = page.getByRole('link', { name: 'Download as a Word document (DOCX)' });
    const href = (await docx.getAttribute('href')) ?? '';
    const file = await page.request.get(href);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-disposition']).toMatch(/attachment; filename=.*\.docx/);
    const txt = await page.request.get(href.replace('format=docx', 'format=txt'));
    expect(await txt.text()).toContain(CORRECTED);
  }, 60_000);
});
