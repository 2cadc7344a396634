import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { openCaseSection } from './support/case-sections';
import { arrive, focused, scrollWidth } from './support/page-checks';
import {
  closePeoplePages,
  csrfToken,
  importToneRecording,
  openPeoplePages,
  type PeoplePages,
} from './support/people-pages';
import { exampleCaseInDays, importCaseFile, signUpOwner } from './support/setup';

// Sharing a case end to end, one browser context per person: the owner invites a co-parent and an advocate, each
// joins from their own browser with the one-time link (making their account on the way); the advocate's "Families
// I help" shows both of the owner's families; a used or cancelled link says so plainly; a removed member's next
// request is refused; a clip link plays for a signed-out browser and nothing else, and revoking it gives 404 at
// once. axe on every page; the new pages at 320 px wide without sideways scrolling; the invite form by keyboard.

interface Readability {
  fleschKincaidGrade(text: string): number;
}
// text-readability ships no types; a variable specifier keeps TypeScript from asking for them.
const readabilityModule = 'text-readability';
const readability = ((await import(readabilityModule)) as { default: Readability }).default;
// innerText puts a blank line between paragraphs; text-readability ends a sentence only at a stop followed by ONE
// space or newline, so blank lines are folded first (else a page of short lines counts as one long sentence).
const mainGrade = async (page: Page) =>
  readability.fleschKincaidGrade((await page.locator('main').innerText()).replace(/\s*\n\s*/g, '\n'));

const COPARENT = { name: 'Sam Lee', email: 'sam.lee@example.org', password: 'another long family phrase' };
const ADVOCATE = {
  name: 'Ava Brooks',
  email: 'ava@advocates.example.org',
  password: 'advocate long phrase here',
};

/** The owner, on the case's People page, makes a link for `email` as `role`; returns the one-time link. */
async function invite(owner: Page, email: string, role: string, note = ''): Promise<string> {
  await owner.fill('#share-email', email);
  await owner.selectOption('#share-role', { label: role });
  await owner.fill('#share-note', note);
  await owner.getByRole('button', { name: 'Make the link' }).click();
  await owner.getByRole('heading', { name: `Link for ${email}` }).waitFor();
  await owner.getByText('This link works once and ends in 7 days.').waitFor();
  return owner.inputValue('#share-link');
}

/** A signed-out browser opens its link, makes its account on the join page and lands on the case. */
async function joinWithNewAccount(page: Page, link: string, who: typeof COPARENT, role: string) {
  await page.goto(link);
  await arrive(page, 'Join a case', 'the join page (signed out)');
  await page.getByText(`A family asked you to join their case as ${role}.`).waitFor();
  expect(await scrollWidth(page)).toBeLessThanOrEqual(page.viewportSize()?.width ?? 0);
  expect(await mainGrade(page)).toBeLessThanOrEqual(8);
  expect(await page.inputValue('#account-email')).toBe(who.email);
  await page.fill('#account-name', who.name);
  await page.fill('#account-password', who.password);
  await page.getByRole('button', { name: 'Make my account and join' }).click();
  await arrive(page, 'Jordan Rivera', 'the shared case after joining');
  await page
    .getByRole('status')
    .filter({ hasText: `You joined this case as ${role}.` })
    .waitFor();
}

