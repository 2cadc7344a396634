import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { arrive, daysFromToday } from './page-checks';

// The steps most browser tests start with: create the owner account and import a case file. The example case's
// meeting can be moved relative to today, so a test does not change meaning once the fixed date has passed.

export const EXAMPLE_CASE = fileURLToPath(new URL('../fixtures/case.example.json', import.meta.url));

export const OWNER = {
  name: 'Maria Rivera',
  email: 'maria@example.org',
  password: 'a long family password',
};

/**
 * On a fresh server: the first-run page creates the owner account, passes the transcript set-up step (the model
 * publisher cannot be reached in tests) and lands on the empty case list.
 */
export async function signUpOwner(page: Page, owner = OWNER): Promise<void> {
  await page.goto('/');
  await arrive(page, 'Create the owner account', 'the first-run page');
  await page.fill('#account-name', owner.name);
  await page.fill('#account-email', owner.email);
  await page.fill('#account-password', owner.password);
  await page.getByRole('button', { name: 'Create the owner account' }).click();
  await arrive(page, 'Set up transcripts', 'the first-run transcript step');
  await page.getByRole('link', { name: 'Go to my cases' }).click();
  await arrive(page, 'My cases', 'the empty case list');
}

/**
 * The owner (signed in on `ownerPage`) makes an account invitation through the API, as the Invite page does;
 * returns the one-time link. Sign-up is closed after the owner unless invited.
 */
export async function inviteAccount(ownerPage: Page, email: string): Promise<string> {
  const me = (await (await ownerPage.request.get('/api/auth/me')).json()) as { csrfToken: string };
  const made = await ownerPage.request.post('/api/account-invitations', {
    headers: { 'x-csrf-token': me.csrfToken },
    data: { email },
  });
  if (made.status() !== 201)
    throw new Error(`The invitation was refused: ${made.status()} ${await made.text()}`);
  return ((await made.json()) as { link: string }).link;
}

/** Imports a case file from the case list; returns the new case's id (the page is on the case). */
export async function importCaseFile(page: Page, file: string, student = 'Jordan Rivera'): Promise<string> {
  await page.getByRole('link', { name: 'Import a case file' }).click();
  await arrive(page, 'Import a case file', 'the import page');
  await page.setInputFiles('#case-file', file);
  await page.getByRole('button', { name: 'Import the case' }).click();
  await arrive(page, student, 'the imported case');
  return new URL(page.url()).pathname.split('/').pop() ?? '';
}

/**
 * A copy of the example case (written into `dir`) whose meeting m1 is `days` days from today (negative: in the
 * past), at the same times of day. Returns the file's path and the meeting's new date.
 */
export function exampleCaseInDays(dir: string, days: number): { file: string; meetingDate: string } {
  const data = JSON.parse(fs.readFileSync(EXAMPLE_CASE, 'utf8')) as {
    meetings: { id: string; sessions: { start: string; end: string }[] }[];
  };
  const meetingDate = daysFromToday(days);
  for (const meeting of data.meetings) {
    if (meeting.id !== 'm1') continue;
    meeting.sessions = meeting.sessions.map((s) => ({
      start: `${meetingDate}${s.start.slice(10)}`,
      end: `${meetingDate}${s.end.slice(10)}`,
    }));
  }
  const file = path.join(dir, `case-in-${days}-days.json`);
  fs.writeFileSync(file, JSON.stringify(data, null, 2));
  return { file, meetingDate };
}
