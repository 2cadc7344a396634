import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { arrive, focused } from './support/page-checks';
import {
  closePeoplePages,
  csrfToken,
  importToneRecording,
  joinWithNewAccount,
  openPeoplePages,
  type PeoplePages,
} from './support/people-pages';
import { exampleCaseInDays, importCaseFile, signUpOwner } from './support/setup';

// Pages show each member only the steps their role may take (core's role table, the one the server enforces): an
// advocate and a viewer open the letters, the recording player, the plan and the companion and find no button
// the server would refuse, and a plain line where a step is the family's. What the page does offer works (the
// advocate adds a bookmark). The owner's bookmark form opens on demand and gives focus back when it closes.

const ADVOCATE = { name: 'Ava Brooks', email: 'ava@advocates.example.org', password: 'advocate long phrase' };
const VIEWER = { name: 'Vic Lane', email: 'vic@example.org', password: 'viewer long phrase here' };

/** Buttons (or button-like links) only the family may use: an advocate or viewer must never see one. */
const FAMILY_ONLY =
  /^(Start recording|Upload|Add a recording file|Delete|Yes, delete|Mark as sent|Mark done|Mark not done|Download PDF|Download Word|Download plain text|Download email|Make the clip|Clip around|Share a part|Draft the follow-up|Make a guest code|The school answered|Start the transcript|Save the arrival date)/;

async function familyOnlyControls(page: Page): Promise<string[]> {
  const names = await page
    .locator('main')
    .locator('button, a.button')
    .evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()));
  return names.filter((n) => FAMILY_ONLY.test(n));
}

