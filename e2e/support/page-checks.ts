import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './axe';

/** Waits for the page's one h1 to read `heading`, then checks it with axe. */
export async function arrive(page: Page, heading: string | RegExp, where: string): Promise<void> {
  await page.locator('h1', { hasText: heading }).waitFor({ state: 'visible' });
  const count = await page.locator('h1').count();
  if (count !== 1) throw new Error(`${where} has ${count} h1 elements; a page needs exactly one.`);
  await expectNoAxeViolations(page, where);
}

/** The element that has keyboard focus, described so a failing assertion says what it was. */
export function focused(
  page: Page,
): Promise<{ tag: string; id: string; text: string; className: string; expanded: string | null }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      text: (el?.textContent ?? '').trim(),
      className: el?.className ?? '',
      expanded: el?.getAttribute('aria-expanded') ?? null,
    };
  });
}

export function scrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/** A date N days from today as YYYY-MM-DD, so the meeting stays in the future whenever the tests run. */
export function daysFromToday(days: number): string {
  const d = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
  return d.toISOString().slice(0, 10);
}
