import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { machineWords } from './support/plain-words';
import { exampleCaseInDays, importCaseFile, signUpOwner } from './support/setup';
import { startTestServer, type TestServer } from './support/server';

// A crawl of every page a parent reaches with the example case loaded: no page may show a machine word (a JSON
// path, a shell command, an ISO date, a raw enum value, an IANA zone), every page fits a 390 px phone and a
// 640 px window (a 1280 px window at 200% zoom) without sideways scroll, and each page is photographed at 1280 and
// 390 px into e2e/artifacts/screens (ignored by git) for people to look at.

const SCREENS = fileURLToPath(new URL('./artifacts/screens/', import.meta.url));

/** Waits until the page has its heading and nothing still says it is loading. */
async function settle(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor({ state: 'visible' });
  await page.waitForLoadState('networkidle');
  await expect.poll(() => page.locator('.loading').count(), { timeout: 10_000 }).toBe(0);
}

/** The on-screen size in CSS pixels of every text label of every chart on the page. */
function chartLabelSizes(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGSVGElement>('svg.chart')].flatMap((svg) => {
      // A chart in a closed "Larger view" dialog is not drawn (no box): nothing to measure there.
      if (svg.getBoundingClientRect().width === 0) return [];
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      return [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
    }),
  );
}

describe('every page speaks plain words and fits small and zoomed screens', () => {
  let server: TestServer;
  let browser: Browser;
  let wide: BrowserContext;
  let page: Page;
  let dir = '';
  const pages: { name: string; url: string }[] = [];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-plain-words-'));
    fs.mkdirSync(SCREENS, { recursive: true });
    server = await startTestServer();
    browser = await launchBrowser();
    wide = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 900 } });
    page = await wide.newPage();
    await signUpOwner(page);
    const { file } = exampleCaseInDays(dir, 10);
    const caseId = await importCaseFile(page, file);
    const planHref = await page.locator('a[href*="/meetings/"][href$="/plan"]').first().getAttribute('href');
    const meeting = /\/meetings\/([^/]+)\/plan/.exec(planHref ?? '')?.[1];
    if (!meeting) throw new Error('The case page has no link to a meeting plan.');
    const c = `/cases/${caseId}`;
    const m = `${c}/meetings/${meeting}`;
    pages.push(
      { name: 'home', url: '/' },
      { name: 'new-case', url: '/cases/new' },
      { name: 'import-case', url: '/cases/import' },
      { name: 'case', url: c },
      { name: 'case-child', url: `${c}/child` },
      { name: 'case-meetings', url: `${c}/meetings` },
      { name: 'case-goals', url: `${c}/goals` },
      { name: 'case-recordings', url: `${c}/recordings` },
      { name: 'plan', url: `${m}/plan` },
      { name: 'companion', url: `${m}/companion` },
      { name: 'record', url: `${m}/record` },
      { name: 'recording', url: `${m}/recording` },
      { name: 'recording-import', url: `${m}/recording/import` },
      { name: 'transcript', url: `${m}/transcript` },
      { name: 'share', url: `${m}/share` },
      { name: 'letters', url: `${c}/letters` },
      { name: 'letter-recording-notice', url: `${c}/letters/recording-notice` },
      { name: 'timeline', url: `${c}/timeline` },
      { name: 'data', url: `${c}/data` },
      { name: 'data-import', url: `${c}/data/import` },
      { name: 'transcript-search', url: `${c}/transcripts/search` },
      { name: 'binder', url: `${c}/binder` },
      { name: 'search', url: `${c}/search` },
      { name: 'escalation', url: `${c}/escalation` },
      { name: 'links', url: `${c}/links` },
      { name: 'answers', url: `${c}/answers` },
      { name: 'speech-setup', url: '/setup/speech' },
      { name: 'invitations', url: '/account/invitations' },
    );
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('shows no machine words on any page (1280 px, every disclosure open)', async () => {
    const problems: string[] = [];
    for (const p of pages) {
      await page.goto(p.url);
      await settle(page);
      // Open the closed drawers and task panels too: their words reach parents as soon as they click.
      await page.evaluate(() => {
        for (const d of document.querySelectorAll('details')) d.open = true;
        for (const el of document.querySelectorAll<HTMLElement>('[hidden]')) {
          if (el.closest('main')) el.hidden = false;
        }
      });
      const text = await page.locator('body').innerText();
      for (const word of machineWords(text)) problems.push(`${p.name} (${p.url}) shows ${word}`);
      await page.screenshot({ path: path.join(SCREENS, `${p.name}-1280.png`), fullPage: true });
    }
    expect(problems).toEqual([]);
  }, 180_000);

  it('fits a 390 px phone and a 640 px window at 200% zoom without sideways scroll', async () => {
    const phone = await browser.newContext({
      baseURL: server.url,
      viewport: { width: 390, height: 844 },
      storageState: await wide.storageState(),
    });
    const zoomed = await browser.newContext({
      baseURL: server.url,
      viewport: { width: 640, height: 450 },
      deviceScaleFactor: 2,
      storageState: await wide.storageState(),
    });
    const problems: string[] = [];
    let charts = 0;
    try {
      const [small, big] = [await phone.newPage(), await zoomed.newPage()];
      const errors: string[] = [];
      for (const t of [small, big]) {
        t.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
        t.on('console', (m) => {
          if (m.type() === 'error') errors.push(`console: ${m.text()}`);
        });
      }
      for (const p of pages) {
        for (const [tab, width] of [
          [small, 390],
          [big, 640],
        ] as const) {
          await tab.goto(p.url);
          await settle(tab).catch(async (error: unknown) => {
            await tab.screenshot({ path: path.join(SCREENS, `${p.name}-${width}-unsettled.png`) });
            throw new Error(
              `${p.name} (${p.url}) at ${width} px did not settle: ${String(error)} ${errors.slice(-5).join(' | ')} ${(await tab.content()).slice(0, 800)}`,
            );
          });
          const scroll = await tab.evaluate(() => document.documentElement.scrollWidth);
          if (scroll > width) problems.push(`${p.name} scrolls sideways at ${width} px (${scroll} px wide)`);
          if (width !== 390) continue;
          await tab.screenshot({ path: path.join(SCREENS, `${p.name}-390.png`), fullPage: true });
          const labels = await chartLabelSizes(tab);
          charts += labels.length;
          const tiny = labels.filter((px) => px < 12);
          if (tiny.length > 0)
            problems.push(`${p.name} has chart labels of ${Math.min(...tiny).toFixed(1)} px`);
        }
      }
    } finally {
      await phone.close();
      await zoomed.close();
    }
    expect(problems).toEqual([]);
    // The example case's goals have scores, so the data page has charts: the size check did look at labels.
    expect(charts).toBeGreaterThan(0);
  }, 300_000);
});
