import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textPdf, textPng } from '../packages/server/src/binder/binder.test-helper';
import { expectNoAxeViolations } from './support/axe';
import { collectCspErrors, launchBrowser } from './support/browser';
import { arrive, daysFromToday, scrollWidth } from './support/page-checks';
import { startTestServer, type TestServer } from './support/server';
import { EXAMPLE_CASE, importCaseFile, signUpOwner } from './support/setup';

// The Notice of Action check end to end: a phone photo of a notice (read by tesseract) and a text PDF added to the
// binder as Prior Written Notices; each document page shows the seven parts, found with the notice's words and
// page or not found, and when the change can start; the letter asking for the missing parts is drafted through
// the letters flow and names them. axe on every page, and at 320 px wide.

const NOTICE_DATE = daysFromToday(-2);

describe('checking a Notice of Action and asking for its missing parts', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let cspErrors: string[] = [];
  let caseId = '';

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    context = await browser.newContext({ baseURL: server.url, viewport: { width: 1024, height: 800 } });
    page = await context.newPage();
    cspErrors = collectCspErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const addNotice = async (input: string, file: { name: string; mimeType: string; buffer: Buffer }) => {
    await page.goto(`/cases/${caseId}/binder`);
    await arrive(page, 'The binder', 'the binder');
    await page.setInputFiles(input, file);
    await page.getByLabel('What is it?').selectOption('pwn');
    await page.getByLabel('Date on the paper').fill(NOTICE_DATE);
    await page.getByRole('button', { name: 'Add to the binder' }).click();
    const title = file.name.replace(/\.[^.]+$/, '').replaceAll('_', ' ');
    await page
      .getByRole('status')
      .filter({ hasText: `Added "${title}".` })
      .waitFor();
    await page.getByRole('link', { name: title, exact: true }).click();
    await arrive(page, title, `the page of ${file.name}`);
    await page.getByRole('heading', { name: 'Check this notice' }).waitFor({ timeout: 90_000 });
    await page.getByText(/parts were found/).waitFor({ timeout: 30_000 });
  };

  it('a phone photo of a notice: the parts read by OCR are found with their words, the rest not found', async () => {
    await signUpOwner(page);
    caseId = await importCaseFile(page, EXAMPLE_CASE);
    await addNotice('#document-camera', {
      name: 'IMG_5120.png',
      mimeType: 'image/png',
      buffer: textPng([
        'Notice of Action',
        'The school proposes to add a reading class',
        'because Jordan reads below grade level.',
        'You have rights under the procedural safeguards.',
        'Ask the office for a copy.',
      ]),
    });
    const parts = page.locator('.notice-parts > li');
    await expect.poll(() => parts.count()).toBe(7);
    await expect(parts.nth(0).textContent()).resolves.toMatch(
      /found on page 1\..*proposes to add a reading class/,
    );
    await expect(parts.nth(5).textContent()).resolves.toMatch(/not found\./);
    await page.getByText('3 of the 7 parts were found. 4 could not be found.').waitFor();
    await expectNoAxeViolations(page, 'the check of a photographed notice');
  }, 150_000);

  it('a text PDF: the check, the wait in words, and the letter for the missing parts', async () => {
    const pdf = await textPdf([
      [
        'NOTICE OF ACTION',
        'Action proposed:',
        'The district proposes to reduce speech services to 30 minutes per week.',
        'Reason for the action:',
        'Jordan met his articulation goal.',
        'Evaluations and reports used:',
        'The speech progress report and therapy data.',
        'Other options considered:',
        'N/A',
      ],
    ]);
    await addNotice('#document-file', {
      name: 'speech-notice.pdf',
      mimeType: 'application/pdf',
      buffer: pdf,
    });
    await page.getByText('3 of the 7 parts were found. 4 could not be found.').waitFor();
    await page.getByText('The notice has a place for this, but nothing is written there.').waitFor();
    await page.getByText(/The school must wait 10 days, through .*, before it makes the change/).waitFor();
    await page.getByText(/This is guidance from the state, not federal law\./).waitFor();
    await page.getByRole('button', { name: 'Read the check aloud' }).waitFor();

    await page.setViewportSize({ width: 320, height: 800 });
    expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page, 'the notice check at 320 px');
    await page.setViewportSize({ width: 1024, height: 800 });

    await page.getByRole('button', { name: 'Write a letter asking for the missing parts' }).click();
    await arrive(page, 'Ask for the missing parts of a Notice of Action', 'the letter review');
    const letter = page.locator('.letter-preview-panel');
    await expect
      .poll(() => letter.textContent(), { timeout: 30_000 })
      .toMatch(/could not find these parts:.*\(34 CFR 300\.503\(b\)\(4\)\).*\(34 CFR 300\.503\(b\)\(6\)\)/s);
    await expect(letter.textContent()).resolves.not.toMatch(/300\.503\(b\)\(1\)\)|speech-notice/);
    expect(cspErrors).toEqual([]);
  }, 150_000);
});
