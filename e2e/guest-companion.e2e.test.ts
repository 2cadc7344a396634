import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { collectCspErrors, launchBrowser } from './support/browser';
import { arrive, scrollWidth } from './support/page-checks';
import { startTestServer, type TestServer } from './support/server';
import { exampleCaseInDays, importCaseFile, signUpOwner } from './support/setup';

interface Readability {
  fleschKincaidGrade(text: string): number;
}
// text-readability ships no types; a variable specifier keeps TypeScript from asking for them.
const readabilityModule = 'text-readability';
const readability = ((await import(readabilityModule)) as { default: Readability }).default;
const mainGrade = async (page: Page) =>
  readability.fleschKincaidGrade(await page.locator('main').innerText());
const panelGrade = async (page: Page) =>
  readability.fleschKincaidGrade(await page.locator('.guest-access').innerText());

// The support person at the table, two browsers: the owner opens the meeting companion and makes a guest code; a
// signed-out phone (320 px) types it with a name, adds a note and marks a card; the owner's list shows both marked
// "Added by Aunt Rosa (guest)" without a reload; the guest cannot open the case page or its API; after the owner
// ends access, the guest's next note is refused with a plain sentence. axe on every page.

describe('a guest at the table adds notes to the companion', () => {
  let server: TestServer;
  let browser: Browser;
  let owner: Page;
  let guest: Page;
  let caseId = '';
  let code = '';
  let tmp = '';
  const cspErrors: string[][] = [];
  let cardTitle = '';

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-e2e-guest-'));
    server = await startTestServer();
    browser = await launchBrowser();
    const ownerContext = await browser.newContext({
      baseURL: server.url,
      viewport: { width: 390, height: 844 },
    });
    owner = await ownerContext.newPage();
    cspErrors.push(collectCspErrors(owner));
    const phone = await browser.newContext({ baseURL: server.url, viewport: { width: 320, height: 640 } });
    guest = await phone.newPage();
    cspErrors.push(collectCspErrors(guest));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('makes a guest code on the companion page and shows it large with where to type it', async () => {
    await signUpOwner(owner);
    // The meeting is tomorrow, so its code works until 4 hours after tomorrow's scheduled end.
    caseId = await importCaseFile(owner, exampleCaseInDays(tmp, 1).file);
    await owner.goto(`/cases/${caseId}/meetings/m1/companion`);
    await arrive(owner, 'Meeting companion', 'the companion page');
    await owner.locator('.agenda-card').first().waitFor();
    cardTitle = (await owner.locator('.agenda-card h3').first().textContent()) ?? '';
    await owner.getByRole('heading', { name: 'Let someone at the table add notes' }).waitFor();
    await owner.getByRole('button', { name: 'Make a guest code' }).click();
    code = (await owner.locator('.guest-code').textContent({ timeout: 10_000 })) ?? '';
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
    await expect.poll(() => owner.locator('.guest-code-box').innerText()).toContain(`${server.url}/guest`);
    expect(await panelGrade(owner)).toBeLessThanOrEqual(8);
    await expectNoAxeViolations(owner, 'the companion with a guest code shown');
  }, 120_000);

  it('lets a signed-out phone join with the code and add a note and a tap, by keyboard', async () => {
    await guest.goto('/guest');
    await arrive(guest, 'Add notes to a meeting', 'the guest code page');
    expect(await mainGrade(guest)).toBeLessThanOrEqual(8);
    // A wrong code first: a plain sentence, nothing opens.
    await guest.fill('#guest-code', 'ABCD-2345');
    await guest.fill('#guest-name', 'Aunt Rosa');
    await guest.keyboard.press('Enter');
    await guest.getByText('This code does not work.').waitFor();
    await guest.fill('#guest-code', code.toLowerCase());
    await guest.locator('#guest-name').focus();
    await guest.keyboard.press('Enter');
    await arrive(guest, 'Meeting notes', 'the guest companion');
    expect(await scrollWidth(guest)).toBeLessThanOrEqual(320);
    await guest.locator('#guest-note').fill('They agreed to weekly reading reports.');
    await guest.getByRole('button', { name: 'Add the note' }).click();
    await guest.getByText('Your note was added.').waitFor();
    const card = guest.locator('.guest-cards > li', { has: guest.locator('h3', { hasText: cardTitle }) });
    await card.getByRole('button', { name: 'Agreed' }).focus();
    await guest.keyboard.press('Enter');
    await expect.poll(() => card.innerText()).toContain('Added by Aunt Rosa (guest)');
    const text = await guest.locator('main').innerText();
    for (const secret of ['Jordan', 'Rivera', caseId]) expect(text).not.toContain(secret);
    expect(await mainGrade(guest)).toBeLessThanOrEqual(8);
    await expectNoAxeViolations(guest, 'the guest companion with a note and a tap');
  }, 60_000);

  it("shows the guest's note and tap on the owner's companion, marked with the guest's name, without a reload", async () => {
    const note = owner.locator('.note-list li', { hasText: 'They agreed to weekly reading reports.' });
    await note.waitFor({ timeout: 20_000 });
    expect(await note.innerText()).toContain('Added by Aunt Rosa (guest)');
    const card = owner.locator('.agenda-card', { has: owner.locator('h3', { hasText: cardTitle }) });
    await expect.poll(() => card.innerText(), { timeout: 20_000 }).toContain('Added by Aunt Rosa (guest)');
    await expect
      .poll(() => owner.locator('.guest-list').innerText(), { timeout: 20_000 })
      .toContain('Aunt Rosa is adding notes.');
    await expectNoAxeViolations(owner, 'the companion with a guest note');
  }, 60_000);

  it('keeps the guest out of the case page and its API', async () => {
    expect((await guest.request.get(`/api/cases/${caseId}`)).status()).toBe(401);
    expect((await guest.request.get(`/api/cases/${caseId}/meetings/m1/companion`)).status()).toBe(401);
    const other = await guest.context().newPage();
    await other.goto(`/cases/${caseId}`);
    await other.locator('h1').first().waitFor();
    expect(await other.locator('main').innerText()).not.toContain('Jordan');
    await other.close();
  }, 30_000);

  it("refuses the guest's next note with a plain sentence after the owner ends access", async () => {
    await owner.getByRole('button', { name: 'End access for Aunt Rosa' }).click();
    await owner.getByText('Aunt Rosa can no longer add notes.').waitFor();
    await guest.locator('#guest-note').fill('One more thing.');
    await guest.getByRole('button', { name: 'Add the note' }).click();
    await guest.getByText('Your guest access to these meeting notes has ended.').waitFor();
    await arrive(guest, 'Add notes to a meeting', 'the guest page after access ended');
    expect(await mainGrade(guest)).toBeLessThanOrEqual(8);
    expect(cspErrors.flat()).toEqual([]);
  }, 30_000);
});