describe('role-aware pages: an advocate and a viewer see no button the server would refuse', () => {
  let people: PeoplePages | undefined;
  let owner: Page;
  let advocate: Page;
  let viewer: Page;
  let caseId = '';

  beforeAll(async () => {
    people = await openPeoplePages('roles-ui');
    owner = await people.page(1024);
    advocate = await people.page(390);
    viewer = await people.page(1024);
  }, 60_000);

  afterAll(() => closePeoplePages(people));

  it('the owner records a meeting file, opens the bookmark form on demand, and invites two people', async () => {
    await signUpOwner(owner);
    const tmp = people?.tmp ?? '';
    caseId = await importCaseFile(owner, exampleCaseInDays(tmp, 10).file);
    await importToneRecording(owner, tmp, caseId);

    await owner.goto(`/cases/${caseId}/meetings/m1/recording`);
    await arrive(owner, 'Meeting recording', 'the player (owner)');
    // One form, on demand: focus moves into it; Escape closes it and focus returns to the button.
    expect(await owner.locator('#bookmark-kind').count()).toBe(0);
    const add = owner.getByRole('button', { name: /^Add a bookmark here/ });
    await add.click();
    await expect.poll(async () => (await focused(owner)).id).toBe('bookmark-kind');
    await owner.keyboard.press('Escape');
    await expect.poll(async () => (await focused(owner)).id).toBe('bookmark-add');
    expect(await owner.locator('#bookmark-kind').count()).toBe(0);
    await add.click();
    await owner.selectOption('#bookmark-kind', 'promised');
    await owner.fill('#bookmark-note', 'Speech twice a week');
    await owner.getByRole('button', { name: 'Save the bookmark' }).click();
    await owner.getByRole('status').filter({ hasText: 'Bookmark added: Promised at 0:00' }).waitFor();
    await owner.getByRole('heading', { name: 'Promised at 0:00' }).waitFor();
    // The owner may do it all: clip, change and delete are offered.
    for (const name of [/^Clip around/, /^Change/, /^Delete Promised/, /^Make the clip/])
      await owner.getByRole('button', { name }).first().waitFor();
    await expectNoAxeViolations(owner, 'the player with the bookmark form closed');

    const token = await csrfToken(owner);
    const links: string[] = [];
    for (const [email, role] of [
      [ADVOCATE.email, 'advocate'],
      [VIEWER.email, 'viewer'],
    ] as const) {
      const made = await owner.request.post(`/api/cases/${caseId}/invitations`, {
        headers: { 'x-csrf-token': token },
        data: { email, role },
      });
      expect(made.status()).toBe(201);
      links.push(((await made.json()) as { link: string }).link);
    }
    await joinWithNewAccount(advocate, links[0] ?? '', ADVOCATE);
    await joinWithNewAccount(viewer, links[1] ?? '', VIEWER);
  }, 180_000);

  it('the advocate drafts letters but leaves files, sending, recording and audio to the family', async () => {
    const page = advocate;
    await page.goto(`/cases/${caseId}/letters`);
    await arrive(page, 'Letters for Jordan Rivera', 'the letters page (advocate)');
    await page
      .getByRole('link', { name: /^Ask for your child/ })
      .first()
      .waitFor();
    expect(await familyOnlyControls(page)).toEqual([]);
    await expectNoAxeViolations(page, 'the letters page (advocate)');

    await page.goto(`/cases/${caseId}/letters/records-request?step=review`);
    await arrive(page, /^Ask for your child/, 'a letter review (advocate)');
    await page.getByText('Only the family can make the letter files and send the letter.').waitFor();
    await page.getByRole('button', { name: 'Notes for you (PDF)' }).waitFor();
    expect(await page.locator('#sent-heading').count()).toBe(0);
    expect(await familyOnlyControls(page)).toEqual([]);
    await expectNoAxeViolations(page, 'a letter review (advocate)');

    // The advocate changes a letter's answers; the page names nobody to the one who made the change.
    await page.goto(`/cases/${caseId}/letters/recording-notice?meeting=m1`);
    await page.locator('#q-note').waitFor();
    await page.fill('#q-note', 'We will keep the recorder on the table where everyone can see it.');
    await page
      .getByRole('status')
      .filter({ hasText: /^Saved$/ })
      .waitFor();
    expect(await page.getByTestId('draft-changed-by').count()).toBe(0);

    await page.goto(`/cases/${caseId}/meetings/m1/recording`);
    await arrive(page, 'Meeting recording', 'the player (advocate)');
    await page.getByText('Only the family can make clips of the audio or share parts of it.').waitFor();
    expect(await familyOnlyControls(page)).toEqual([]);
    // What the page offers, the server allows: an advocate writes notes, so adds a bookmark.
    await page.getByRole('button', { name: /^Add a bookmark here/ }).click();
    await page.fill('#bookmark-note', 'Ask about the reading minutes');
    await page.getByRole('button', { name: 'Save the bookmark' }).click();
    await page.getByRole('status').filter({ hasText: 'Bookmark added' }).waitFor();
    await expectNoAxeViolations(page, 'the player (advocate)');

    await page.goto(`/cases/${caseId}/meetings/m1/record`);
    await arrive(page, 'Record the meeting', 'the recorder (advocate)');
    await page.getByText('Only the family can record a meeting.').waitFor();
    expect(await familyOnlyControls(page)).toEqual([]);

    await page.goto(`/cases/${caseId}/meetings/m1/plan`);
    await arrive(page, /^Plan for/, 'the plan (advocate)');
    await page.getByText('Only the family can mark steps done.').waitFor();
    await page.locator('.task').first().waitFor();
    expect(await familyOnlyControls(page)).toEqual([]);
    await expectNoAxeViolations(page, 'the plan (advocate)');

    await page.goto(`/cases/${caseId}/meetings/m1/companion`);
    await arrive(page, 'Meeting companion', 'the companion (advocate)');
    await page.getByText('The family drafts the follow-up letter after the meeting.').waitFor();
    expect(await familyOnlyControls(page)).toEqual([]);
    // Notes and taps are an advocate's to add.
    await page.locator('#companion-note').waitFor();
    await expectNoAxeViolations(page, 'the companion (advocate)');
  }, 120_000);

  it("the owner sees who last changed a letter's answers before sending it", async () => {
    await owner.goto(`/cases/${caseId}/letters/recording-notice?meeting=m1`);
    await owner.locator('#q-note').waitFor();
    const note = owner.getByTestId('draft-changed-by');
    await note.waitFor();
    expect(await note.innerText()).toMatch(
      /^Ava Brooks \(advocate\) last changed these answers on .+\. Read them over before you send the letter\.$/,
    );
    expect(await owner.inputValue('#q-note')).toBe(
      'We will keep the recorder on the table where everyone can see it.',
    );
    await expectNoAxeViolations(owner, 'a letter an advocate changed (owner)');
  }, 60_000);

  it('the viewer reads the same pages with no button that changes anything', async () => {
    const page = viewer;
    await page.goto(`/cases/${caseId}/letters`);
    await arrive(page, 'Letters for Jordan Rivera', 'the letters page (viewer)');
    await page.getByText('Only the family and their advocate can write letters.').waitFor();
    expect(await page.locator('main .letter-kind a').count()).toBe(0);
    expect(await familyOnlyControls(page)).toEqual([]);
    await expectNoAxeViolations(page, 'the letters page (viewer)');

    await page.goto(`/cases/${caseId}/meetings/m1/recording`);
    await arrive(page, 'Meeting recording', 'the player (viewer)');
    await page.getByRole('heading', { name: 'Promised at 0:00' }).waitFor();
    expect(await page.getByRole('button', { name: /^Add a bookmark|^Change/ }).count()).toBe(0);
    await page
      .getByRole('button', { name: /^Play from/ })
      .first()
      .waitFor();
    expect(await familyOnlyControls(page)).toEqual([]);
    await expectNoAxeViolations(page, 'the player (viewer)');

    await page.goto(`/cases/${caseId}/meetings/m1/plan`);
    await arrive(page, /^Plan for/, 'the plan (viewer)');
    await page.locator('.task').first().waitFor();
    expect(await page.getByRole('link', { name: /^Write this letter/ }).count()).toBe(0);
    expect(await familyOnlyControls(page)).toEqual([]);
    await expectNoAxeViolations(page, 'the plan (viewer)');

    await page.goto(`/cases/${caseId}/meetings/m1/companion`);
    await arrive(page, 'Meeting companion', 'the companion (viewer)');
    await page.getByText('You can read the notes and what was decided.').waitFor();
    expect(await page.locator('#companion-note').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^(Start the meeting|Add|Agreed|Refused)/ }).count()).toBe(
      0,
    );
    expect(await familyOnlyControls(page)).toEqual([]);
    await expectNoAxeViolations(page, 'the companion (viewer)');
    expect(people?.cspErrors.flat()).toEqual([]);
  }, 120_000);
});
