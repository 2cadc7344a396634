import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanPdf, textPdf, textPng } from '../packages/server/src/binder/binder.test-helper';
import { expectNoAxeViolations } from './support/axe';
import { closeBrowserPage, openBrowserPage } from './support/browser-page';
import { arrive, scrollWidth } from './support/page-checks';
import type { TestServer } from './support/server';

// The binder end to end: from the case page to the binder, a text PDF added with the file picker and a phone photo
// of a paper with the camera input (read by tesseract), the OCR'd words on the document page with the reading
// shown, the kind fixed by hand, a file that is not what its name says refused in plain words, and one search that
// finds the words of both papers and opens the page. axe on every page, and at 320 px wide.

describe('the binder: adding the school’s papers, reading and searching them', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let cspErrors: string[] = [];
  let caseId = '';

  beforeAll(async () => {
    ({ server, browser, page, cspErrors, caseId } = await openBrowserPage());
  });

  afterAll(() => closeBrowserPage({ browser, server }));

  it('opens the binder from the case page, with its five tabs', async () => {
    await page.getByRole('link', { name: 'Open the binder' }).click();
    await arrive(page, 'The binder', 'the empty binder');
    for (const tab of [
      'Goals & services',
      'Evaluations & reports',
      'Communication',
      'Meetings',
      'Rights & reference',
    ])
      await page.getByRole('heading', { name: `${tab} (0)` }).waitFor();
  });

  it('adds a text PDF with the file picker and a phone photo with the camera input', async () => {
    const pdf = await textPdf([
      [
        'NOTICE OF ACTION',
        'Date of notice: November 2, 2026',
        'The district proposes to reduce occupational therapy.',
      ],
    ]);
    await page.setInputFiles('#document-file', {
      name: 'notice.pdf',
      mimeType: 'application/pdf',
      buffer: pdf,
    });
    await page.getByRole('button', { name: 'Add to the binder' }).click();
    await page.getByRole('status').filter({ hasText: 'Added "notice".' }).waitFor();
    const photo = textPng(['Progress Report', 'Reading fluency improved to 82 words per minute.']);
    await page.setInputFiles('#document-camera', {
      name: 'IMG_0412.png',
      mimeType: 'image/png',
      buffer: photo,
    });
    await page.getByRole('button', { name: 'Add to the binder' }).click();
    await page.getByRole('status').filter({ hasText: 'Added "IMG 0412".' }).waitFor();
    // Both are read and filed under the tab their kind goes with.
    await page.getByRole('heading', { name: 'Communication (1)' }).waitFor({ timeout: 60_000 });
    await page.getByRole('heading', { name: 'Goals & services (1)' }).waitFor({ timeout: 60_000 });
    await expect
      .poll(() => page.getByText('Text read: 1 page, all from a picture.').count(), { timeout: 60_000 })
      .toBe(1);
    await expectNoAxeViolations(page, 'the binder with two papers');
  }, 120_000);

  it('refuses a file that is not what its name says, in plain words', async () => {
    await page.setInputFiles('#document-file', {
      name: 'report.pdf',
      mimeType: 'application/pdf',
      buffer: textPng(['x']),
    });
    await page.getByRole('button', { name: 'Add to the binder' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'This file is named "report.pdf", but it is really a PNG picture.' })
      .waitFor();
  });

  it('shows the photo’s words read by OCR, and keeps the kind the parent sets', async () => {
    await page.getByRole('link', { name: 'IMG 0412', exact: true }).click();
    await arrive(page, 'IMG 0412', 'the photo’s page');
    await page.getByRole('heading', { name: 'Page 1' }).waitFor();
    await page.getByText('Read from a picture.').waitFor();
    await expect
      .poll(() => page.locator('.page-text').first().textContent())
      .toMatch(/fluency improved to 82 words/);
    await expect(page.getByLabel('What is it?').inputValue()).resolves.toBe('progress-report');
    await page.getByLabel('What is it?').selectOption('evaluation-report');
    await page.getByLabel('Binder tab').selectOption('evaluations-reports');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').filter({ hasText: 'The changes are saved.' }).waitFor();
    await page.reload();
    await arrive(page, 'IMG 0412', 'the photo’s page after a reload');
    await expect(page.getByLabel('What is it?').inputValue()).resolves.toBe('evaluation-report');
  });

  it('shows a scan’s reading progress page by page until every page is read', async () => {
    const scan = await scanPdf([
      ['Evaluation Report', 'Page one of the scan.'],
      ['Page two of the scan.'],
      ['Page three.'],
    ]);
    await page.goto(`/cases/${caseId}/binder`);
    await arrive(page, 'The binder', 'the binder');
    await page.setInputFiles('#document-file', {
      name: 'scan.pdf',
      mimeType: 'application/pdf',
      buffer: scan,
    });
    await page.getByRole('button', { name: 'Add to the binder' }).click();
    await page.getByRole('status').filter({ hasText: 'Added "scan".' }).waitFor();
    await page.getByRole('link', { name: 'scan', exact: true }).click();
    await arrive(page, 'scan', 'the scan’s page');
    await page.getByText('Text read: 3 pages, all from a picture.').waitFor({ timeout: 90_000 });
    await expect.poll(() => page.locator('.page-text').count()).toBe(3);
  }, 120_000);

  it('finds the words of both papers in one search and opens the page', async () => {
    await page.goto(`/cases/${caseId}/search`);
    await arrive(page, 'Search papers and meetings', 'the search page');
    await page.getByRole('searchbox', { name: 'Words to find' }).fill('occupational therapy');
    await page.getByRole('button', { name: 'Search' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Found 1 place for/ })
      .waitFor();
    await page.getByRole('heading', { name: 'In the papers (1)' }).waitFor();
    await page.getByRole('searchbox', { name: 'Words to find' }).fill('fluency');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: 'IMG 0412, page 1' }).waitFor();
    await expectNoAxeViolations(page, 'the search results');
    await page.getByRole('link', { name: 'IMG 0412, page 1' }).click();
    await arrive(page, 'IMG 0412', 'the photo’s page from a search hit');
    expect(new URL(page.url()).hash).toBe('#page-1');
  });

  it('fits 320 px wide with no sideways scrolling, and breaks no content security rule', async () => {
    await page.setViewportSize({ width: 320, height: 700 });
    for (const path of [`/cases/${caseId}/binder`, `/cases/${caseId}/search?q=fluency`]) {
      await page.goto(path);
      await page.locator('h1').waitFor();
      await expect.poll(() => scrollWidth(page)).toBeLessThanOrEqual(320);
      await expectNoAxeViolations(page, `${path} at 320 px`);
    }
    expect(cspErrors).toEqual([]);
  });
});
