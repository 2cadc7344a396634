import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { launchBrowser } from './support/browser';
import { arrive, focused, scrollWidth } from './support/page-checks';
import { startTestServer, type TestServer } from './support/server';
import { importCaseFile, signUpOwner } from './support/setup';
import { gotoCaseSection, openCaseSection } from './support/case-sections';

const EXAMPLE = fileURLToPath(new URL('./fixtures/case.example.json', import.meta.url));
const OWNER = { name: 'Maria Rivera', email: 'maria@example.org', password: 'a long family password' };
const SSD_NOTE = 'Requests and notices go to both your district and SSD.';

describe('a parent edits everything the case file holds', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let caseUrl = '';

  const status = (text: string) => page.getByRole('status').filter({ hasText: text }).waitFor();
  const caseId = () => caseUrl.split('/').pop() ?? '';
  const storedCase = async () =>
    (await (await page.request.get(`/api/cases/${caseId()}`)).json()) as {
      version: number;
      file: Record<string, unknown> & { student: { school: string; grade: string } };
    };
  const open = async (section: string) => {
    const toggle = page.getByRole('button', { name: new RegExp(`${section}\\W+\\d+ `) });
    if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  };

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1024, height: 800 } });
    page = await context.newPage();
    await signUpOwner(page, OWNER);
    await importCaseFile(page, EXAMPLE);
    caseUrl = new URL(page.url()).pathname;
    await openCaseSection(page, 'child');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("edits the student's school and district, and the SSD note follows the district", async () => {
    await expect.poll(() => page.getByText(SSD_NOTE).count(), { timeout: 5000 }).toBe(1);
    await page.getByRole('button', { name: 'Edit the student' }).click();
    await expect(focused(page)).resolves.toMatchObject({ tag: 'h3', text: 'Edit the student' });
    await page.fill('#student-school', '');
    await page.getByRole('button', { name: 'Save the student' }).click();
    await page.locator('.error-summary').waitFor();
    await expect(focused(page)).resolves.toMatchObject({ className: 'error-summary' });
    await expect
      .poll(() => page.locator('#student-school').getAttribute('aria-describedby'), { timeout: 5000 })
      .toBe('student-school-error');
    await expectNoAxeViolations(page, 'the student form with an error');

    await page.fill('#student-school', 'Kirby Middle School');
    await page.fill('#student-district', 'Springfield R-XII');
    await page.getByRole('button', { name: 'Save the student' }).click();
    await status('The student is saved.');
    await expect
      .poll(() => page.locator('.facts').textContent(), { timeout: 5000 })
      .toContain('Kirby Middle School');
    await expect.poll(() => page.getByText(SSD_NOTE).count(), { timeout: 5000 }).toBe(0);
    expect((await storedCase()).file.student.school).toBe('Kirby Middle School');

    await page.getByRole('button', { name: 'Edit the student' }).click();
    await page.fill('#student-district', 'Hazelwood School District');
    await page.getByRole('button', { name: 'Save the student' }).click();
    await status('The student is saved.');
    await expect.poll(() => page.getByText(SSD_NOTE).count(), { timeout: 5000 }).toBe(1);
    await expectNoAxeViolations(page, 'the case after editing the student');
  });

  it('adds a second parent and removes it; the last one stays, and the page says why', async () => {
    const onlyOne = page.getByText('A case needs at least one parent or guardian');
    await expect.poll(() => onlyOne.count(), { timeout: 5000 }).toBe(1);
    await expect
      .poll(() => page.getByRole('button', { name: 'Remove Maria Rivera' }).count(), { timeout: 5000 })
      .toBe(0);

    await page.getByRole('button', { name: 'Add a parent or guardian' }).click();
    await page.fill('#parent-name', 'Luis Rivera');
    await page.fill('#parent-email', 'not an email');
    await page.getByRole('button', { name: 'Add this person' }).click();
    await page.locator('.error-summary a', { hasText: 'This is not an email address.' }).click();
    await expect(focused(page)).resolves.toMatchObject({ tag: 'input', id: 'parent-email' });
    await expectNoAxeViolations(page, 'the parent form with an error');
    await page.fill('#parent-email', 'luis.rivera@example.org');
    await page.fill('#parent-relationship', 'father');
    await page.fill('#parent-preferredLanguage', 'Spanish');
    await page.getByRole('button', { name: 'Add this person' }).click();
    await status('Added Luis Rivera.');
    const luis = page.locator('.parent-card', { hasText: 'Luis Rivera' });
    await expect.poll(() => luis.textContent(), { timeout: 5000 }).toContain('Preferred language: Spanish');
    await expect.poll(() => onlyOne.count(), { timeout: 5000 }).toBe(0);

    await page.getByRole('button', { name: 'Remove Luis Rivera' }).click();
    await status('Removed Luis Rivera.');
    await expect.poll(() => page.locator('.parent-card').count(), { timeout: 5000 }).toBe(1);
    await expect.poll(() => onlyOne.count(), { timeout: 5000 }).toBe(1);
  });

  it("moves meeting m1's start time, refusing an end before the start, and the plan shows the new time", async () => {
    await gotoCaseSection(page, caseUrl, 'meetings');
    const card = page.locator('.card', { hasText: 'Room 112' });
    await expect.poll(() => card.textContent(), { timeout: 5000 }).toContain('9:00 AM to 11:30 AM');
    await card.getByRole('button', { name: 'Edit the Yearly IEP review' }).click();
    await expect.poll(() => page.inputValue('#session-0-date'), { timeout: 5000 }).toBe('2026-12-07');
    await expect.poll(() => page.inputValue('#session-0-start'), { timeout: 5000 }).toBe('09:00');
    await page.fill('#session-0-start', '12:00');
    await page.getByRole('button', { name: 'Save the meeting' }).click();
    await page.locator('.error-summary').waitFor();
    await expect
      .poll(() => page.locator('#session-0-end-error').textContent(), { timeout: 5000 })
      .toContain('ends before it starts');
    await expect
      .poll(() => page.locator('#session-0-end').getAttribute('aria-invalid'), { timeout: 5000 })
      .toBe('true');
    await expectNoAxeViolations(page, 'the meeting form with an end before the start');

    await page.fill('#session-0-start', '10:00');
    await page.getByRole('button', { name: 'Save the meeting' }).click();
    await status('The meeting is saved.');
    await expect.poll(() => card.textContent(), { timeout: 5000 }).toContain('10:00 AM to 11:30 AM');

    await card.getByRole('link', { name: /Open the plan/ }).click();
    await arrive(page, "Plan for Jordan Rivera's meeting", 'the plan after the time changed');
    await expect
      .poll(() => page.locator('main').textContent(), { timeout: 5000 })
      .toContain('December 7, 2026, 10:00 AM');
    await gotoCaseSection(page, caseUrl, 'goals');
  });

  it('asks before removing a meeting, and "Keep it" keeps the meeting', async () => {
    await gotoCaseSection(page, caseUrl, 'meetings');
    const card = page.locator('.card', { hasText: 'Room 112' });
    await card.getByRole('button', { name: 'Remove the Yearly IEP review' }).click();
    const question = card.getByRole('alert');
    await expect
      .poll(() => question.textContent(), { timeout: 5000 })
      .toContain('Its plan, notes and taps go with it');
    await expectNoAxeViolations(page, 'the question before removing a meeting');
    await question.getByRole('button', { name: 'Keep it' }).click();
    await expect.poll(() => card.getByRole('alert').count(), { timeout: 5000 }).toBe(0);
    await expect.poll(() => card.count(), { timeout: 5000 }).toBe(1);
    // The next tests start on the goals page, where the test before this one left them.
    await gotoCaseSection(page, caseUrl, 'goals');
  });

  it('adds a goal next to the ones with data, showing their counts and the data check link', async () => {
    await open('Goals');
    const reading = page.locator('.goal-card', { hasText: 'Reading fluency' });
    await expect
      .poll(() => reading.textContent(), { timeout: 5000 })
      .toContain('14 scores, 1 progress report');
    await page.getByRole('button', { name: 'Add a goal' }).click();
    await page.fill('#goal-baseline-date', '2026-09-01');
    await page.getByRole('button', { name: 'Add the goal' }).click();
    await page.locator('.error-summary').waitFor();
    await expect.poll(() => page.locator('.error-summary li').count(), { timeout: 5000 }).toBe(3);
    await expectNoAxeViolations(page, 'the goal form with errors');

    await page.fill('#goal-area', 'Math calculation');
    await page.fill('#goal-text', 'Jordan will solve two-step problems with 80% accuracy.');
    await page.fill('#goal-measure', 'percent correct');
    await page.fill('#goal-baseline-score', '40');
    await page.fill('#goal-target-date', '2027-05-14');
    await page.fill('#goal-target-score', '80');
    await page.check('#goal-has-mastery');
    await page.fill('#goal-threshold', '80');
    await page.fill('#goal-required', '4');
    await page.fill('#goal-window', '5');
    await expectNoAxeViolations(page, 'the goal form filled in');
    await page.getByRole('button', { name: 'Add the goal' }).click();
    await status('Saved the Math calculation goal.');
    const math = page.locator('.goal-card', { hasText: 'Math calculation' });
    await expect
      .poll(() => math.textContent(), { timeout: 5000 })
      .toContain('Met when 4 of the last 5 scores are at or above 80.');
    await expect.poll(() => math.textContent(), { timeout: 5000 }).toContain('0 scores, 0 progress reports');
    const saved = (await storedCase()).file['goals'] as { area: string; mastery?: { required: number } }[];
    expect(saved.map((g) => g.area)).toEqual(['Reading fluency', 'Written expression', 'Math calculation']);
    expect(saved[2]?.mastery?.required).toBe(4);
    const stored = await storedCase();
    expect(((stored.file['goals'] as { probes: unknown[] }[])[0]?.probes ?? []).length).toBe(14);

    // A goal with scores asks before it goes, since its scores go with it.
    await reading.getByRole('button', { name: 'Remove the Reading fluency goal' }).click();
    await expect
      .poll(() => reading.getByRole('alert').textContent(), { timeout: 5000 })
      .toContain('This also removes its data: 14 scores, 1 progress report.');
    await expectNoAxeViolations(page, 'the question before removing a goal with data');
    await reading.getByRole('button', { name: 'Keep it' }).click();
    await expect.poll(() => page.locator('.goal-card').count(), { timeout: 5000 }).toBe(3);
  });

  it('adds a service given by someone on the team', async () => {
    await open('Services');
    await page.getByRole('button', { name: 'Add a service' }).click();
    await page.fill('#service-name', 'Speech therapy');
    await page.fill('#service-setting', 'therapy room');
    await page.selectOption('#service-provider', 't1');
    await page.fill('#service-minutes', '30');
    await page.selectOption('#service-per', 'week');
    await page.fill('#service-start', '2026-09-01');
    await page.fill('#service-end', '2026-08-01');
    await page.getByRole('button', { name: 'Add the service' }).click();
    await page.locator('#service-end-error', { hasText: 'cannot come before the start date' }).waitFor();
    await expectNoAxeViolations(page, 'the service form with an error');
    await page.fill('#service-end', '2027-05-21');
    await page.getByRole('button', { name: 'Add the service' }).click();
    await status('Saved Speech therapy.');
    const card = page.locator('.service-card', { hasText: 'Speech therapy' });
    await expect
      .poll(() => card.textContent(), { timeout: 5000 })
      .toContain('30 minutes every week, in the therapy room.');
    await expect.poll(() => card.textContent(), { timeout: 5000 }).toContain('Given by Dana Johnson.');
  });

  it('adds a MAP result and lists it with the one from the file', async () => {
    await open('State test results');
    const rows = page.locator('#tests-body tbody tr');
    await expect.poll(() => rows.count(), { timeout: 5000 }).toBe(1);
    await page.getByRole('button', { name: 'Add a test result' }).click();
    await page.selectOption('#test-program', 'MAP');
    await page.fill('#test-year', '2026-27');
    await page.fill('#test-subject', 'Mathematics');
    await page.fill('#test-grade', '7');
    await page.fill('#test-level', 'Basic');
    await page.fill('#test-score', '301');
    await page.getByRole('button', { name: 'Add the result' }).click();
    await status('Added the MAP Mathematics 2026-27 result.');
    await expect.poll(() => rows.count(), { timeout: 5000 }).toBe(2);
    await expect.poll(() => rows.nth(1).textContent(), { timeout: 5000 }).toContain('301');
    await expectNoAxeViolations(page, 'every section open');
  });

  it('keeps what was typed when the case changed somewhere else (409), then saves after Reload', async () => {
    await gotoCaseSection(page, caseUrl, 'child');
    await page.getByRole('button', { name: 'Edit the student' }).click();
    await page.fill('#student-school', 'Hazelwood West Middle School');
    const me = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
    const current = await storedCase();
    const put = await page.request.put(`/api/cases/${caseId()}`, {
      headers: { 'x-csrf-token': me.csrfToken },
      data: { version: current.version, file: { ...current.file, closures: [] } },
    });
    expect(put.status()).toBe(200);

    await page.getByRole('button', { name: 'Save the student' }).click();
    await page.getByText('This case changed somewhere else. Reload to see the newest version.').waitFor();
    await expect
      .poll(() => page.inputValue('#student-school'), { timeout: 5000 })
      .toBe('Hazelwood West Middle School');
    await expectNoAxeViolations(page, 'the conflict notice');
    await page.getByRole('button', { name: 'Reload' }).click();
    // Saving before the newest version has arrived would conflict again; the notice leaves when it is here.
    await page.getByRole('button', { name: 'Reload' }).waitFor({ state: 'detached' });
    await expect
      .poll(() => page.inputValue('#student-school'), { timeout: 5000 })
      .toBe('Hazelwood West Middle School');
    await page.getByRole('button', { name: 'Save the student' }).click();
    await status('The student is saved.');
    const saved = await storedCase();
    expect(saved.file.student.school).toBe('Hazelwood West Middle School');
    expect(saved.file['closures']).toEqual([]);
  });

  it('fits 320 px with every section and a form open', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    await gotoCaseSection(page, caseUrl, 'goals');
    for (const section of ['Goals', 'Services', 'State test results']) await open(section);
    await page
      .locator('.goal-card', { hasText: 'Reading fluency' })
      .getByRole('button', { name: /^Edit/ })
      .click();
    await expect.poll(() => page.inputValue('#goal-threshold'), { timeout: 5000 }).toBe('110');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page, 'the case at 320 px with a goal form open');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await gotoCaseSection(page, caseUrl, 'child');
    await page.getByRole('button', { name: 'Edit the student' }).click();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 1024, height: 800 });
  });

  it('edits the student with the keyboard alone', async () => {
    await page.goto(caseUrl);
    await arrive(page, 'Jordan Rivera', 'the case (keyboard)');
    let current = await focused(page);
    // From the overview to the child's page by keyboard: Tab to the card's link, Enter.
    for (let i = 0; i < 40 && current.text !== 'See child and team'; i += 1) {
      await page.keyboard.press('Tab');
      current = await focused(page);
    }
    expect(current).toMatchObject({ tag: 'a', text: 'See child and team' });
    await page.keyboard.press('Enter');
    await arrive(page, 'Child and team', 'the child and team page (keyboard)');
    for (let i = 0; i < 60 && current.text !== 'Edit the student'; i += 1) {
      await page.keyboard.press('Tab');
      current = await focused(page);
    }
    expect(current).toMatchObject({ tag: 'button', text: 'Edit the student' });
    await page.keyboard.press('Enter');
    await expect(focused(page)).resolves.toMatchObject({ tag: 'h3', text: 'Edit the student' });
    for (let i = 0; i < 10 && current.id !== 'student-grade'; i += 1) {
      await page.keyboard.press('Tab');
      current = await focused(page);
    }
    expect(current).toMatchObject({ tag: 'input', id: 'student-grade' });
    await page.keyboard.press('Control+A');
    await page.keyboard.type('8');
    for (let i = 0; i < 10 && current.text !== 'Save the student'; i += 1) {
      await page.keyboard.press('Tab');
      current = await focused(page);
    }
    await page.keyboard.press('Enter');
    await status('The student is saved.');
    await expect(focused(page)).resolves.toMatchObject({ tag: 'button', text: 'Edit the student' });
    const grade = (await storedCase()).file.student.grade;
    expect(grade).toBe('8');
  });
});
