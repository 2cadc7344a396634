import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { collectCspErrors, launchBrowser } from './support/browser';
import { arrive } from './support/page-checks';
import { startTestServer, type TestServer } from './support/server';
import { exampleCaseInDays, importCaseFile, signUpOwner } from './support/setup';

// The audit typed a 105,000-character answer: it read "Not saved: The case has problems. Fix the ones listed" with
// nothing listed, the interview moved on, and the text was gone after a reload. Now the limit is counted before it
// is hit, a refused save says which question and why, Next does not move on, and the text survives a reload.

const TITLE = 'Ask for an evaluation';
const LONG = 'Jordan reads slowly and gets tired in class. '.repeat(2400).slice(0, 105_000);

describe('a parent types far more than a letter can hold', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let questionUrl = '';
  let cspErrors: string[] = [];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-long-answer-e2e-'));
  const example = exampleCaseInDays(tmp, 14);

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1024, height: 800 } });
    page = await context.newPage();
    cspErrors = collectCspErrors(page);
    await signUpOwner(page);
    await importCaseFile(page, example.file);
    questionUrl = `${new URL(page.url()).pathname}/letters/evaluation-request?q=reasons`;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('counts the characters toward the limit before it is hit', async () => {
    await page.goto(questionUrl);
    await arrive(page, TITLE, 'the evaluation request interview');
    await page.locator('#q-reasons').waitFor();
    await expect.poll(() => page.locator('#q-reasons-count').textContent()).toBe('0 of 4,000 characters');
    await page.fill('#q-reasons', 'He cannot read his homework.');
    await expect.poll(() => page.locator('#q-reasons-count').textContent()).toBe('28 of 4,000 characters');
    await expect
      .poll(() => page.locator('#q-reasons').getAttribute('aria-describedby'))
      .toContain('q-reasons-count');
    await page
      .getByRole('status')
      .filter({ hasText: /^Saved$/ })
      .waitFor();
  });

  it('a 105,000-character answer: kept on the page, refused by name, and Next does not move on', async () => {
    await page.fill('#q-reasons', LONG);
    await expect
      .poll(() => page.locator('#q-reasons-count').textContent())
      .toBe('105,000 of 4,000 characters: 101,000 too many');
    const status = page.getByRole('status').filter({ hasText: 'Not saved.' });
    await status.waitFor();
    await expect
      .poll(() => status.textContent())
      .toContain(
        'What have you seen that worries you?: This is too long. Keep it to 4,000 characters or fewer. It has 105,000 now.',
      );
    await expect.poll(() => status.textContent()).toContain('Your text is kept on this device.');
    await page.getByRole('button', { name: 'Next' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    await expect.poll(() => summary.textContent()).toContain('This answer is too long: 105,000 characters.');
    expect(new URL(page.url()).searchParams.get('q')).toBe('reasons');
    expect((await page.inputValue('#q-reasons')).length).toBe(105_000);
    await expectNoAxeViolations(page, 'a refused long answer');
  });

  it('after a reload the text is still there, and still says why it is not saved', async () => {
    await page.reload();
    await arrive(page, TITLE, 'the interview after a reload');
    await expect
      .poll(() => page.inputValue('#q-reasons').then((v) => v.length), { timeout: 5000 })
      .toBe(105_000);
    await page.locator('.notice', { hasText: 'You see the answers kept on this device' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'What have you seen that worries you?' }).waitFor();
    await page.getByRole('button', { name: 'Next' }).click();
    expect(new URL(page.url()).searchParams.get('q')).toBe('reasons');
  });

  it('shortened, it saves and moves on', async () => {
    await page.fill('#q-reasons', LONG.slice(0, 3990));
    await page
      .getByRole('status')
      .filter({ hasText: /^Saved$/ })
      .waitFor();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator('#review-heading').waitFor();
    await page.reload();
    await page.locator('#review-heading').waitFor();
    await expect.poll(() => page.locator('.notice', { hasText: 'kept on this device' }).count()).toBe(0);
  });

  it('loaded every page without breaking the content security policy', () => {
    expect(cspErrors).toEqual([]);
  });
});
