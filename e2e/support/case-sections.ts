import type { Page } from 'playwright-core';
import { arrive } from './page-checks';

// The case page is an overview: a card per section, each opening the section's own page. Tests reach a section's
// forms the way a parent does, from the overview's card.

export type CaseSection = 'child' | 'meetings' | 'goals' | 'recordings';

const CARDS: Record<CaseSection, { card: string; heading: string }> = {
  child: { card: 'Child and team', heading: 'Child and team' },
  meetings: { card: 'Meetings', heading: 'Meetings' },
  goals: { card: 'Goals and services', heading: 'Goals and services' },
  recordings: { card: 'Recordings', heading: 'Recordings' },
};

/**
 * From the case overview (the page must be on it), opens a section's page with its card's last link (the one to
 * the section itself: "See all meetings", "See child and team"...) and waits for it, axe included.
 */
export async function openCaseSection(page: Page, section: CaseSection): Promise<void> {
  const { card, heading } = CARDS[section];
  await page
    .locator('.case-overview .card')
    .filter({ has: page.getByRole('heading', { name: card, exact: true }) })
    .getByRole('link')
    .last()
    .click();
  await arrive(page, heading, `the case's ${section} page`);
}

/** Goes to the case overview at `caseUrl` (/cases/<id>) and opens a section there. */
export async function gotoCaseSection(page: Page, caseUrl: string, section: CaseSection): Promise<void> {
  await page.goto(caseUrl);
  await page.locator('.case-overview').waitFor();
  await openCaseSection(page, section);
}
