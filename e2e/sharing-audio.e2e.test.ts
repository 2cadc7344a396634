import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { arrive, scrollWidth } from './support/page-checks';
import {
  closePeoplePages,
  csrfToken,
  importToneRecording,
  joinWithNewAccount,
  openPeoplePages,
  type PeoplePages,
} from './support/people-pages';
import { exampleCaseInDays, importCaseFile, signUpOwner } from './support/setup';

// The owner's audio switch for an advocate, end to end in two browsers: the advocate (on a phone) is refused a
// clip of the recording; the owner turns on "May download recordings and clips" on People on this case and sees
// it confirmed; the advocate's browser then downloads and plays the clip; the owner turns it off with the keyboard,
// and the advocate's very next request is refused again. axe on the People page with the switch.

const ADVOCATE = {
  name: 'Ava Brooks',
  email: 'ava@advocates.example.org',
  password: 'advocate long phrase here',
};
const SWITCH = `May download recordings and clips (${ADVOCATE.name})`;

describe('an advocate’s audio: refused, granted by the owner, withdrawn', () => {
  let people: PeoplePages | undefined;
  let owner: Page;
  let advocate: Page;
  let caseId = '';
  let clipUrl = '';

  beforeAll(async () => {
    people = await openPeoplePages('audio');
    owner = await people.page(1024);
    advocate = await people.page(320);
  }, 60_000);

  afterAll(() => closePeoplePages(people));

  it('the owner records a meeting, cuts a clip and invites an advocate, who joins', async () => {
    await signUpOwner(owner);
    const tmp = people?.tmp ?? '';
    caseId = await importCaseFile(owner, exampleCaseInDays(tmp, 10).file);
    await importToneRecording(owner, tmp, caseId);
    const recording = (await (
      await owner.request.get(`/api/cases/${caseId}/meetings/m1/recording`)
    ).json()) as {
      id: string;
    };
    const clip = await owner.request.post(`/api/cases/${caseId}/recordings/${recording.id}/clips`, {
      headers: { 'x-csrf-token': await csrfToken(owner) },
      data: { fromMs: 500, toMs: 3500, name: 'Breaks in math', format: 'mp3' },
    });
    expect(clip.status(), await clip.text()).toBe(201);
    clipUrl = `/api/cases/${caseId}/clips/${((await clip.json()) as { id: string }).id}`;

    await owner.goto(`/cases/${caseId}/people`);
    await arrive(owner, 'People on this case', 'the People page');
    await owner.fill('#share-email', ADVOCATE.email);
    await owner.selectOption('#share-role', { label: 'Advocate' });
    // The invitation can carry the grant; this one does not.
    expect(await owner.isChecked('#share-audio')).toBe(false);
    await owner.getByRole('button', { name: 'Make the link' }).click();
    await owner.getByRole('heading', { name: `Link for ${ADVOCATE.email}` }).waitFor();
    const link = await owner.inputValue('#share-link');

    await joinWithNewAccount(advocate, link, ADVOCATE);
  }, 150_000);

  it('refuses the advocate the clip until the owner turns the switch on; then it downloads and plays', async () => {
    const refused = await advocate.request.get(clipUrl);
    expect(refused.status()).toBe(403);
    expect(((await refused.json()) as { error: string }).error).toContain('Ask the owner for a copy');
    await advocate.goto(`/cases/${caseId}/people`);
    await arrive(advocate, 'People on this case', 'the People page (advocate)');
    await advocate.getByText('Cannot download recordings.').waitFor();
    expect(await advocate.getByRole('switch').count()).toBe(0);

    await owner.reload();
    await arrive(owner, 'People on this case', 'the People page with the advocate');
    const toggle = owner.getByRole('switch', { name: SWITCH });
    expect(await toggle.isChecked()).toBe(false);
    const box = await toggle.boundingBox();
    expect(Math.min(box?.width ?? 0, box?.height ?? 0)).toBeGreaterThanOrEqual(24);
    await owner.getByText('An advocate can always listen in the app.').waitFor();
    await toggle.click();
    await owner
      .getByRole('status')
      .filter({ hasText: `Saved. ${ADVOCATE.name} may now download recordings and clips.` })
      .waitFor();
    expect(await owner.getByRole('switch', { name: SWITCH }).isChecked()).toBe(true);
    await expectNoAxeViolations(owner, 'the People page with the audio switch on');
    await owner.setViewportSize({ width: 320, height: 800 });
    expect(await scrollWidth(owner)).toBeLessThanOrEqual(320);
    await owner.setViewportSize({ width: 1024, height: 800 });

    const downloaded = await advocate.request.get(clipUrl);
    expect(downloaded.status()).toBe(200);
    expect(downloaded.headers()['content-type']).toMatch(/^audio\//);
    expect((await downloaded.body()).length).toBeGreaterThan(1000);
    // The advocate's browser plays the clip from the same address.
    await advocate.evaluate((src) => {
      const audio = document.createElement('audio');
      audio.src = src;
      audio.id = 'granted-clip';
      document.body.append(audio);
      void audio.play();
    }, clipUrl);
    await expect
      .poll(
        () =>
          advocate.evaluate(
            () => (document.getElementById('granted-clip') as HTMLAudioElement | null)?.currentTime ?? 0,
          ),
        { timeout: 10_000 },
      )
      .toBeGreaterThan(0);
    await advocate.reload();
    await arrive(advocate, 'People on this case', 'the People page (advocate, granted)');
    await advocate.getByText('May download recordings and clips.').waitFor();
  }, 90_000);

  it('the owner turns it off with the keyboard; the advocate’s next request is refused', async () => {
    const toggle = owner.getByRole('switch', { name: SWITCH });
    await toggle.focus();
    await owner.keyboard.press('Space');
    await owner
      .getByRole('status')
      .filter({ hasText: `Saved. ${ADVOCATE.name} can no longer download recordings or clips.` })
      .waitFor();
    expect(await owner.getByRole('switch', { name: SWITCH }).isChecked()).toBe(false);
    expect((await advocate.request.get(clipUrl)).status()).toBe(403);

    await owner.goto(`/cases/${caseId}/timeline`);
    await owner.getByText(`stopped ${ADVOCATE.name} from downloading recordings and clips.`).waitFor();
    expect(people?.cspErrors.flat()).toEqual([]);
  }, 60_000);
});
