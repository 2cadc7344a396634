import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RECORDING_LAW_POINTS, RECORDING_NOTICE_SENTENCE } from '@iep/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { collectCspErrors, launchBrowser } from './support/browser';
import { arrive, focused, scrollWidth } from './support/page-checks';
import { startTestServer, type TestServer } from './support/server';
import { exampleCaseInDays, importCaseFile, signUpOwner } from './support/setup';

const PLAN = "Plan for Jordan Rivera's meeting";
const RECORDING = 'Tell the school you will record';
const RECORDS = "Ask for your child's records";

async function openTaskLetter(page: Page, taskTitle: string): Promise<void> {
  const task = page.locator('.task', { hasText: taskTitle });
  const toggle = task.locator('button.disclosure');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await task.getByRole('link', { name: /^Write this letter/ }).click();
}

describe('a parent writes, downloads and sends letters', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let caseUrl = '';
  let interviewUrl = '';
  let pdfSha256 = '';
  let cspErrors: string[] = [];
  // The example case with its meeting two weeks from today, so the recording notice is never late.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-letters-e2e-'));
  const example = exampleCaseInDays(tmp, 14);
  const meetingDay = new Date(`${example.meetingDate}T12:00:00Z`).toLocaleDateString('en-US', {
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const context = await browser.newContext({
      baseURL: server.url,
      viewport: { width: 1024, height: 800 },
      acceptDownloads: true,
    });
    page = await context.newPage();
    cspErrors = collectCspErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('signs up, imports the example case and opens the plan', async () => {
    await signUpOwner(page);
    await importCaseFile(page, example.file);
    caseUrl = new URL(page.url()).pathname;
    await page.getByRole('link', { name: /Open the plan/ }).click();
    await arrive(page, PLAN, 'the plan');
    await expect.poll(() => page.locator('#triggered-heading').count(), { timeout: 5000 }).toBe(0);
  });

  it('follows "Write this letter" on the recording-notice task to a one-question-per-screen interview', async () => {
    await openTaskLetter(page, RECORDING);
    await arrive(page, RECORDING, 'the recording notice interview');
    interviewUrl = new URL(page.url()).pathname + new URL(page.url()).search;
    expect(interviewUrl).toMatch(/\/letters\/recording-notice\?meeting=m1/);
    await expect
      .poll(() => page.locator('.progress').textContent(), { timeout: 5000 })
      .toMatch(/^Question 1 of \d+$/);
    // Focus moves to the question heading, so a screen reader starts with the question.
    await expect(focused(page)).resolves.toMatchObject({ tag: 'h2' });
    const help = page.locator('details.help-text').first();
    await help.locator('summary', { hasText: 'What does this mean?' }).click();
    await expect(help.getAttribute('open')).resolves.not.toBeNull();
    await expectNoAxeViolations(page, 'a question with its help open');
  });

  it('saves every answer: after a reload the answer is still there', async () => {
    await page.fill('#q-note', 'I will use a small audio recorder on the table.');
    await page
      .getByRole('status')
      .filter({ hasText: /^Saved$/ })
      .waitFor();
    // The live preview under the question follows the answers.
    await page.locator('summary', { hasText: 'See the letter so far' }).click();
    await page
      .locator('article.letter-preview', { hasText: 'I will use a small audio recorder on the table.' })
      .waitFor();
    await expectNoAxeViolations(page, 'a question with the live preview open');
    await page.reload();
    await arrive(page, RECORDING, 'the interview after a reload');
    await expect
      .poll(() => page.inputValue('#q-note'), { timeout: 5000 })
      .toBe('I will use a small audio recorder on the table.');
  });

  it('keeps what was typed on a dead network, and shows it again after a reload', async () => {
    const draftPut = (url: URL) => url.pathname.endsWith('/letters/recording-notice/draft');
    await page.route(draftPut, (route) =>
      route.request().method() === 'PUT' ? route.abort('internetdisconnected') : route.continue(),
    );
    await page.fill('#q-note', 'Typed while the network was down.');
    await page.getByRole('status').filter({ hasText: 'Not saved yet, will retry' }).waitFor();
    await page.reload();
    await arrive(page, RECORDING, 'the interview with an unsaved browser copy');
    // The server still has the older answer; the browser copy is newer, so it is what the parent sees.
    await expect
      .poll(() => page.inputValue('#q-note'), { timeout: 5000 })
      .toBe('Typed while the network was down.');
    await page.locator('.notice', { hasText: 'You see the answers kept on this device' }).waitFor();
    await page.unroute(draftPut);
    await page
      .getByRole('status')
      .filter({ hasText: /^Saved$/ })
      .waitFor({ timeout: 15000 });
    await page.fill('#q-note', 'I will use a small audio recorder on the table.');
    await page
      .getByRole('status')
      .filter({ hasText: /^Saved$/ })
      .waitFor();
  });

  it('reviews the answers by section with Edit links, and shows the letter', async () => {
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator('#review-heading').waitFor();
    await expect(focused(page)).resolves.toMatchObject({ tag: 'h2', text: 'Check your answers' });
    const review = page.locator('.review-section').first();
    await expect
      .poll(() => review.textContent(), { timeout: 5000 })
      .toContain('I will use a small audio recorder on the table.');
    await review.getByRole('link', { name: /^Edit/ }).click();
    await page.locator('#q-note').waitFor();
    await expect
      .poll(() => page.inputValue('#q-note'), { timeout: 5000 })
      .toBe('I will use a small audio recorder on the table.');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator('#review-heading').waitFor();

    const letter = page.locator('article.letter-preview');
    await letter.waitFor();
    const text = (await letter.textContent()) ?? '';
    expect(text).toContain('I will use a small audio recorder on the table.');
    expect(text).toContain('162.686');
    expect(text).toContain(meetingDay);
    // A district may require notice up to 24 hours ahead (RSMo 162.686): the letter says so and gives it.
    expect(text).toContain('A district may require notice up to 24 hours before the meeting, but not more.');
    // Nothing of our machinery is in the letter; it is on the "Notes for you" page beside it.
    expect(text).not.toMatch(/PRIMARY|SECONDARY|UNCONFIRMED|Good practice, not a legal rule|Notes for you/);
    const notes = page.locator('aside.letter-notes');
    await expect.poll(() => notes.locator('h3').textContent(), { timeout: 5000 }).toBe('Notes for you');
    const notesText = (await notes.textContent()) ?? '';
    expect(notesText).toContain('They are not part of the letter.');
    // The same RSMo 162.686 sentences as the plan and the recording page, and the plan's label words.
    expect(notesText).toContain(RECORDING_NOTICE_SENTENCE);
    for (const point of RECORDING_LAW_POINTS) expect(notesText).toContain(point);
    expect(notesText).toContain('RSMo 162.686. This is the law. PRIMARY: read in the source itself.');
    const canSpeak = await page.evaluate(() => 'speechSynthesis' in window);
    await expect(page.getByRole('button', { name: /^Read aloud the letter/ }).count()).resolves.toBe(
      canSpeak ? 1 : 0,
    );
    await expectNoAxeViolations(page, 'the review screen with the preview');
  });

  it('downloads the PDF: application/pdf, starting with %PDF', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PDF' }).click(),
    ]);
    const bytes = fs.readFileSync(await download.path());
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    pdfSha256 = crypto.createHash('sha256').update(bytes).digest('hex');
    const again = await page.request.get(download.url());
    expect(again.headers()['content-type']).toMatch(/^application\/pdf/);
    expect(again.headers()['content-disposition']).toMatch(/^attachment/);
  });

  it('downloads the "Notes for you" page as its own PDF, not part of the letter', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Notes for you (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/-recording-notice-jordan-rivera-notes-for-you\.pdf$/);
    const bytes = fs.readFileSync(await download.path());
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(crypto.createHash('sha256').update(bytes).digest('hex')).not.toBe(pdfSha256);
  });

  it('marks the letter sent by mail: the record is the PDF that was printed, with its SHA-256', async () => {
    await expect.poll(() => page.inputValue('#sent-date'), { timeout: 5000 }).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.selectOption('#sent-method', 'mail');
    await expect
      .poll(() => page.locator('#sent-file option:checked').textContent(), { timeout: 5000 })
      .toMatch(/^The PDF made /);
    await page.getByRole('button', { name: 'Mark as sent' }).click();
    const record = page.locator('.sent-record');
    await record.waitFor();
    await expect.poll(() => record.textContent(), { timeout: 5000 }).toContain('Sent by mail on');
    await expect
      .poll(() => record.textContent(), { timeout: 5000 })
      .toMatch(/with the PDF you sent \(.*\.pdf\)/);
    await expect
      .poll(() => record.locator('code.hash').first().textContent(), { timeout: 5000 })
      .toBe(`${pdfSha256.slice(0, 12)}…`);
    await record.locator('summary', { hasText: 'Show the full fingerprint' }).click();
    await expect
      .poll(() => record.locator('code.hash').nth(1).textContent(), { timeout: 5000 })
      .toBe(pdfSha256);
    await expectNoAxeViolations(page, 'the sent record');
  });

  it('returns to the plan and sees the recording-notice task done', async () => {
    await page.getByRole('link', { name: 'Back to the plan' }).click();
    await arrive(page, PLAN, 'the plan after sending the recording notice');
    await page.locator('section.group-done .task-title', { hasText: RECORDING }).waitFor();
  });

  it('sends the records request and sees the Sunshine Law deadline on the plan', async () => {
    await openTaskLetter(page, RECORDS);
    await arrive(page, RECORDS, 'the records request interview');
    // The title shows while the saved answers still load: wait for a question (or the review) before looking at
    // which fields it has, or Next is clicked on a screen read as empty and stops on "Tick at least one."
    const screenHeading = page.locator('h2.question-heading');
    for (let step = 0; step < 10; step += 1) {
      await screenHeading.waitFor();
      if ((await page.locator('#review-heading').count()) > 0) break;
      if ((await page.locator('#q-records').count()) > 0 && !(await page.isChecked('#q-records'))) {
        // Nothing ticked: a plain message by the question, and no moving on.
        await page.getByRole('button', { name: 'Next' }).click();
        await expect
          .poll(() => page.locator('.error-summary').textContent(), { timeout: 5000 })
          .toContain('Tick at least one.');
        await page.check('#q-records');
        await page.check('#q-records-service-logs');
      }
      if ((await page.locator('#q-publicRecords').count()) > 0) await page.check('#q-publicRecords');
      if (
        (await page.locator('#q-otherRecords').count()) > 0 &&
        (await page.locator('.list-item').count()) === 0
      ) {
        await page.getByRole('button', { name: 'Add an item' }).click();
        await expect(focused(page)).resolves.toMatchObject({ id: 'q-otherRecords-0-text' });
        await page.keyboard.type('Notes from the reading specialist');
        await expectNoAxeViolations(page, 'a list question with one item');
      }
      await page.getByRole('button', { name: 'Next' }).click();
      await page.waitForFunction(() => document.activeElement?.tagName === 'H2');
    }
    await page.locator('#review-heading').waitFor();
    await page.locator('article.letter-preview').waitFor();
    await expect
      .poll(() => page.locator('article.letter-preview').textContent(), { timeout: 5000 })
      .toContain('Notes from the reading specialist');
    // Sent (by email, received the same day) on Monday, November 2, 2026: the district must act by the end of
    // the third business day after, Thursday, November 5 (RSMo 610.023.3; no holiday or closure in between).
    await page.fill('#sent-date', '2026-11-02');
    await page.fill('#sent-time', '10:00');
    await page.selectOption('#sent-method', 'email');
    // No email file was made: it is made now from the saved answers, and that is the file recorded.
    await expect
      .poll(() => page.locator('#sent-file option:checked').textContent(), { timeout: 5000 })
      .toBe('The email file (.eml) (we will make it now from your answers)');
    await page.getByRole('button', { name: 'Mark as sent' }).click();
    await page.locator('.sent-record').waitFor();
    await expect
      .poll(() => page.locator('.sent-record').textContent(), { timeout: 5000 })
      .toMatch(/with the email file \(\.eml\) you sent \(.*records-request-jordan-rivera\.eml\)/);
    await page.getByRole('link', { name: 'Back to the plan' }).click();
    await arrive(page, PLAN, 'the plan with deadlines from letters');
    const section = page.locator('section.triggered');
    await expect
      .poll(() => section.locator('h2').textContent(), { timeout: 5000 })
      .toBe('Deadlines from letters you sent');
    const sunshine = section.locator('li', { hasText: 'Sunshine' });
    const row = (await sunshine.textContent()) ?? '';
    expect(row).toMatch(/Thursday, November 5/);
    // The source is named once for the section, in its "Why" drawer, not on every row.
    await expect
      .poll(() => section.locator('details.why-drawer').textContent(), { timeout: 5000 })
      .toContain('610.023');
    // Long past by now: clearly marked overdue.
    expect(row).toContain('Overdue');
    await expect.poll(() => sunshine.getAttribute('class'), { timeout: 5000 }).toContain('triggered-overdue');
    await page.locator('section.group-done .task-title', { hasText: RECORDS }).waitFor();
  });

  it('lists every letter with its status, and the paper trail with fingerprints', async () => {
    await page.goto(caseUrl);
    await arrive(page, 'Jordan Rivera', 'the case');
    // The overview's letters card sums them up, sent apart from drafts, and opens the letters page.
    await expect
      .poll(
        () =>
          page.locator('.card', { hasText: 'Write or see letters' }).locator('.card-summary').textContent(),
        {
          timeout: 5000,
        },
      )
      .toMatch(/^\d+ letters? sent/);
    await page.getByRole('link', { name: 'Write or see letters' }).click();
    await arrive(page, 'Letters for Jordan Rivera', 'the letters index');
    const recording = page.locator('.letter-kind', { hasText: RECORDING });
    await expect
      .poll(() => recording.locator('.letter-state').textContent(), { timeout: 5000 })
      .toMatch(/Sent by mail on/);
    // Letters under way come first; the rest fold behind "Show all".
    await expect.poll(() => page.locator('.letter-kind').count(), { timeout: 5000 }).toBe(6);
    await page.getByRole('button', { name: 'Show all 12 letters' }).click();
    await expect.poll(() => page.locator('.letter-kind').count(), { timeout: 5000 }).toBe(12);
    await expect
      .poll(() => page.locator('.letter-kind', { hasText: 'Not started' }).count(), { timeout: 5000 })
      .toBe(10);
    await page.getByRole('link', { name: 'Paper trail' }).click();
    await arrive(page, 'Paper trail', 'the paper trail');
    const fingerprints = await page.locator('.timeline code.hash').allTextContents();
    expect(fingerprints).toContain(pdfSha256);
  });

  it('a letter sent by mail waits on the plan for the day it arrived, then counts from that day', async () => {
    await page.goto(`${caseUrl}/letters/evaluation-request`);
    await arrive(page, 'Ask for an evaluation', 'the evaluation request interview');
    const next = async () => {
      await page.getByRole('button', { name: 'Next' }).click();
      await page.waitForFunction(() => document.activeElement?.tagName === 'H2');
    };
    await page.check('#q-type');
    await next();
    await page.getByRole('button', { name: 'Add an item' }).click();
    await page.keyboard.type('Reading');
    await next();
    await page.fill('#q-reasons', 'He cannot read his homework without help.');
    await next();
    await page.locator('#review-heading').waitFor();
    await page.fill('#sent-date', '2026-10-01');
    await page.fill('#sent-time', '10:00');
    await page.selectOption('#sent-method', 'mail');
    await page.getByRole('button', { name: 'Mark as sent' }).click();
    await page.locator('.sent-record').waitFor();
    await expect
      .poll(() => page.locator('.sent-record').textContent(), { timeout: 5000 })
      .toContain('count from the day the letter arrives');
    await page.getByRole('link', { name: 'Back to the plan' }).click();
    await arrive(page, PLAN, 'the plan waiting for an arrival date');
    const decision = page.locator('section.triggered li', { hasText: 'decide whether' });
    // By mail the day it arrived is not known: no date is made up.
    await expect
      .poll(() => decision.textContent(), { timeout: 5000 })
      .toContain('Waiting for the arrival date.');
    expect(await decision.textContent()).not.toMatch(/due (Mon|Tue|Wed|Thu|Fri|Sat|Sun)/);
    await expectNoAxeViolations(page, 'a deadline waiting for its arrival date');
    // It arrived on Saturday, October 3: received Monday, October 5; SSD's 30 days end Wednesday, November 4.
    await decision.locator('input[type="date"]').fill('2026-10-03');
    await decision.getByRole('button', { name: 'Save the arrival date' }).click();
    await expect
      .poll(() => page.locator('section.triggered li', { hasText: 'decide whether' }).textContent(), {
        timeout: 5000,
      })
      .toMatch(/Overdue:\s*due Wednesday, November 4/);
    const row =
      (await page.locator('section.triggered li', { hasText: 'decide whether' }).textContent()) ?? '';
    expect(row).toContain(
      'It arrived on Saturday, October 3, 2026. Offices are closed that day, so it counts as received on the next business day, Monday, October 5, 2026.',
    );
    await expect
      .poll(() => page.locator('section.triggered details.why-drawer').textContent(), { timeout: 5000 })
      .toContain('SSD Family Handbook');
  });

  it('ties errors to their fields when a required answer is missing', async () => {
    await page.goto(`${caseUrl}/letters/child-complaint`);
    await arrive(page, 'Child complaint to DESE', 'the child complaint interview');
    await page.getByRole('button', { name: 'Next' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    await expect(focused(page)).resolves.toMatchObject({ className: 'error-summary' });
    await expect.poll(() => summary.textContent(), { timeout: 5000 }).toContain('Add at least one item');
    await page.getByRole('button', { name: 'Add an item' }).click();
    await page.fill('#q-violations-0-what', 'No speech therapy from September 10 to October 30.');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect
      .poll(() => summary.textContent(), { timeout: 5000 })
      .toContain('Item 1: fill in "When did it happen?"');
    await expect
      .poll(() => page.locator('#q-violations-0-date').getAttribute('aria-invalid'), { timeout: 5000 })
      .toBe('true');
    await expect
      .poll(() => page.locator('.list-answer').getAttribute('aria-describedby'), { timeout: 5000 })
      .toContain('q-violations-error');
    await expectNoAxeViolations(page, 'a list question with an error');
    await page.fill('#q-violations-0-date', '2026-10-30');
    await page.getByRole('button', { name: 'Next' }).click();
    // The next screen arrives after a navigation: wait for it rather than read the old one.
    await expect.poll(() => page.locator('.progress').textContent()).toMatch(/^Question 2 of /);
    await expect.poll(() => page.locator('.error-summary').count(), { timeout: 5000 }).toBe(0);
  });

  it('works at 320 px and with the keyboard alone', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(interviewUrl);
    await arrive(page, RECORDING, 'the interview at 320 px');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
    await page.locator('h2.question-heading').focus();
    await page.keyboard.press('Tab');
    await expect(focused(page)).resolves.toMatchObject({ id: 'q-note' });
    await page.keyboard.press('End');
    await page.keyboard.type(' Thank you.');
    for (let i = 0; i < 6 && (await focused(page)).text !== 'Next'; i += 1) await page.keyboard.press('Tab');
    await expect(focused(page)).resolves.toMatchObject({ tag: 'button', text: 'Next' });
    await page.keyboard.press('Enter');
    await page.locator('#review-heading').waitFor();
    await page.locator('article.letter-preview').waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page, 'the review screen at 320 px');
    await page.setViewportSize({ width: 1024, height: 800 });
  });

  it('loaded every page without breaking the content security policy', () => {
    expect(cspErrors).toEqual([]);
  });
});
