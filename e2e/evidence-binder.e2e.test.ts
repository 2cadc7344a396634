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
import { pageProse, proseGrade } from './support/reading-level';
import type { TestServer } from './support/server';

// The evidence binder, end to end: a sent letter and an IEP PDF in the case; from the case page to the binder page,
// one paper taken out with the keyboard, Build, the progress bar, then both downloads: the PDF read with pdftotext
// (the table of contents and "Exhibit N, page X of Y" on the IEP's pages) and the ZIP with unzip (the original
// IEP, byte for byte, and the SHA-256 list). axe on the page, and at 320 px wide. The page reads at grade 8 or below.

describe('evidence binder: build it in the browser and open it', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let cspErrors: string[] = [];
  let caseId = '';
  let iep: Buffer;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-e2e-evidence-'));

  beforeAll(async () => {
    ({ server, browser, page, cspErrors, caseId } = await openBrowserPage({
      context: { acceptDownloads: true },
    }));
  });

  afterAll(async () => {
    await closeBrowserPage({ browser, server });
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('chooses what goes in, builds, and downloads a stamped PDF and the originals', async () => {
    const me = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
    const headers = { 'x-csrf-token': me.csrfToken };
    const letters = `/api/cases/${caseId}/letters`;
    await page.request.put(`${letters}/records-request/draft`, {
      headers,
      data: { meetingId: 'm1', answers: { records: ['service-logs'] } },
    });
    const sent = await page.request.post(`${letters}/records-request/sent`, {
      headers,
      data: { meetingId: 'm1', method: 'email', sentAt: '2026-11-16T09:00:00-06:00' },
    });
    expect(sent.status(), await sent.text()).toBe(201);
    iep = Buffer.from(
      await textPdf([
        ['Special education services: speech 60 minutes weekly'],
        ['Accommodations'],
        ['Signatures'],
      ]),
    );
    for (const [name, kind, data, date] of [
      ['iep.pdf', 'iep', iep, '2026-10-01'],
      ['hallway-note.txt', 'other', Buffer.from('A note about the hallway.'), '2026-10-20'],
    ] as const) {
      const added = await page.request.post(`/api/cases/${caseId}/documents`, {
        headers,
        multipart: {
          kind,
          documentDate: date,
          file: { name, mimeType: name.endsWith('.pdf') ? 'application/pdf' : 'text/plain', buffer: data },
        },
      });
      expect(added.status(), await added.text()).toBe(201);
    }

    await page.getByRole('link', { name: 'Make an evidence binder' }).click();
    await arrive(page, 'Evidence binder', 'the evidence binder page');
    await page.getByRole('group', { name: /Letters you sent/ }).waitFor();
    // Everything is chosen at first; the note is taken out with the keyboard.
    const note = page.getByRole('checkbox', { name: 'hallway-note' });
    await expect.poll(() => note.isChecked()).toBe(true);
    await note.focus();
    await page.keyboard.press('Space');
    expect(await note.isChecked()).toBe(false);
    await page.getByLabel('What is it for?').selectOption('due-process');

    await page.setViewportSize({ width: 320, height: 800 });
    expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page, 'the evidence binder page at 320 px');
    await page.setViewportSize({ width: 1024, height: 800 });

    await page.getByRole('button', { name: 'Build the binder' }).click();
    await page.getByRole('status').filter({ hasText: 'The binder keeps building.' }).waitFor();
    const pdfLink = page.getByRole('link', { name: 'Download the binder (PDF)' });
    await pdfLink.waitFor({ timeout: 60_000 });
    await page.getByText(/For Due process hearing, made .*: \d+ exhibits, \d+ pages/).waitFor();
    await expectNoAxeViolations(page, 'the evidence binder page with a ready binder');

    const [pdfDownload] = await Promise.all([page.waitForEvent('download'), pdfLink.click()]);
    const pdfFile = path.join(work, 'binder.pdf');
    await pdfDownload.saveAs(pdfFile);
    const text = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
    expect(text).toContain('Prepared for: Due process hearing');
    expect(text).toContain('Table of contents');
    expect(text).toMatch(/Exhibit 1\. iep \(October 1, 2026, 3 pages\)/);
    for (const p of [1, 2, 3]) expect(text).toContain(`Exhibit 1, page ${p} of 3`);
    expect(text).toContain('Special education services: speech 60 minutes weekly');
    expect(text).toContain('Letter sent on November 16, 2026 by email.');
    expect(text).not.toContain('A note about the hallway.');

    const [zipDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download the original files (ZIP)' }).click(),
    ]);
    const zipFile = path.join(work, 'originals.zip');
    await zipDownload.saveAs(zipFile);
    execFileSync('unzip', ['-tq', zipFile]);
    const names = execFileSync('unzip', ['-Z1', zipFile]).toString().split('\n').filter(Boolean);
    expect(names).toContain('SHA-256.txt');
    expect(names.some((n) => n.startsWith('letters/2026-11-16 '))).toBe(true);
    expect(names.some((n) => n.includes('hallway-note'))).toBe(false);
    expect(execFileSync('unzip', ['-p', zipFile, 'documents/2026-10-01 iep.pdf']).equals(iep)).toBe(true);
    expect(cspErrors).toEqual([]);
  }, 180_000);

  it('reads at grade 8 or below, citations left out', async () => {
    // The page as the parent sees it after a build: the intro, the status message and the ready binder.
    expect(await pageProse(page)).toContain('Put your papers together');
    expect(await proseGrade(page)).toBeLessThanOrEqual(8);
  });
});
