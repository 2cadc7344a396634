import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { collectCspErrors, launchBrowser } from './support/browser';
import { arrive, scrollWidth } from './support/page-checks';
import { startTestServer, type TestServer } from './support/server';
import { EXAMPLE_CASE, importCaseFile, signUpOwner } from './support/setup';

// What the school owes, end to end: a records request for district records sent by email weeks ago is late (the
// Sunshine Law's 3 business days have passed), and its card starts the Sunshine follow-up letter as a draft filled
// with the day the request counted as received; then the school's answer is added to the binder and the item marked
// answered with it, linked to the paper, and the mark undone. axe on each page, and at 320 px wide.

describe('what the school owes: a late Sunshine request and its answer', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let cspErrors: string[] = [];
  let caseId = '';
  const api = async (method: 'put' | 'post', url: string, data: unknown) => {
    const me = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
    const response = await page.request[method](url, { headers: { 'x-csrf-token': me.csrfToken }, data });
    expect(response.status(), await response.text()).toBeLessThan(300);
    return response;
  };

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

  it('a late Sunshine request turns into the follow-up letter, ready to draft', async () => {
    await signUpOwner(page);
    caseId = await importCaseFile(page, EXAMPLE_CASE);
    const letters = `/api/cases/${caseId}/letters`;
    await api('put', `${letters}/records-request/draft`, {
      meetingId: 'm1',
      answers: { records: ['service-logs'], publicRecords: ['sped-policies'] },
    });
    // Mon Nov 16 2026 at 9:00 AM: received that day; the 3 business days ended Thu Nov 19.
    await api('post', `${letters}/records-request/sent`, {
      meetingId: 'm1',
      method: 'email',
      sentAt: '2026-11-16T09:00:00-06:00',
    });

    await page.getByRole('link', { name: 'See what the school owes' }).click();
    await arrive(page, 'What the school owes you', 'the answer tracker');
    const card = page.locator('.card', { hasText: 'Sunshine Law' });
    await page.getByRole('heading', { name: /^Late \(\d+\)$/ }).waitFor();
    await card.getByText('The last day was November 19, 2026.').waitFor();
    await card.getByText(/RSMo 610\.023\.3/).waitFor();
    await card.getByText(/Send a follow-up letter/).waitFor();

    await page.setViewportSize({ width: 320, height: 800 });
    expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page, 'the answer tracker at 320 px');
    await page.setViewportSize({ width: 1024, height: 800 });

    await card.getByRole('button', { name: 'Start the letter' }).click();
    await page.waitForURL(/\/letters\/sunshine-followup/);
    await arrive(page, /records request/i, 'the Sunshine follow-up letter');
    const draft = (await (await page.request.get(`${letters}/sunshine-followup/draft`)).json()) as {
      answers: Record<string, unknown>;
    };
    expect(draft.answers).toMatchObject({ requestDate: '2026-11-16', recordKind: 'public' });
  }, 120_000);

  it('marks the item answered with the paper from the binder, and undoes it', async () => {
    const me = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
    const added = await page.request.post(`/api/cases/${caseId}/documents`, {
      headers: { 'x-csrf-token': me.csrfToken },
      multipart: {
        title: 'District policies reply',
        kind: 'email',
        file: { name: 'reply.txt', mimeType: 'text/plain', buffer: Buffer.from('Here are the policies.') },
      },
    });
    expect(added.status(), await added.text()).toBe(201);

    await page.goto(`/cases/${caseId}/answers`);
    await arrive(page, 'What the school owes you', 'the answer tracker again');
    const card = page.locator('.card', { hasText: 'Sunshine Law' });
    await card.getByRole('button', { name: 'The school answered' }).click();
    await card.getByLabel('The paper with the answer').selectOption({ label: 'District policies reply' });
    await card.getByRole('button', { name: 'Mark as answered' }).click();
    await page.getByRole('status').filter({ hasText: 'Marked as answered.' }).waitFor();
    const answered = page.locator('.card', { hasText: 'Sunshine Law' });
    await answered.getByRole('link', { name: 'District policies reply' }).waitFor();
    await page.getByRole('heading', { name: /^Answered \(\d+\)$/ }).waitFor();
    await expectNoAxeViolations(page, 'the answer tracker with an answer');

    await answered.getByRole('button', { name: 'Undo answered' }).click();
    await page.getByRole('status').filter({ hasText: 'The mark was taken back.' }).waitFor();
    await page
      .locator('.card', { hasText: 'Sunshine Law' })
      .getByText(/That was \d+ days ago/)
      .waitFor();
    expect(cspErrors).toEqual([]);
  }, 120_000);
});
