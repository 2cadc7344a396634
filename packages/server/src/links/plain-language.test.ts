import { describe, expect, it } from 'vitest';
import { LINK_NOT_FOUND, STUDENT_VIEW_NOT_FOUND } from './links.service.js';
import { LINK_GONE, PASSPHRASE_NEEDED, PASSPHRASE_WRONG, STUDENT_PAGE_GONE } from './public-links.service.js';

// What a teacher, a child or a parent reads when a shared link does not open must be plain: Flesch-Kincaid grade 6
// or lower (a child reads these).

interface Readability {
  fleschKincaidGrade(text: string): number;
}
// text-readability ships no types; a variable specifier keeps TypeScript from asking for them.
const readabilityModule = 'text-readability';
const readability = ((await import(readabilityModule)) as { default: Readability }).default;

const TEXTS = {
  'link does not work': LINK_GONE,
  'page does not work': STUDENT_PAGE_GONE,
  'passphrase needed': PASSPHRASE_NEEDED,
  'wrong passphrase': PASSPHRASE_WRONG,
  'link not in the case': LINK_NOT_FOUND,
  'page not in the case': STUDENT_VIEW_NOT_FOUND,
};

describe('plain language of shared links', () => {
  it.each(Object.entries(TEXTS))('%s reads at grade 6 or lower', (_name, text) => {
    expect(readability.fleschKincaidGrade(text)).toBeLessThanOrEqual(6);
  });
});