describe('sharing a case: co-parent, advocate, removal, a clip for someone outside', () => {
  let people: PeoplePages | undefined;
  let owner: Page;
  let coparent: Page;
  let advocate: Page;
  let stranger: Page;
  let caseId = '';
  let secondCaseId = '';
  let advocateLink = '';
  let tmp = '';

  beforeAll(async () => {
    people = await openPeoplePages('sharing');
    tmp = people.tmp;
    owner = await people.page(1024);
    coparent = await people.page(1024);
    // The advocate and the signed-out visitor are on phones.
    advocate = await people.page(320);
    stranger = await people.page(320);
  }, 60_000);

  afterAll(() => closePeoplePages(people));

  it('the owner makes two cases and invites a co-parent and an advocate from People on this case', async () => {
    await signUpOwner(owner);
    const first = exampleCaseInDays(tmp, 10);
    caseId = await importCaseFile(owner, first.file);
    const second = exampleCaseInDays(tmp, 20);
    const data = JSON.parse(fs.readFileSync(second.file, 'utf8')) as { student: { name: string } };
    data.student.name = 'Riley Rivera';
    const secondFile = path.join(tmp, 'riley.json');
    fs.writeFileSync(secondFile, JSON.stringify(data));
    await owner.goto('/cases');
    await arrive(owner, 'My cases', 'the case list');
    secondCaseId = await importCaseFile(owner, secondFile, 'Riley Rivera');

    await owner.goto(`/cases/${caseId}`);
    await arrive(owner, 'Jordan Rivera', 'the case');
    await owner.getByRole('link', { name: 'People on this case' }).click();
    await arrive(owner, 'People on this case', 'the People page (owner, no one invited)');
    await owner.getByText('Can do it all: invite and remove people and delete the case, too.').waitFor();

    // The invite form by keyboard: Tab from the page's heading reaches the email field, the role and the button.
    await owner.locator('h1').focus();
    const reached: string[] = [];
    for (let i = 0; i < 30 && !reached.includes('Make the link'); i += 1) {
      await owner.keyboard.press('Tab');
      const f = await focused(owner);
      reached.push(f.id || f.text);
    }
    expect(reached).toEqual(
      expect.arrayContaining(['share-email', 'share-role', 'share-note', 'Make the link']),
    );

    const coparentLink = await invite(owner, COPARENT.email, 'Co-parent');
    expect(coparentLink).toMatch(new RegExp(`^${people?.server.url}/join\\?invite=`));
    await expectNoAxeViolations(owner, 'the People page with a new link');
    await owner
      .getByRole('status')
      .filter({ hasText: `The link for ${COPARENT.email} is ready` })
      .waitFor();
    advocateLink = await invite(owner, ADVOCATE.email, 'Advocate', 'The reading goal and the speech minutes');
    await owner.getByRole('button', { name: `Cancel the link for ${COPARENT.email}` }).waitFor();
    await owner.setViewportSize({ width: 320, height: 800 });
    expect(await scrollWidth(owner)).toBeLessThanOrEqual(320);
    await owner.setViewportSize({ width: 1024, height: 800 });

    await joinWithNewAccount(coparent, coparentLink, COPARENT, 'Co-parent');
    // A co-parent changes the case: the overview, and its sections' pages with their edit buttons.
    await openCaseSection(coparent, 'child');
    expect(await coparent.getByRole('button', { name: /^Edit/ }).count()).toBeGreaterThan(0);
  }, 120_000);

  it('the advocate joins on a phone and reads the case without edit buttons', async () => {
    await joinWithNewAccount(advocate, advocateLink, ADVOCATE, 'Advocate');
    expect(await scrollWidth(advocate)).toBeLessThanOrEqual(320);
    const main = advocate.locator('main');
    expect(await main.getByRole('button').count()).toBe(0);
    await main.getByRole('link', { name: 'Draft letters for the parent' }).waitFor();
    expect(await main.getByRole('link', { name: 'See shared links' }).count()).toBe(0);
    // A section's own page, opened by its address, shows the advocate no edit buttons either.
    for (const section of ['child', 'meetings', 'goals']) {
      await advocate.goto(`/cases/${caseId}/${section}`);
      await advocate.getByText('You can read this case. Only the family can change it.').waitFor();
      expect(await main.getByRole('button').count(), section).toBe(0);
    }
    await advocate.goto(`/cases/${caseId}`);
    await arrive(advocate, 'Jordan Rivera', 'the case (advocate)');

    await main.getByRole('link', { name: 'People on this case' }).click();
    await arrive(advocate, 'People on this case', 'the People page (advocate)');
    expect(await scrollWidth(advocate)).toBeLessThanOrEqual(320);
    await advocate.getByText('Only the owner of this case can invite or remove people.').waitFor();
    expect(await advocate.locator('main').getByRole('button').count()).toBe(0);
    expect(await advocate.locator('#share-email').count()).toBe(0);
    for (const name of ['Maria Rivera', COPARENT.name, ADVOCATE.name])
      await advocate.getByRole('heading', { name }).waitFor();

    // The server refuses what the page hides, with the same plain sentence.
    const refused = await advocate.request.post(`/api/cases/${caseId}/invitations`, {
      headers: { 'x-csrf-token': await csrfToken(advocate) },
      data: { email: 'x@example.org', role: 'viewer' },
    });
    expect(refused.status()).toBe(403);
    expect(((await refused.json()) as { error: string }).error).toBe(
      'Only the owner of this case can invite or remove people.',
    );

    // A used link says so and what to do next.
    await advocate.goto(advocateLink);
    await arrive(advocate, 'This link does not work', 'a used link');
    await advocate.getByText('This link was already used.').waitFor();
  }, 90_000);

  it('the advocate joins a second family while signed in; Families I help shows both', async () => {
    await owner.goto(`/cases/${secondCaseId}/people`);
    await arrive(owner, 'People on this case', 'the People page of the second case');
    const link = await invite(owner, ADVOCATE.email, 'Advocate', 'The 504 plan');
    await advocate.goto(link);
    await arrive(advocate, 'Join a case', 'the join page (signed in)');
    await advocate.getByRole('button', { name: 'Join the case' }).click();
    await arrive(advocate, 'Riley Rivera', 'the second shared case');

    await advocate.goto('/cases');
    await arrive(advocate, 'My cases', 'the advocate’s case list');
    // Each family is one item of the list; its card holds lists of its own (the next steps).
    const shared = advocate.getByRole('list', { name: 'Cases shared with me' }).locator(':scope > li');
    expect(await shared.count()).toBe(2);
    await shared.first().getByText('Your role: Advocate').waitFor();
    expect(await scrollWidth(advocate)).toBeLessThanOrEqual(320);

    await advocate.getByRole('link', { name: 'Families I help' }).click();
    await arrive(advocate, 'Families I help', 'the caseload');
    expect(await scrollWidth(advocate)).toBeLessThanOrEqual(320);
    const families = advocate.getByRole('list', { name: 'Families I help' }).getByRole('listitem');
    expect(await families.count()).toBe(2);
    expect(await mainGrade(advocate)).toBeLessThanOrEqual(8);
    expect(await families.nth(0).getByRole('heading').innerText()).toBe('Jordan Rivera');
    expect(await families.nth(1).getByRole('heading').innerText()).toBe('Riley Rivera');
    expect(await families.nth(0).innerText()).toMatch(/Next meeting: in (9|10|11) days\./);
    await families
      .nth(0)
      .getByText('They asked you to look at: The reading goal and the speech minutes')
      .waitFor();
    await families.nth(1).getByText('They asked you to look at: The 504 plan').waitFor();

    // The co-parent is no advocate: no "Families I help" in their menu.
    await coparent.goto('/cases');
    await arrive(coparent, 'My cases', 'the co-parent’s case list');
    await coparent
      .getByRole('list', { name: 'Cases shared with me' })
      .getByText('Your role: Co-parent')
      .waitFor();
    expect(await coparent.getByRole('link', { name: 'Families I help' }).count()).toBe(0);
  }, 90_000);

  it('a cancelled link says so to a signed-out browser', async () => {
    await owner.goto(`/cases/${caseId}/people`);
    await arrive(owner, 'People on this case', 'the People page');
    const link = await invite(owner, 'viewer@example.org', 'Viewer');
    await owner.getByRole('button', { name: 'Cancel the link for viewer@example.org' }).click();
    await owner.getByRole('status').filter({ hasText: 'is cancelled' }).waitFor();
    await stranger.goto(link.replace('/join?invite=', '/join/'));
    await arrive(stranger, 'This link does not work', 'a cancelled link');
    expect(await mainGrade(stranger)).toBeLessThanOrEqual(8);
    await stranger.getByText('This link was cancelled. Ask the family for a new one.').waitFor();
    expect(await scrollWidth(stranger)).toBeLessThanOrEqual(320);
  }, 60_000);

  it('a removed member loses the case on their next request', async () => {
    await coparent.goto(`/cases/${caseId}`);
    await arrive(coparent, 'Jordan Rivera', 'the case (co-parent)');
    await owner.goto(`/cases/${caseId}/people`);
    await arrive(owner, 'People on this case', 'the People page');
    await owner.getByRole('button', { name: `Remove ${COPARENT.name}` }).click();
    await owner.getByRole('alert').getByText(`Remove ${COPARENT.name} from this case?`).waitFor();
    await expectNoAxeViolations(owner, 'the removal question');
    await owner.getByRole('button', { name: `Yes, remove ${COPARENT.name}` }).click();
    await owner
      .getByRole('status')
      .filter({ hasText: `${COPARENT.name} is removed.` })
      .waitFor();
    await expect
      .poll(() => owner.getByRole('heading', { name: COPARENT.name }).count(), { timeout: 5000 })
      .toBe(0);

    expect((await coparent.request.get(`/api/cases/${caseId}`)).status()).toBe(404);
    await coparent.reload();
    await arrive(coparent, 'Case not found', 'the case after removal');
    await coparent.getByText('the family stopped sharing it with you').waitFor();
  }, 60_000);

  it('a person with an account who is signed out signs in from the join page, then joins', async () => {
    const link = await invite(owner, COPARENT.email, 'Co-parent');
    await coparent.getByRole('button', { name: 'Sign out' }).click();
    await arrive(coparent, 'Sign in', 'the sign-in page');
    await coparent.goto(link);
    await arrive(coparent, 'Join a case', 'the join page (account, signed out)');
    await coparent.getByRole('link', { name: 'Sign in to join' }).click();
    await arrive(coparent, 'Sign in', 'the sign-in page from the join page');
    await coparent.fill('#signin-email', COPARENT.email);
    await coparent.fill('#signin-password', COPARENT.password);
    await coparent.getByRole('button', { name: 'Sign in' }).click();
    await arrive(coparent, 'Join a case', 'the join page after signing in');
    await coparent.getByRole('button', { name: 'Join the case' }).click();
    await arrive(coparent, 'Jordan Rivera', 'the case after joining again');
    expect((await coparent.request.get(`/api/cases/${caseId}`)).status()).toBe(200);
  }, 60_000);

  it('a clip link plays for a signed-out browser, shows nothing else, and revoking gives 404 at once', async () => {
    await importToneRecording(owner, tmp, caseId, 12);
    await owner.goto(`/cases/${caseId}/meetings/m1/share?from=1000&to=5000`);
    await arrive(owner, 'Share a part of the meeting', 'the share page');
    await owner.fill('#share-title', 'Breaks in math class');
    await owner.getByRole('button', { name: 'Make the link' }).click();
    await owner.getByRole('heading', { name: 'Your link' }).waitFor({ timeout: 30_000 });
    const url = await owner.inputValue('#made-url');

    await stranger.goto(url);
    await arrive(stranger, 'Breaks in math class', 'the public clip page');
    await stranger.evaluate(() => document.querySelector('audio')?.play());
    await expect
      .poll(() => stranger.evaluate(() => document.querySelector('audio')?.currentTime ?? 0), {
        timeout: 10_000,
      })
      .toBeGreaterThan(0);
    const text = await stranger.locator('body').innerText();
    for (const secret of ['Jordan', 'Riley', 'Maria', COPARENT.name, ADVOCATE.name, 'My cases', caseId])
      expect(text).not.toContain(secret);
    expect(await stranger.locator('a[href^="/cases"]').count()).toBe(0);
    expect((await stranger.request.get(`/api/cases/${caseId}/members`)).status()).toBe(401);

    await owner.goto(`/cases/${caseId}/links`);
    await arrive(owner, 'Shared links', 'the shared links page');
    await owner.getByRole('button', { name: 'Turn off the link “Breaks in math class”' }).click();
    await owner.getByRole('status').filter({ hasText: 'is turned off' }).waitFor();
    const id = url.split('/').pop() ?? '';
    expect((await stranger.request.post(`/api/links/${id}/open`, { data: {} })).status()).toBe(404);
    expect((await stranger.request.get(`/api/links/${id}/audio`)).status()).toBe(404);
    expect(people?.cspErrors.flat()).toEqual([]);
  }, 120_000);
});
