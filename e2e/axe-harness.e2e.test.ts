import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { launchBrowser } from './support/browser';

// The other e2e tests trust expectNoAxeViolations to fail on a real problem; this proves it does.
describe('the axe check', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('fails on an input without a label and names the rule', async () => {
    const page = await browser.newPage();
    await page.setContent(
      '<!doctype html><html lang="en"><title>t</title><main><input id="x"></main></html>',
    );
    await expect(expectNoAxeViolations(page, 'a broken page')).rejects.toThrow(/label/);
  });

  it('passes a page that has a labelled input', async () => {
    const page = await browser.newPage();
    await page.setContent(
      '<!doctype html><html lang="en"><title>t</title><main><h1>Hi</h1><label for="x">Name</label><input id="x"></main></html>',
    );
    await expect(expectNoAxeViolations(page, 'a good page')).resolves.toBeUndefined();
  });
});
