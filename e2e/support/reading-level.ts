import type { Page } from 'playwright-core';

// The reading level of a page's own sentences, measured as the product rule asks (grade 6-8, text-readability's
// Flesch-Kincaid grade). Citations and phone numbers are not prose: a line that names a rule or a number to call
// is left out, and so are labels and buttons (fewer than eight words).

interface Readability {
  fleschKincaidGrade(text: string): number;
}
// text-readability ships no types; a variable specifier keeps TypeScript from asking for them.
const readabilityModule = 'text-readability';
const readability = ((await import(readabilityModule)) as { default: Readability }).default;

const CITATION = /Source:|CFR|RSMo|U\.S\.C\.|Phone:/;

/** The sentences of the page's main area (paragraphs and list items of eight words or more, no citations). */
export async function pageProse(page: Page): Promise<string> {
  const texts = await page.locator('main p, main li').allInnerTexts();
  return texts
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter((t) => t.split(' ').length >= 8 && !CITATION.test(t))
    .join(' ');
}

/** The Flesch-Kincaid grade of pageProse. */
export async function proseGrade(page: Page): Promise<number> {
  return readability.fleschKincaidGrade(await pageProse(page));
}
