import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { arrive, focused } from './support/page-checks';
import { startTestServer, type TestServer } from './support/server';

const EXAMPLE = fileURLToPath(new URL('./fixtures/case.example.json', import.meta.url));
const BROKEN = fileURLToPath(new URL('./fixtures/broken-case.json', import.meta.url));

async function signUp(page: Page, button: string, name: string, email: string): Promise<void> {
  await page.fill('#account-name', name);
  await page.fill('#account-email', email);
  await page.fill('#account-password', 'a long family password');
  await page.getByRole('button', { name: button }).click();
  // The owner's first run has one more step: a better speech engine (optional).
  if (button === 'Create the owner account') {
    await arrive(page, 'Set up transcripts', 'the first-run transcript step');
    await page.getByRole('link', { name: 'Go to my cases' }).click();
  }
  await arrive(page, 'My cases', `the case list of ${name}`);
}

describe('accounts keep cases apart', () => {
  let server: TestServer;
  let browser: Browser;
  let owner: Page;
  let other: Page;
  let caseId = '';
  let inviteLink = '';
  let cancelledLink = '';

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    owner = await (await browser.newContext({ baseURL: server.url })).newPage();
    other = await (await browser.newContext({ baseURL: server.url })).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the owner imports a case, invites a second person, and signs out', async () => {
    await owner.goto('/');
    await arrive(owner, 'Create the owner account', 'the first-run page');
    await signUp(owner, 'Create the owner account', 'Maria Rivera', 'maria@example.org');
    await owner.goto('/cases/import');
    await arrive(owner, 'Import a case file', 'the import page');
    await owner.setInputFiles('#case-file', EXAMPLE);
    await owner.getByRole('button', { name: 'Import the case' }).click();
    await arrive(owner, 'Jordan Rivera', 'the imported case');
    caseId = new URL(owner.url()).pathname.split('/').pop() ?? '';
    expect(caseId).not.toBe('');

    // The owner's menu has "Invite someone": an email in, a one-time link out, with a Copy button.
    await owner.getByRole('link', { name: 'Invite someone' }).click();
    await arrive(owner, 'Invite someone', 'the invite page');
    await owner.fill('#invite-email', 'chris@example.org');
    await owner.getByRole('button', { name: 'Make an invitation link' }).click();
    const linkField = owner.locator('#invite-link');
    await linkField.waitFor();
    inviteLink = await linkField.inputValue();
    expect(inviteLink).toMatch(new RegExp(`^${server.url}/signup\\?invite=[\\w-]{40,}$`));
    await owner.getByRole('button', { name: 'Copy the link' }).click();
    await expect
      .poll(() => owner.getByRole('status').textContent(), { timeout: 5000 })
      .toMatch(/copied|selected/);
    await expect
      .poll(() => owner.getByRole('listitem').filter({ hasText: 'chris@example.org' }).count(), {
        timeout: 5000,
      })
      .toBe(1);
    await arrive(owner, 'Invite someone', 'the invite page with a link and a waiting invitation');
    // A link made and cancelled no longer works.
    await owner.fill('#invite-email', 'cancelled@example.org');
    await owner.getByRole('button', { name: 'Make an invitation link' }).click();
    await expect.poll(() => linkField.inputValue(), { timeout: 5000 }).not.toBe(inviteLink);
    cancelledLink = await linkField.inputValue();
    await owner.getByRole('button', { name: 'Cancel invitation for cancelled@example.org' }).click();
    await expect
      .poll(() => owner.getByRole('status').textContent(), { timeout: 5000 })
      .toMatch(/is cancelled/);

    await owner.getByRole('button', { name: 'Sign out' }).click();
    await arrive(owner, 'Sign in', 'the sign-in page after signing out');
    await expect.poll(() => owner.getByText('You are signed out.').count(), { timeout: 5000 }).toBe(1);
    await expect((await owner.request.get('/api/auth/me')).status()).toBe(401);
    // Signed out, the case address leads to sign-in, not to the case.
    await owner.goto(`/cases/${caseId}`);
    await arrive(owner, 'Sign in', 'sign-in instead of a case');
  });

  it('without an invitation, the sign-up page says how to get one', async () => {
    await other.goto('/signup');
    await arrive(other, 'Make an account', 'the closed sign-up page');
    await expect(other.locator('main').textContent()).resolves.toContain(
      'New accounts here need an invitation.',
    );
    expect(await other.locator('#account-password').count()).toBe(0);
    await other.goto(new URL(cancelledLink).pathname + new URL(cancelledLink).search);
    await arrive(other, 'Make an account', 'a cancelled invitation');
    await expect
      .poll(() => other.locator('main').textContent(), { timeout: 5000 })
      .toContain('This invitation was cancelled.');
  });

  it("a second person signs up with the link and cannot open the owner's case", async () => {
    await other.goto(new URL(inviteLink).pathname + new URL(inviteLink).search);
    await arrive(other, 'Make an account', 'the sign-up page of an invitation');
    await expect
      .poll(() => other.locator('#account-email').inputValue(), { timeout: 5000 })
      .toBe('chris@example.org');
    // A common password is refused with the server's reason next to the field.
    await other.fill('#account-name', 'Chris Doe');
    await other.fill('#account-password', 'password12');
    await other.getByRole('button', { name: 'Make my account' }).click();
    const reason = other.locator('#account-password-error');
    await reason.waitFor();
    expect(await reason.textContent()).toContain('This password is on a list of common passwords.');
    await arrive(other, 'Make an account', 'the sign-up page with a refused password');
    await other.fill('#account-password', 'a long family password');
    await other.getByRole('button', { name: 'Make my account' }).click();
    await arrive(other, 'My cases', 'the case list of Chris Doe');
    await expect
      .poll(() => other.getByText('You have no cases yet.', { exact: false }).count(), { timeout: 5000 })
      .toBe(1);
    // A member has no "Invite someone".
    expect(await other.getByRole('link', { name: 'Invite someone' }).count()).toBe(0);

    await other.goto(`/cases/${caseId}`);
    await arrive(other, 'Case not found', "the owner's case seen by someone else");
    await expect(other.locator('main').textContent()).resolves.not.toContain('Jordan');
    const response = await other.request.get(`/api/cases/${caseId}`);
    expect(response.status()).toBe(404);
    expect(await response.text()).not.toContain('Jordan');

    // The link worked once.
    const third = await (await browser.newContext({ baseURL: server.url })).newPage();
    await third.goto(new URL(inviteLink).pathname + new URL(inviteLink).search);
    await expect
      .poll(() => third.locator('main').textContent(), { timeout: 5000 })
      .toContain('This invitation has already been used.');
    await arrive(third, 'Make an account', 'a used invitation');
  });

  it('lists every problem of a broken case file, with its place in words, and saves nothing', async () => {
    await other.goto('/cases/import');
    await arrive(other, 'Import a case file', 'the import page');
    await other.setInputFiles('#case-file', BROKEN);
    await other.getByRole('button', { name: 'Import the case' }).click();
    const summary = other.locator('.error-summary');
    await summary.waitFor();
    await expect(focused(other)).resolves.toMatchObject({ className: 'error-summary' });
    const items = await summary.locator('li').allTextContents();
    expect(items.length).toBeGreaterThanOrEqual(4);
    const text = items.join('\n');
    expect(text).toContain("The child's details: name");
    expect(text).toContain("The child's details: date of birth");
    expect(text).toContain('Parent 1: email');
    expect(text).toContain('Meeting 1, day 1: end time');
    expect(text).not.toContain('$.');
    await expect
      .poll(() => summary.locator('h2').textContent(), { timeout: 5000 })
      .toMatch(/We found \d+ problems in this file\. Nothing was saved\./);
    await arrive(other, 'Import a case file', 'the import page with problems');
    const cases = (await (await other.request.get('/api/cases')).json()) as { cases: unknown[] };
    expect(cases.cases).toHaveLength(0);
  });
});
