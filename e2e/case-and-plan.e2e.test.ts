import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectCspErrors, launchBrowser } from './support/browser';
import { expectNoAxeViolations } from './support/axe';
import { arrive, daysFromToday, focused, scrollWidth } from './support/page-checks';
import { startTestServer, type TestServer } from './support/server';
import { gotoCaseSection, openCaseSection } from './support/case-sections';

const EXAMPLE = fileURLToPath(new URL('./fixtures/case.example.json', import.meta.url));
const OWNER = { name: 'Maria Rivera', email: 'maria@example.org', password: 'a long family password' };

describe('a parent prepares for a meeting', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let caseUrl = '';
  let planUrl = '';
  let cspErrors: string[] = [];

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

  it('asks for the owner account on first run, then shows the empty case list', async () => {
    await page.goto('/');
    await arrive(page, 'Create the owner account', 'the first-run page');
    await expect
      .poll(() => page.locator('#account-password-hint').textContent(), { timeout: 5000 })
      .toContain('at least 10 characters');
    await page.fill('#account-name', OWNER.name);
    await page.fill('#account-email', OWNER.email);
    await page.fill('#account-password', OWNER.password);
    await page.getByRole('button', { name: 'Show password' }).click();
    await expect
      .poll(() => page.locator('#account-password').getAttribute('type'), { timeout: 5000 })
      .toBe('text');
    await page.getByRole('button', { name: 'Create the owner account' }).click();
    await arrive(page, 'Set up transcripts', 'the first-run transcript step');
    await page.getByRole('link', { name: 'Go to my cases' }).click();
    await arrive(page, 'My cases', 'the case list');
    await expect(page.title()).resolves.toBe('My cases - IEP Ready');
    // A route change moves focus to the new page's heading.
    await expect(focused(page)).resolves.toMatchObject({ tag: 'h1', text: 'My cases' });
  });

  it('creates a case with the form, listing missing fields in an error summary first', async () => {
    // With no case yet, the home's welcome offers the first case.
    await page.getByRole('link', { name: 'Start my child’s case' }).click();
    await arrive(page, 'New case', 'the new case form');
    await page.getByRole('button', { name: 'Create the case' }).click();
    await page.locator('.error-summary').waitFor();
    await expect(focused(page)).resolves.toMatchObject({ className: 'error-summary' });
    await expect
      .poll(() => page.locator('#student-name').getAttribute('aria-describedby'), { timeout: 5000 })
      .toContain('student-name-error');
    await expectNoAxeViolations(page, 'the new case form with errors');
    await page.locator('.error-summary a', { hasText: "Enter the student's name." }).click();
    await expect(focused(page)).resolves.toMatchObject({ tag: 'input', id: 'student-name' });

    await page.fill('#student-name', 'Avery Lee');
    await page.fill('#student-dateOfBirth', '2014-05-06');
    await page.fill('#student-grade', '6');
    await page.fill('#student-school', 'Pleasant View Elementary');
    await page.fill('#student-district', 'Springfield R-XII');
    await page.selectOption('#student-planType', '504');
    await page.fill('#parent-name', 'Sam Lee');
    await page.fill('#parent-email', 'sam.lee@example.org');
    await page.fill('#parent-phone', '417-555-0100');
    await page.fill('#parent-address', '12 Oak Street, Springfield, MO 65802');
    await page.getByRole('button', { name: 'Create the case' }).click();
    await arrive(page, 'Avery Lee', 'a new case');
    await expect(
      page.getByText('Requests and notices go to both your district and SSD.').count(),
    ).resolves.toBe(0);
    await expect
      .poll(() => page.locator('main').textContent(), { timeout: 5000 })
      .toContain('Section 504 plan');
  });

  it('imports the example case file and shows the SSD note and the team roster', async () => {
    await page.getByRole('link', { name: 'My cases' }).click();
    await arrive(page, 'My cases', 'the case list with one case');
    await page.getByRole('link', { name: 'Import a case file' }).click();
    await arrive(page, 'Import a case file', 'the import page');
    await page.setInputFiles('#case-file', EXAMPLE);
    await page.getByRole('button', { name: 'Import the case' }).click();
    await arrive(page, 'Jordan Rivera', 'the imported case');
    caseUrl = new URL(page.url()).pathname;
    expect(caseUrl).toMatch(/^\/cases\/[^/]+$/);
    await openCaseSection(page, 'child');
    await expect(
      page.getByText('Requests and notices go to both your district and SSD.').count(),
    ).resolves.toBe(1);
    await expect.poll(() => page.locator('table tbody tr').count(), { timeout: 5000 }).toBe(8);
    await expect
      .poll(() => page.locator('table tbody tr', { hasText: 'Alex Morgan' }).textContent(), { timeout: 5000 })
      .toContain('SSD Director of Special Education');
  });

  it('lists both cases with plan type, district and the SSD badge', async () => {
    await page.getByRole('link', { name: 'My cases' }).click();
    await arrive(page, 'My cases', 'the case list with two cases');
    const jordan = page.locator('.card', { hasText: 'Jordan Rivera' });
    await expect.poll(() => jordan.textContent(), { timeout: 5000 }).toContain('Hazelwood School District');
    await expect.poll(() => jordan.locator('.badge', { hasText: 'SSD' }).count(), { timeout: 5000 }).toBe(1);
    const avery = page.locator('.card', { hasText: 'Avery Lee' });
    await expect.poll(() => avery.textContent(), { timeout: 5000 }).toContain('504 plan');
    await expect.poll(() => avery.locator('.badge').count(), { timeout: 5000 }).toBe(0);
    await jordan.getByRole('link', { name: 'Jordan Rivera', exact: true }).click();
    await arrive(page, 'Jordan Rivera', 'the imported case again');
    await openCaseSection(page, 'child');
  });

  it('adds a team member, and keeps what was typed when the case changed somewhere else', async () => {
    await page.getByRole('button', { name: 'Add a team member' }).click();
    await page.fill('#member-name', 'Taylor Kim');
    await page.selectOption('#member-role', 'speech-language-pathologist');
    await page.selectOption('#member-employer', 'ssd');
    await page.fill('#member-email', 'taylor.kim@example.org');
    await page.getByRole('button', { name: 'Add to the team' }).click();
    await page.getByRole('status').filter({ hasText: 'Added Taylor Kim to the team.' }).waitFor();
    await expect.poll(() => page.locator('table tbody tr').count(), { timeout: 5000 }).toBe(9);

    await page.getByRole('button', { name: 'Edit Taylor Kim' }).click();
    await page.fill('#member-title', 'Speech therapist, grades 6-8');
    // Someone else saves the case (another tab): this page's version is now stale.
    const id = caseUrl.split('/').pop() ?? '';
    const me = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
    const current = (await (await page.request.get(`/api/cases/${id}`)).json()) as {
      version: number;
      file: { closures: unknown[] };
    };
    const put = await page.request.put(`/api/cases/${id}`, {
      headers: { 'x-csrf-token': me.csrfToken },
      data: { version: current.version, file: { ...current.file, closures: [] } },
    });
    expect(put.status()).toBe(200);

    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('This case changed somewhere else. Reload to see the newest version.').waitFor();
    await expect
      .poll(() => page.inputValue('#member-title'), { timeout: 5000 })
      .toBe('Speech therapist, grades 6-8');
    await page.getByRole('button', { name: 'Reload' }).click();
    // Saving before the newest version has loaded would still carry the old version: wait for the notice to go.
    await page.getByRole('button', { name: 'Reload' }).waitFor({ state: 'detached' });
    await expect
      .poll(() => page.inputValue('#member-title'), { timeout: 5000 })
      .toBe('Speech therapist, grades 6-8');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved Taylor Kim.' }).waitFor();
    await expect
      .poll(() => page.locator('table tbody tr', { hasText: 'Taylor Kim' }).textContent(), { timeout: 5000 })
      .toContain('Speech therapist, grades 6-8');
    await page.getByRole('button', { name: 'Remove Sam Ortiz' }).click();
    await page.getByRole('status').filter({ hasText: 'Removed Sam Ortiz from the team.' }).waitFor();
    await expect.poll(() => page.locator('table tbody tr').count(), { timeout: 5000 }).toBe(8);
    await expectNoAxeViolations(page, 'the case after team changes');
  });

  it('adds and removes closed days', async () => {
    await page.getByRole('link', { name: 'Back to Jordan Rivera’s case' }).click();
    await arrive(page, 'Jordan Rivera', 'the case overview');
    await openCaseSection(page, 'meetings');
    await page.fill('#closure-from', '2026-12-21');
    await page.fill('#closure-to', '2027-01-01');
    await page.fill('#closure-reason', 'Winter break');
    await page.getByRole('button', { name: 'Add closed days' }).click();
    await page.getByRole('status').filter({ hasText: 'The closed days are saved.' }).waitFor();
    await expect.poll(() => page.locator('.closure-row').count(), { timeout: 5000 }).toBe(1);
    await page.getByRole('button', { name: 'Remove Winter break' }).click();
    await page.getByRole('status').filter({ hasText: 'The closed days are removed.' }).waitFor();
    await expect.poll(() => page.locator('.closure-row').count(), { timeout: 5000 }).toBe(0);
  });

  it('adds a meeting that runs over two days', async () => {
    await page.getByRole('button', { name: 'Add a meeting' }).click();
    await page.selectOption('#meeting-kind', 'reevaluation');
    await page.fill('#meeting-location', 'Northwest Middle School, Room 5');
    await expect.poll(() => page.inputValue('#meeting-zone'), { timeout: 5000 }).toBe('America/Chicago');
    await page.fill('#session-0-date', daysFromToday(28));
    await page.fill('#session-0-start', '09:00');
    await page.fill('#session-0-end', '11:30');
    await page.getByRole('button', { name: 'Add another day' }).click();
    await page.fill('#session-1-date', daysFromToday(29));
    await page.fill('#session-1-start', '13:00');
    await page.fill('#session-1-end', '15:00');
    await expectNoAxeViolations(page, 'the meeting form with two days');
    const caseUrl = page.url();
    await page.getByRole('button', { name: 'Save the meeting' }).click();
    // A new meeting opens its plan with the first task in focus: the next step is where the parent is.
    await page.getByRole('status').filter({ hasText: 'The meeting is saved.' }).waitFor();
    await arrive(page, "Plan for Jordan Rivera's meeting", 'the plan right after saving the meeting');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('.task') !== null), { timeout: 5000 })
      .toBe(true);
    const focusedTitle = await page.evaluate(
      () => document.activeElement?.querySelector('.task-title')?.textContent ?? '',
    );
    expect(focusedTitle).toBe((await page.locator('.task .task-title').first().textContent()) ?? '');
    await page.goto(caseUrl);
    await arrive(page, 'Meetings', 'the meetings after the new meeting');
    const card = page.locator('.card', { hasText: 'Room 5' });
    await expect.poll(() => card.locator('.plain-list li').count(), { timeout: 5000 }).toBe(2);
    await expect
      .poll(() => card.textContent(), { timeout: 5000 })
      .toMatch(/9:00 AM to 11:30 AM.*1:00 PM to 3:00 PM/);
  });

  it('opens the plan, expands a task, and marks it done', async () => {
    await page
      .locator('.card', { hasText: 'Room 5' })
      .getByRole('link', { name: /Open the plan/ })
      .click();
    await arrive(page, "Plan for Jordan Rivera's meeting", 'the plan');
    planUrl = new URL(page.url()).pathname;
    await expect
      .poll(() => page.getByText('IEP Ready gives information, not legal advice.').count(), { timeout: 5000 })
      .toBe(1);

    const first = page.locator('.task').first();
    const toggle = first.locator('button.disclosure');
    const title = ((await first.locator('.task-title').textContent()) ?? '').trim();
    await expect.poll(() => toggle.getAttribute('aria-expanded'), { timeout: 5000 }).toBe('false');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded'), { timeout: 5000 }).toBe('true');
    const details = await first.locator('.task-details').textContent();
    expect(details).toMatch(
      /Do this by(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, [A-Z][a-z]+ \d{1,2}(, \d{4})?, \d{1,2}:\d\d (AM|PM)/,
    );
    // The kind words come from core's one label table (rules/confidence.ts).
    expect(details).toMatch(/This is the law\.|This is our advice, not a law\./);
    // The sources are once per task, in a closed "Why" drawer, not a label on every bullet.
    const drawer = first.locator('details.why-drawer');
    await expect(drawer.count()).resolves.toBe(1);
    await drawer.locator('summary').click();
    const sources = (await drawer.locator('li').allTextContents()).join('\n');
    expect(sources).toMatch(
      /\((PRIMARY|SECONDARY|UNCONFIRMED): (read in the source itself|from a trusted guide)/,
    );
    const citations = await drawer.locator('.citation-name').allTextContents();
    expect(new Set(citations).size).toBe(citations.length);
    expect(
      await first.locator('.task-details > ul li, .task-details > dl').allTextContents(),
    ).not.toContainEqual(expect.stringContaining('PRIMARY:'));
    const canSpeak = await page.evaluate(() => 'speechSynthesis' in window);
    await expect(first.getByRole('button', { name: /^Read aloud/ }).count()).resolves.toBe(canSpeak ? 1 : 0);
    await expectNoAxeViolations(page, 'the plan with a task open');

    await first.getByRole('button', { name: /^Mark done/ }).click();
    const done = page.locator('section.group-done');
    await done.locator('.task-title', { hasText: title }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: `Marked done: ${title}.` })
      .waitFor();
    await expect(focused(page)).resolves.toMatchObject({ className: 'disclosure' });
    await expectNoAxeViolations(page, 'the plan after marking a task done');
  });

  it('downloads the plan as a calendar with one event per task', async () => {
    const tasks = await page.locator('.task').count();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download calendar (.ics)' }).click(),
    ]);
    const ics = fs.readFileSync(await download.path(), 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
    const events = ics.match(/^BEGIN:VEVENT/gm) ?? [];
    expect(events).toHaveLength(8);
    expect(events).toHaveLength(tasks);
  });

  it('shows the case as an overview under two laptop screens: a card per section, two columns', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(caseUrl);
    await arrive(page, 'Jordan Rivera', 'the overview at 1280 px');
    const summaries = page.locator('.case-overview .card-summary');
    await expect.poll(() => summaries.count(), { timeout: 5000 }).toBe(6);
    await expect
      .poll(() => page.locator('.case-overview').textContent(), { timeout: 5000 })
      .not.toContain('Loading');
    const lines = await summaries.allTextContents();
    expect(lines).toEqual([
      expect.stringMatching(/^Grade 7 at .+\. 1 parent, 8 on the school team\.$/),
      // (The example case's meeting is on 2026-12-07: on that day it is "next one today".)
      expect.stringMatching(
        /^2 meetings, next (one today|on (Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, [A-Z][a-z]+ \d{1,2}(, \d{4})?)$/,
      ),
      expect.stringMatching(/^\d+ goals? and \d+ services?$/),
      'No letters yet',
      'No recordings yet',
      'No papers in the binder yet',
    ]);
    await expect
      .poll(() => page.locator('.case-next-meeting').textContent(), { timeout: 5000 })
      .toMatch(/Next meeting: .+ (today|tomorrow|in \d+ days) \(/);
    // Two columns: the cards sit at two left edges, and the page is under two screens (1,600 px) high.
    const lefts = await page
      .locator('.case-overview > .card')
      .evaluateAll((cards) => [...new Set(cards.map((c) => Math.round(c.getBoundingClientRect().left)))]);
    expect(lefts).toHaveLength(2);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThanOrEqual(1600);
    await page.setViewportSize({ width: 1024, height: 800 });
  });

  it('fits a 320 px wide screen without sideways scrolling', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(caseUrl);
    await arrive(page, 'Jordan Rivera', 'the case at 320 px');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
    for (const section of ['child', 'meetings', 'goals', 'recordings'] as const) {
      await gotoCaseSection(page, caseUrl, section);
      expect(await scrollWidth(page), section).toBeLessThanOrEqual(320);
    }
    await page.goto(planUrl);
    await arrive(page, "Plan for Jordan Rivera's meeting", 'the plan at 320 px');
    await page.locator('button.disclosure').first().click();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 1024, height: 800 });
  });

  it('works with the keyboard alone: skip link first, then a task opens with Enter', async () => {
    await page.goto(caseUrl);
    await arrive(page, 'Jordan Rivera', 'the case (keyboard)');
    await page.keyboard.press('Tab');
    await expect(focused(page)).resolves.toMatchObject({ tag: 'a', text: 'Skip to main content' });
    await page.keyboard.press('Enter');
    await expect(focused(page)).resolves.toMatchObject({ tag: 'main', id: 'main' });

    await page.goto(planUrl);
    await arrive(page, "Plan for Jordan Rivera's meeting", 'the plan (keyboard)');
    let current = await focused(page);
    for (let i = 0; i < 40 && !current.className.includes('disclosure'); i += 1) {
      await page.keyboard.press('Tab');
      current = await focused(page);
    }
    expect(current).toMatchObject({ tag: 'button', className: 'disclosure', expanded: 'false' });
    await page.keyboard.press('Enter');
    await expect(focused(page)).resolves.toMatchObject({ className: 'disclosure', expanded: 'true' });
  });

  it('sends the user to sign in when the session ends, then back to the same page', async () => {
    await context.clearCookies();
    await page
      .locator('.task')
      .first()
      .getByRole('button', { name: /^Mark (not )?done/ })
      .click();
    await arrive(page, 'Sign in', 'sign-in after the session ended');
    await expect
      .poll(() => page.getByText('Your session has ended. Please sign in again.').count(), { timeout: 5000 })
      .toBe(1);
    await page.fill('#signin-email', OWNER.email);
    await page.fill('#signin-password', OWNER.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await arrive(page, "Plan for Jordan Rivera's meeting", 'the plan after signing in again');
    expect(new URL(page.url()).pathname).toBe(planUrl);
  });

  it('loaded every page without breaking the content security policy', () => {
    expect(cspErrors).toEqual([]);
  });
});
