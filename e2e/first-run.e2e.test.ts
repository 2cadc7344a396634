import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { arrive, daysFromToday, scrollWidth } from './support/page-checks';
import { startTestServer, type TestServer } from './support/server';

// Steps a new parent takes from the first page to the first plan: each click and each typed or chosen field.
// Before (main at 761ae0f): 3 account fields + 2 clicks (create, go to my cases) + 1 (new case) + 10 case fields
// + 1 (create) + 1 (add a meeting) + 5 meeting fields + 1 (save) + 1 (open the plan) = 25.
// After: saving the meeting opens its plan with the first task in focus, so "open the plan" is gone = 24.
// The case page as an overview (case-overview branch): its meetings card's "Add a meeting" opens the meetings page
// with the form already open, so the overview adds no step = 24.
const STEP_BUDGET = 24;

describe('a new parent, from the first page to the first plan', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let steps = 0;
  const click = async (name: string, role: 'button' | 'link' = 'button') => {
    steps += 1;
    await page.getByRole(role, { name }).first().click();
  };
  const type = async (selector: string, value: string) => {
    steps += 1;
    await page.fill(selector, value);
  };

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    page = await (
      await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 800 } })
    ).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the welcome with the path on first run, then reaches the plan within the step budget', async () => {
    await page.goto('/');
    await arrive(page, 'Create the owner account', 'the first-run page');
    await type('#account-name', 'Maria Rivera');
    await type('#account-email', 'maria@example.org');
    await type('#account-password', 'a long family password');
    await click('Create the owner account');
    await arrive(page, 'Set up transcripts', 'the transcript step');
    await click('Go to my cases', 'link');
    await arrive(page, 'My cases', 'the home page with the welcome');
    const welcome = (await page.locator('.welcome').textContent()) ?? '';
    expect(welcome).toMatch(/Prepare\..*Record\..*Review\..*Follow up\..*Escalate\./);
    await page.setViewportSize({ width: 320, height: 700 });
    await expect(scrollWidth(page)).resolves.toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 1280, height: 800 });

    await click('Start my child’s case', 'link');
    await arrive(page, 'New case', 'the new case form');
    await type('#student-name', 'Avery Lee');
    await type('#student-dateOfBirth', '2014-05-06');
    await type('#student-grade', '6');
    await type('#student-school', 'Pleasant View Elementary');
    await type('#student-district', 'Springfield R-XII');
    steps += 1;
    await page.selectOption('#student-planType', '504');
    await type('#parent-name', 'Sam Lee');
    await type('#parent-email', 'sam.lee@example.org');
    await type('#parent-phone', '417-555-0100');
    await type('#parent-address', '12 Oak Street, Springfield, MO 65802');
    await click('Create the case');
    await arrive(page, 'Avery Lee', 'the new case');

    // The overview's meetings card: with no meeting yet, its next step opens the meetings page with the form open.
    await click('Add a meeting', 'link');
    steps += 1;
    await page.selectOption('#meeting-kind', 'annual-review');
    await type('#meeting-location', 'Pleasant View Elementary, Room 2');
    await type('#session-0-date', daysFromToday(21));
    await type('#session-0-start', '09:00');
    await type('#session-0-end', '10:00');
    await click('Save the meeting');
    await arrive(page, "Plan for Avery Lee's meeting", 'the first plan');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('.task') !== null), { timeout: 5000 })
      .toBe(true);
    expect(steps).toBeLessThanOrEqual(STEP_BUDGET);
  }, 120_000);
});
