// The README's screenshots: the real server with a fresh data folder, the owner account, the example case (its
// meeting moved ten days ahead so the plan reads as it would today), then the home page (with that case), the plan
// and the companion at 1280 x 800, and the home page on a 390 px phone, into docs/screenshots/. Run `npm run build`
// first, then `npm run screenshots`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../e2e/support/browser';
import { exampleCaseInDays, importCaseFile, signUpOwner } from '../e2e/support/setup';
import { startTestServer } from '../e2e/support/server';

const OUT = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-screenshots-'));
  const server = await startTestServer();
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await signUpOwner(page);
    const caseId = await importCaseFile(page, exampleCaseInDays(dir, 10).file);
    const planHref = await page.locator('a[href*="/meetings/"][href$="/plan"]').first().getAttribute('href');
    if (!planHref) throw new Error('The case page has no link to a meeting plan.');
    const shots: [file: string, url: string][] = [
      ['home.png', '/'],
      ['plan.png', planHref],
      ['companion.png', planHref.replace(/\/plan$/, '/companion')],
    ];
    for (const [file, url] of shots) {
      await page.goto(url);
      await page.locator('h1').first().waitFor({ state: 'visible' });
      if (url === '/') await page.locator('.home-meeting').first().waitFor({ state: 'visible' });
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: path.join(OUT, file) });
      console.log(`${path.join(OUT, file)} (case ${caseId})`);
    }
    // The home on a phone: one column, the whole page.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    await page.locator('.home-meeting').first().waitFor({ state: 'visible' });
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(OUT, 'home-phone.png'), fullPage: true });
    console.log(path.join(OUT, 'home-phone.png'));
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
