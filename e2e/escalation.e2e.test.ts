import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { computeDeadline, plainDayDate } from '@iep/core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { collectCspErrors, launchBrowser } from './support/browser';
import { arrive, scrollWidth } from './support/page-checks';
import { startTestServer, type TestServer } from './support/server';
import { exampleCaseInDays, importCaseFile, signUpOwner } from './support/setup';

// The escalation page end to end: from the case page, an IEP case whose meeting was 30 days ago shows the IEP ways
// up with the child complaint and due process windows counted from that meeting, the "Why" of each, the link to
// the child complaint letter, and the "date you knew" changed and kept after a reload; a 504 case shows the 504
// hearing and OCR, not due process. axe on each state, and at 320 px wide. Page text at grade 8.5 or below.

interface Readability {
  fleschKincaidGrade(text: string): number;
}
// text-readability ships no types; a variable specifier keeps TypeScript from asking for them.
const readabilityModule = 'text-readability';
const readability = ((await import(readabilityModule)) as { default: Readability }).default;

describe('the escalation page: the ways up and their time limits', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let cspErrors: string[] = [];
  let dir = '';
  let meetingDate = '';

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    context = await browser.newContext({ baseURL: server.url, viewport: { width: 1024, height: 800 } });
    page = await context.newPage();
    cspErrors = collectCspErrors(page);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-escalation-'));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const option = (title: string) => page.getByRole('region', { name: title, exact: true });

  it('opens from the case page and shows the IEP ways up with windows from the meeting', async () => {
    await signUpOwner(page);
    const made = exampleCaseInDays(dir, -30);
    meetingDate = made.meetingDate;
    await importCaseFile(page, made.file);
    await page.getByRole('link', { name: 'Ways to take it further' }).click();
    await arrive(page, 'Ways to take it further', 'the escalation page of an IEP case');
    await page.getByText('Your child has an IEP, so these are the IEP ways.').waitFor();
    for (const title of [
      'Talk to a leader at the district',
      'A facilitated IEP meeting',
      'Mediation',
      'A child complaint to DESE',
      'A due process hearing',
      'A complaint to the Office for Civil Rights',
    ])
      await option(title).waitFor();
    expect(await page.getByRole('heading', { name: 'A 504 hearing at the district' }).count()).toBe(0);

    const complaint = computeDeadline('child-complaint-window', { from: meetingDate });
    await option('A child complaint to DESE')
      .getByText(`The window closes on ${plainDayDate(complaint.due)}.`)
      .waitFor();
    await expect
      .poll(() =>
        option('A child complaint to DESE')
          .getByText(/^\d+ days left\.$/)
          .count(),
      )
      .toBe(1);
    const dueProcess = computeDeadline('due-process-window', { from: meetingDate });
    await option('A due process hearing')
      .getByText(`The window closes on ${plainDayDate(dueProcess.due)}.`, { exact: false })
      .waitFor();
    await option('A due process hearing')
      .getByText('Counted from the day you knew about it, the day it happened')
      .waitFor();
    await page.getByRole('heading', { name: 'Who can help' }).waitFor();
    await page.getByRole('link', { name: '800-743-7634' }).waitFor();
  });

  it('shows the legal basis under "Why", with its source and confidence', async () => {
    const dp = option('A due process hearing');
    await dp.locator('summary', { hasText: 'Why' }).click();
    await dp
      .getByText('Source: RSMo 162.961; 34 CFR 300.507, 300.511(e)-(f); 20 USC 1415(f)(3)(C)', {
        exact: false,
      })
      .waitFor();
    await dp.getByText('PRIMARY: read in the source itself', { exact: false }).waitFor();
    const talk = option('Talk to a leader at the district');
    await talk.locator('summary', { hasText: 'Why' }).click();
    await talk.getByText('This is our advice, not a law.').waitFor();
    await expectNoAxeViolations(page, 'the escalation page with two "Why" open');
  });

  it('changes the day you knew, and the due process window moves and stays after a reload', async () => {
    const dp = option('A due process hearing');
    await dp.locator('summary', { hasText: 'Change the day you knew' }).click();
    const later = new Date(`${meetingDate}T12:00:00Z`);
    later.setUTCDate(later.getUTCDate() + 10);
    const knew = later.toISOString().slice(0, 10);
    await dp.getByLabel('The day you knew about it').fill(knew);
    await dp.getByRole('button', { name: 'Save the day you knew' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved. The time limit now counts from' }).waitFor();
    const moved = computeDeadline('due-process-window', { from: knew });
    await dp.getByText(`The window closes on ${plainDayDate(moved.due)}.`, { exact: false }).waitFor();
    await dp.getByText('Counted from the day you said you knew about it').waitFor();
    // The child complaint still counts from the meeting.
    const complaint = computeDeadline('child-complaint-window', { from: meetingDate });
    await option('A child complaint to DESE')
      .getByText(`The window closes on ${plainDayDate(complaint.due)}.`)
      .waitFor();
    await expectNoAxeViolations(page, 'the escalation page after changing the day you knew');

    await page.reload();
    await arrive(page, 'Ways to take it further', 'the escalation page after a reload');
    await option('A due process hearing')
      .getByText(`The window closes on ${plainDayDate(moved.due)}.`, { exact: false })
      .waitFor();

    // A day before the meeting is refused in plain words.
    const dp2 = option('A due process hearing');
    await dp2.locator('summary', { hasText: 'Change the day you knew' }).click();
    await dp2.getByLabel('The day you knew about it').fill('2020-01-01');
    await dp2.getByRole('button', { name: 'Save the day you knew' }).click();
    await dp2.getByText('The day you knew cannot be before the day it happened', { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'the escalation page with a refused day');
  });

  it('reads at grade 8.5 or below, fits 320 px, and links to the child complaint letter', async () => {
    const paragraphs = await page.locator('main p, main li').allInnerTexts();
    const prose = paragraphs
      .filter((t) => t.split(/\s+/).length >= 8 && !/Source:|CFR|RSMo|Phone:/.test(t))
      .join(' ');
    expect(readability.fleschKincaidGrade(prose)).toBeLessThanOrEqual(8.5);

    await page.setViewportSize({ width: 320, height: 700 });
    expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page, 'the escalation page at 320 px');
    await page.setViewportSize({ width: 1024, height: 800 });

    await page.getByRole('link', { name: 'Write the child complaint letter' }).click();
    await arrive(page, /Child complaint/, 'the child complaint letter');
  });

  it('shows a 504 case the 504 hearing and OCR, not due process or a child complaint', async () => {
    const made = exampleCaseInDays(dir, -20);
    const data = JSON.parse(fs.readFileSync(made.file, 'utf8')) as { student: { planType: string } };
    data.student.planType = '504';
    const file = path.join(dir, 'case-504.json');
    fs.writeFileSync(file, JSON.stringify(data));
    await page.goto('/cases');
    await importCaseFile(page, file);
    await page.getByRole('link', { name: 'Ways to take it further' }).click();
    await arrive(page, 'Ways to take it further', 'the escalation page of a 504 case');
    await page.getByText('Your child has a 504 plan, so these are the 504 ways.', { exact: false }).waitFor();
    await option('A 504 hearing at the district').waitFor();
    const ocr = computeDeadline('ocr-complaint', { from: made.meetingDate });
    await option('A complaint to the Office for Civil Rights')
      .getByText(`The window closes on ${plainDayDate(ocr.due)}.`, { exact: false })
      .waitFor();
    for (const idea of [
      'A due process hearing',
      'A child complaint to DESE',
      'Mediation',
      'A facilitated IEP meeting',
    ])
      expect(await page.getByRole('heading', { name: idea, exact: true }).count()).toBe(0);
    expect(cspErrors).toEqual([]);
  });
});
