import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textPdf } from '../packages/server/src/binder/binder.test-helper';
import { expectNoAxeViolations } from './support/axe';
import { closeBrowserPage, openBrowserPage } from './support/browser-page';
import { arrive, scrollWidth } from './support/page-checks';
import type { TestServer } from './support/server';
import { exampleCaseInDays } from './support/setup';

// An IEP that drops an agreed service, end to end: a meeting two days ago with a recording (20 s of real WebM sent
// as the recorder sends it) and two companion taps on it ("agreed" on the reading service at 0:12, "agreed" on 60
// minutes of speech a week at 0:30); then an IEP PDF without the reading and with 30 minutes of speech. The
// document page compares it with the meeting: reading not found with the link to 0:12, speech different with the
// quote from page 2 and the link to 0:30; the correction letter is drafted from it. axe, and 320 px wide.

describe('an IEP against the meeting', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let cspErrors: string[] = [];
  let caseId = '';
  let documentId = '';
  let dir = '';

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-e2e-compare-'));
    const caseFile = exampleCaseInDays(dir, -2).file;
    ({ server, browser, page, cspErrors, caseId } = await openBrowserPage({ caseFile }));
  });

  afterAll(async () => {
    await closeBrowserPage({ browser, server });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const csrf = async () =>
    ((await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string }).csrfToken;

  it('records the meeting and taps what was agreed', async () => {
    const token = await csrf();
    const base = `/api/cases/${caseId}`;
    const audio = execFileSync('ffmpeg', [
      ...['-hide_banner', '-loglevel', 'error', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=20'],
      ...['-c:a', 'libopus', '-f', 'webm', 'pipe:1'],
    ]);
    const part = await page.request.post(`${base}/meetings/m1/recording/parts`, {
      headers: { 'x-csrf-token': token },
      data: { clientPartId: 'e2e-compare', startedAt: new Date().toISOString(), mimeType: 'audio/webm' },
    });
    expect(part.status(), await part.text()).toBeLessThan(300);
    const partId = ((await part.json()) as { id: string }).id;
    const chunk = await page.request.put(`${base}/recording-parts/${partId}/chunks/0`, {
      headers: { 'x-csrf-token': token, 'content-type': 'application/octet-stream' },
      data: audio,
    });
    expect(chunk.status(), await chunk.text()).toBeLessThan(300);
    const finish = await page.request.post(`${base}/recording-parts/${partId}/finish`, {
      headers: { 'x-csrf-token': token },
      data: { lastSeq: 0 },
    });
    expect(finish.status(), await finish.text()).toBeLessThan(300);
    await expect
      .poll(async () => (await page.request.get(`${base}/meetings/m1/recording`)).status(), {
        timeout: 60_000,
      })
      .toBe(200);
    const tap = (id: string, seq: number, atMs: number, cardId: string, title: string) => ({
      id,
      seq,
      at: new Date().toISOString(),
      atMs,
      session: 0,
      action: { type: 'outcome', cardId, title, outcome: 'agreed', who: null, due: null },
    });
    const taps = await page.request.post(`${base}/meetings/m1/companion/entries`, {
      headers: { 'x-csrf-token': token },
      data: {
        entries: [
          tap('e2e-tap-reading', 0, 12_000, 'service:s1', 'Specialized instruction in reading'),
          tap('e2e-tap-speech', 1, 30_000, 'concern:speech', '60 minutes of speech-language therapy a week'),
        ],
      },
    });
    expect(taps.status(), await taps.text()).toBe(200);
  }, 120_000);

  it('adds the IEP that drops the reading service and cuts speech', async () => {
    const pdf = await textPdf([
      ['INDIVIDUALIZED EDUCATION PROGRAM', 'Student: Jordan Rivera'],
      [
        'SPECIAL EDUCATION AND RELATED SERVICES',
        'Speech/Language 30 minutes weekly Special Education',
        'ACCOMMODATIONS',
        'Preferential seating',
      ],
    ]);
    const added = await page.request.post(`/api/cases/${caseId}/documents`, {
      headers: { 'x-csrf-token': await csrf() },
      multipart: { kind: 'iep', file: { name: 'IEP-draft.pdf', mimeType: 'application/pdf', buffer: pdf } },
    });
    expect(added.status(), await added.text()).toBe(201);
    documentId = ((await added.json()) as { document: { id: string } }).document.id;
    await page.goto(`/cases/${caseId}/binder/${documentId}`);
    await arrive(page, 'IEP-draft', 'the IEP document page');
    await page.getByRole('heading', { name: 'Compare with the meeting' }).waitFor({ timeout: 60_000 });
  }, 90_000);

  it('flags the dropped service with the moment, and the cut minutes with the quote', async () => {
    await page.getByRole('button', { name: 'Compare with the meeting' }).click();
    const missing = page.locator('section[aria-labelledby="compare-missing"]');
    await missing.waitFor();
    await expect
      .poll(() => missing.getByText('You marked in the meeting: specialized reading instruction').count())
      .toBeGreaterThan(0);
    const reading = missing.getByRole('link', { name: 'Hear it at 0:12' });
    expect(await reading.getAttribute('href')).toBe(`/cases/${caseId}/meetings/m1/transcript?t=12`);
    const differs = page.locator('section[aria-labelledby="compare-differs"]');
    await differs.getByText('Speech/Language 30 minutes weekly Special Education').waitFor();
    await differs.getByRole('link', { name: 'Hear it at 0:30' }).waitFor();
    await differs.getByRole('link', { name: 'Page 2' }).waitFor();
    const added = page.locator('section[aria-labelledby="compare-new"]');
    await added.getByText('preferential seating', { exact: false }).first().waitFor();
    await expectNoAxeViolations(page, 'the IEP compared with the meeting');
    await page.setViewportSize({ width: 320, height: 800 });
    await expect.poll(() => scrollWidth(page)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page, 'the comparison at 320 px');
    await page.setViewportSize({ width: 1024, height: 800 });
  }, 60_000);

  it('drafts the letter asking to correct the IEP, with the moments', async () => {
    await page.getByRole('button', { name: 'Draft the letter asking to correct it' }).click();
    await arrive(page, 'Ask to correct the IEP', 'the correction letter');
    const draft = (await (
      await page.request.get(`/api/cases/${caseId}/letters/iep-correction/draft?meetingId=m1`)
    ).json()) as { answers: { corrections: { settled: string; moment?: string }[] } };
    expect(draft.answers.corrections.map((c) => c.moment)).toEqual(['0:12', '0:30']);
    expect(cspErrors).toEqual([]);
  }, 60_000);
  it('reads a progress report and shows where its marks go against the scores', async () => {
    const pdf = await textPdf([
      [
        'Progress Report on IEP Goals - First Quarter',
        'Progress codes: M = Mastered  SP = Sufficient Progress  IP = Insufficient Progress',
        'Annual Goal 1: Reading fluency, words correct per minute',
        'Progress: M',
        'Jordan has made excellent progress and mastered this goal.',
      ],
    ]);
    const added = await page.request.post(`/api/cases/${caseId}/documents`, {
      headers: { 'x-csrf-token': await csrf() },
      multipart: {
        kind: 'progress-report',
        documentDate: '2026-11-30',
        file: { name: 'Q1-progress.pdf', mimeType: 'application/pdf', buffer: pdf },
      },
    });
    expect(added.status(), await added.text()).toBe(201);
    const reportId = ((await added.json()) as { document: { id: string } }).document.id;
    await page.goto(`/cases/${caseId}/binder/${reportId}`);
    await arrive(page, 'Q1-progress', 'the progress report page');
    const check = page.locator('section[aria-labelledby="progress-check-heading"]');
    await check.getByText('We read marks for 1 goal.', { exact: false }).waitFor({ timeout: 60_000 });
    await check.getByRole('cell', { name: 'Reading fluency' }).waitFor();
    await check.getByText('says Jordan mastered the Reading fluency goal', { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'the progress report against the scores');
  }, 90_000);
});
