import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { launchBrowser } from './support/browser';
import { startTestServer, type TestServer } from './support/server';
import { arrive, daysFromToday, scrollWidth } from './support/page-checks';
import { machineWords } from './support/plain-words';
import { exampleCaseInDays, importCaseFile, signUpOwner } from './support/setup';

// The home page through the real server: a case whose meeting is 5 days away, a records request sent three weeks
// ago (the school is late with the Sunshine answer), one step ticked: the card says the meeting in days and words,
// lists the next three steps with their days, what is late on both sides, and "1 of N done". Axe finds nothing,
// no machine words, and a 320 px phone does not scroll sideways.

interface Readability {
  fleschKincaidGrade(text: string): number;
}
const readabilityModule = 'text-readability';
const readability = ((await import(readabilityModule)) as { default: Readability }).default;

describe('the home page', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let dir = '';

  async function api(method: 'PUT' | 'POST', url: string, data: unknown) {
    const me = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
    const r = await page.request.fetch(url, { method, headers: { 'x-csrf-token': me.csrfToken }, data });
    if (!r.ok()) throw new Error(`${method} ${url}: ${r.status()} ${await r.text()}`);
    return r;
  }

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-home-'));
    server = await startTestServer();
    browser = await launchBrowser();
    page = await (
      await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 900 } })
    ).newPage();
    await signUpOwner(page);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('first run: the welcome shows the path, and the example case is one click away', async () => {
    await page.goto('/');
    await arrive(page, 'My cases', 'the empty home page');
    const welcome = await page.locator('.welcome').innerText();
    expect(welcome).toMatch(/Prepare\..*Record\..*Review\..*Follow up\..*Escalate\./s);
    await page.getByRole('link', { name: 'Start my child’s case' }).waitFor();
    await page.getByRole('button', { name: 'Explore an example case' }).click();
    await arrive(page, 'Jordan Rivera (example)', 'the example case');
  }, 60_000);

  it('shows the next meeting in days, the next three steps, what is late and the plan’s count', async () => {
    await page.goto('/');
    await arrive(page, 'My cases', 'the home page with the example');
    // Meeting m1 in 5 days; an earlier meeting six weeks ago, for which a records request went three weeks ago
    // (so m1's own "ask for records" step stays open and is late, and the school's Sunshine answer is late).
    const { file } = exampleCaseInDays(dir, 5);
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      meetings: { id: string; sessions: unknown }[];
    };
    const earlier = daysFromToday(-42);
    const [m1] = data.meetings;
    if (!m1) throw new Error('The example case has no meeting.');
    data.meetings.unshift({
      ...m1,
      id: 'm0',
      sessions: [{ start: `${earlier}T09:00:00`, end: `${earlier}T10:00:00` }],
    });
    fs.writeFileSync(file, JSON.stringify(data));
    const caseId = await importCaseFile(page, file);
    const letters = `/api/cases/${caseId}/letters/records-request`;
    await api('PUT', `${letters}/draft`, {
      meetingId: 'm0',
      answers: { records: ['service-logs'], publicRecords: ['sped-policies'] },
    });
    await api('POST', `${letters}/sent`, {
      meetingId: 'm0',
      method: 'email',
      sentAt: new Date(Date.now() - 21 * 86_400_000).toISOString(),
    });
    const home = (await (await page.request.get('/api/home')).json()) as {
      cases: { home: { nextSteps: { meetingId: string; taskId: string }[] } }[];
    };
    const step = home.cases[0]?.home.nextSteps[0];
    if (!step) throw new Error('The home has no next step to tick.');
    await api('PUT', `/api/cases/${caseId}/meetings/${step.meetingId}/tasks/${step.taskId}`, { done: true });
    await page.goto('/');
    await arrive(page, 'My cases', 'the home page');
    // The soonest meeting first: the imported case (5 days) before the example (14 days).
    const card = page.getByRole('list', { name: 'My children' }).getByRole('listitem').first();
    await card.getByRole('heading', { name: 'Jordan Rivera', exact: true }).waitFor();
    const text = await card.innerText();
    expect(text).toMatch(
      /Next meeting: in [4-6] days, (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), [A-Z][a-z]+ \d{1,2}(, \d{4})?\./,
    );
    const next = card.locator('ol.home-steps > li');
    expect(await next.count()).toBe(3);
    for (const line of await next.allInnerTexts())
      expect(line).toMatch(/\n(Due|Best done) (today|tomorrow|in \d+ days|yesterday|\d+ days ago), /);
    await card.getByRole('heading', { name: /Your steps that are late/ }).waitFor();
    await card.getByRole('heading', { name: /The school is late with/ }).waitFor();
    expect(text).toMatch(/\d+ days late\./);
    expect(text).toMatch(/Plan for the next meeting: 1 of \d+ done/);
    await expect(card.locator('progress').getAttribute('value')).resolves.toBe('1');
    expect(machineWords(await page.locator('main').innerText())).toEqual([]);
    // The page's own sentences (not the plan's step titles, tested with the plan) read at grade 8 or below.
    const own = await page.locator('main > p, .welcome p, .home-meeting').allInnerTexts();
    expect(readability.fleschKincaidGrade(own.join(' '))).toBeLessThanOrEqual(8);
    await expectNoAxeViolations(page, 'the home page with a case');
  }, 60_000);

  it('keeps two columns on a wide screen and one with no sideways scroll at 320 px', async () => {
    await page.goto('/');
    await arrive(page, 'My cases', 'the home page');
    const columns = await page
      .locator('ul.two-columns')
      .first()
      .evaluate((el) => getComputedStyle(el).gridTemplateColumns.split(' ').length);
    expect(columns).toBe(2);
    await page.setViewportSize({ width: 320, height: 700 });
    await page.getByRole('heading', { name: 'Jordan Rivera', exact: true }).waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page, 'the home page at 320 px');
    await page.setViewportSize({ width: 1280, height: 900 });
  }, 60_000);

  it('the old address of the case list opens the home', async () => {
    await page.goto('/cases');
    await arrive(page, 'My cases', 'the home page from /cases');
    expect(new URL(page.url()).pathname).toBe('/');
  }, 30_000);
});
