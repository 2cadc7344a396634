import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { collectCspErrors, launchBrowser } from './browser';
import { startTestServer, type TestServer } from './server';
import { EXAMPLE_CASE, importCaseFile, signUpOwner } from './setup';

// The set-up most browser tests share: the real server, Chromium, one page at 1024 x 800 (CSP errors collected),
// the owner signed up and a case imported, ready on the case page. Call it in beforeAll and closeBrowserPage in
// afterAll.

export interface BrowserPage {
  server: TestServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  cspErrors: string[];
  caseId: string;
}

export async function openBrowserPage(
  options: { caseFile?: string; context?: BrowserContextOptions } = {},
): Promise<BrowserPage> {
  const server = await startTestServer();
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const context = await browser.newContext({
      baseURL: server.url,
      viewport: { width: 1024, height: 800 },
      ...options.context,
    });
    const page = await context.newPage();
    const cspErrors = collectCspErrors(page);
    await signUpOwner(page);
    const caseId = await importCaseFile(page, options.caseFile ?? EXAMPLE_CASE);
    return { server, browser, context, page, cspErrors, caseId };
  } catch (error) {
    // A failed start leaves nothing running for the next test file.
    await browser?.close();
    await server.close();
    throw error;
  }
}

/** Closes what openBrowserPage started (what it got to, if it failed half-way). */
export async function closeBrowserPage(opened: { browser?: Browser; server?: TestServer }): Promise<void> {
  await opened.browser?.close();
  await opened.server?.close();
}
