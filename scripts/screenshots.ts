// The README's screenshots: the real server with a fresh data folder, the owner account, the example case (its
// meeting moved ten days ahead so the plan reads as it would today), then three pages at 1280 x 800 into
// docs/screenshots/. Run `npm run build` first, then `npm run screenshots`.
//
// Until the home page exists on this branch, the first picture is the case list ("home.png" is what the lead
// re-runs after merging the home page).
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
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: path.join(OUT, file) });
      console.log(`${path.join(OUT, file)} (case ${caseId})`);
    }
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
