import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { collectCspErrors, launchBrowser } from './support/browser';
import { arrive, focused, scrollWidth } from './support/page-checks';
import { startTestServer, type TestServer } from './support/server';
import { importCaseFile, signUpOwner } from './support/setup';

// The data check end to end: the example case's findings and chart, a CSV import through the wizard (broken
// first, then good), a finding sent to the concerns letter, 320 px and keyboard-only use. The "as of" date is
// fixed so the expected numbers come from the fixture, whatever day the tests run.

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const EXAMPLE = fixture('case.example.json');
const BROKEN = fixture('data/probes-broken.csv');
const GOOD = fixture('data/probes-good.csv');
const XLSX = fixture('data/probes-g2.xlsx');
const OWNER = { name: 'Maria Rivera', email: 'maria@example.org', password: 'a long family password' };
const AS_OF = '2026-11-20';

describe('a parent checks the school’s data', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let dataUrl = '';
  let cspErrors: string[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    context = await browser.newContext({ baseURL: server.url, viewport: { width: 1024, height: 800 } });
    page = await context.newPage();
    cspErrors = collectCspErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const goalSection = (area: string): Locator => page.locator('.goal-data', { hasText: `Goal: ${area}` });
  const findingGroup = (heading: string): Locator => page.locator('.finding-group', { hasText: heading });

  it('signs up, imports the example case and opens "Check the data"', async () => {
    await signUpOwner(page, OWNER);
    await importCaseFile(page, EXAMPLE);

    await page.getByRole('link', { name: 'Check the data' }).click();
    await arrive(page, 'Check the data', 'the data check');
    await expect(page.title()).resolves.toBe('Check the data for Jordan Rivera - IEP Ready');
    await expect.poll(() => page.locator('main').textContent(), { timeout: 5000 }).toContain('not a verdict');
    await page.fill('#as-of', AS_OF);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.getByText('Showing the data up to November 20, 2026.').waitFor();
    dataUrl = new URL(page.url()).pathname + new URL(page.url()).search;
    expect(dataUrl).toMatch(/^\/cases\/[^/]+\/data\?asOf=2026-11-20$/);
    await expectNoAxeViolations(page, 'the data check as of November 20, 2026');
  });

  it('shows g1’s chart with its title, summary and data table', async () => {
    const g1 = goalSection('Reading fluency');
    const chart = g1.locator('svg[role="img"]');
    await expect.poll(() => chart.count(), { timeout: 5000 }).toBe(1);
    // The accessible name and description point at the chart's title and its one-sentence summary.
    const titleId = (await chart.getAttribute('aria-labelledby')) ?? '';
    const summaryId = (await chart.getAttribute('aria-describedby')) ?? '';
    await expect
      .poll(() => page.locator(`[id="${titleId}"]`).textContent(), { timeout: 5000 })
      .toContain('Reading fluency');
    const summary = (await page.locator(`[id="${summaryId}"]`).textContent()) ?? '';
    // The fixture's g1 has 13 weekly scores from Aug 24 (70) to Nov 16 (76) up to Nov 20.
    expect(summary).toContain('13 scores went from 70 to 76');
    await expect.poll(() => chart.getAttribute('viewBox'), { timeout: 5000 }).toMatch(/^0 0 \d+ \d+$/);
    await expect(chart.getAttribute('style')).resolves.toBeNull();
    await expect.poll(() => chart.locator('circle').count(), { timeout: 5000 }).toBe(13);
    const table = g1.locator('table');
    await expect
      .poll(() => table.locator('caption').textContent(), { timeout: 5000 })
      .toBe('The scores in the chart');
    // Date, week, score and goal line; the phase column is left out because g1 has no phases.
    await expect(table.locator('thead th[scope="col"]').allTextContents()).resolves.toEqual([
      'Date',
      'Week',
      'Words correct per minute',
      'Goal line',
    ]);
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 5000 }).toBe(13);
    await expect
      .poll(() => table.locator('tbody tr').first().textContent(), { timeout: 5000 })
      .toContain('August 24, 2026');
    // The legend names each mark by its shape too, not by color alone.
    await expect
      .poll(() => g1.locator('.chart-legend').textContent(), { timeout: 5000 })
      .toContain('Goal line (dashed)');
  });

  it('lists the findings as questions, grouped, most serious first', async () => {
    const g1 = findingGroup('Goal: Reading fluency');
    await expect
      .poll(() => g1.textContent(), { timeout: 5000 })
      .toContain('Marked mastered, but the data disagrees');
    const g2 = findingGroup('Goal: Written expression');
    await expect.poll(() => g2.textContent(), { timeout: 5000 }).toContain('Marked mastered, but no scores');
    const s1 = findingGroup('Service: Specialized instruction in reading');
    // Only the sessions the log marks missed are missed (540 minutes); the week with no entries is unknown.
    await expect
      .poll(() => s1.textContent(), { timeout: 5000 })
      .toContain('The log marks service minutes as missed');
    await expect
      .poll(() => s1.textContent(), { timeout: 5000 })
      .toContain('the log marks 540 minutes of Specialized instruction in reading as missed');
    await expect
      .poll(() => s1.textContent(), { timeout: 5000 })
      .toContain('How and when will the missed minutes be made up?');
    await expect
      .poll(() => s1.textContent(), { timeout: 5000 })
      .toContain('The log does not show every session');
    await expect
      .poll(() => s1.textContent(), { timeout: 5000 })
      .toContain('We do not know if those sessions happened.');
    // A projection says it is one, and the card states the same number as its evidence.
    const trend = findingGroup('Goal: Reading fluency').locator('.finding', {
      hasText: 'Progress is slower than the goal needs',
    });
    const trendText = (await trend.textContent()) ?? '';
    const projected = /If the trend continues, Jordan would be at about ([\d.]+)/.exec(trendText)?.[1];
    expect(projected).toBeDefined();
    expect(trendText).toContain(`If the trend continues, score by the goal date (a projection)${projected}`);
    const first = page.locator('.finding').first();
    await expect.poll(() => first.getAttribute('class'), { timeout: 5000 }).toContain('finding-serious');
    const ledger = page.locator('.ledger', { hasText: 'Specialized instruction in reading' });
    await expect(
      ledger.getByRole('button', { name: /Use in my compensatory services request/ }).count(),
    ).resolves.toBe(1);
    await expect
      .poll(() => ledger.locator('dt:text-is("Missed and not made up") + dd').textContent(), {
        timeout: 5000,
      })
      .toBe('540');
    await expect
      .poll(() => ledger.locator('dt:text-is("Not in the log (unknown, not missed)") + dd').textContent(), {
        timeout: 5000,
      })
      .toBe('150');
    await expect(
      ledger.getByRole('link', { name: /Ask the school for the service logs/ }).count(),
    ).resolves.toBe(1);
    await expect
      .poll(() => page.locator('main').textContent(), { timeout: 5000 })
      .toContain('Reid v. District of Columbia');
  });

  it('shows every problem of a broken CSV with its row and column, and imports nothing', async () => {
    await page.getByRole('link', { name: 'Import a file of scores or logs' }).click();
    await arrive(page, 'Import scores or logs', 'the import wizard');
    await expect(page.isChecked('#kind-probes')).resolves.toBe(true);
    await expect(
      page.getByRole('link', { name: /Download the CSV template/ }).getAttribute('href'),
    ).resolves.toBe('/api/import-templates/probes.csv');
    await page.setInputFiles('#import-file', BROKEN);
    await page.getByRole('button', { name: 'Next: check the file' }).click();
    const problems = page.locator('.import-problems');
    await problems.waitFor();
    await expect(focused(page)).resolves.toMatchObject({
      className: expect.stringContaining('import-problems'),
    });
    await expect
      .poll(() => problems.textContent(), { timeout: 5000 })
      .toContain('1 of 4 rows are ready to import.');
    const rows = await problems.locator('tbody tr').allTextContents();
    // Rows count the header as row 1: the impossible date is row 2, "eighty" row 3, goal g9 row 4.
    expect(rows.some((r) => r.includes('probes-broken.csv') && r.includes('2Date'))).toBe(true);
    expect(rows.some((r) => r.includes('3Score'))).toBe(true);
    expect(rows.some((r) => r.includes('4Goal ID') && r.includes('g9'))).toBe(true);
    await expect(page.getByRole('button', { name: 'Import all 4 rows' }).isDisabled()).resolves.toBe(true);
    await expect
      .poll(() => page.getByRole('button', { name: 'Import only the 1 clean rows' }).count(), {
        timeout: 5000,
      })
      .toBe(1);
    await expectNoAxeViolations(page, 'the import wizard with problems');

    const api = await page.request.get(`/api${dataUrl.replace('/data', '/analysis')}`);
    const analysis = (await api.json()) as { goals: { goalId: string; probes: unknown[] }[] };
    expect(analysis.goals.find((g) => g.goalId === 'g1')?.probes).toHaveLength(13);
    await page.getByRole('button', { name: 'Choose another file' }).click();
  });

  it('imports a good CSV after matching a column by hand, and the chart gains the points', async () => {
    await page.setInputFiles('#import-file', GOOD);
    await page.getByRole('button', { name: 'Next: check the file' }).click();
    await page.locator('#map-score').waitFor();
    // "Words correct" is not a name we know for the score: the parent picks it.
    await expect.poll(() => page.inputValue('#map-goalId'), { timeout: 5000 }).toBe('Goal');
    await expect.poll(() => page.inputValue('#map-score'), { timeout: 5000 }).toBe('');
    await expect(page.getByRole('button', { name: 'Import all 3 rows' }).isDisabled()).resolves.toBe(true);
    await page.selectOption('#map-score', 'Words correct');
    await page.locator('.import-clean').waitFor();
    await expect
      .poll(() => page.locator('.import-clean').textContent(), { timeout: 5000 })
      .toContain('3 of 3 rows are ready');
    await expectNoAxeViolations(page, 'the import wizard with a clean file');
    await page.getByRole('button', { name: 'Import all 3 rows' }).click();
    await page.getByText('Imported 3 rows.').waitFor();
    await expect(focused(page)).resolves.toMatchObject({ tag: 'h2', text: 'Step 3 of 3: Done' });
    await page.getByRole('link', { name: 'See the data check' }).click();
    await arrive(page, 'Check the data', 'the data check after the import');
    await page.getByText('Showing the data up to November 20, 2026.').waitFor();
    const g1 = goalSection('Reading fluency');
    await expect.poll(() => g1.locator('svg[role="img"] circle').count(), { timeout: 5000 }).toBe(16);
    await expect.poll(() => g1.locator('tbody tr').count(), { timeout: 5000 }).toBe(16);
    await expect
      .poll(() => g1.locator('tbody').textContent(), { timeout: 5000 })
      .toContain('November 11, 2026');
  });

  it('imports an Excel workbook of scores for g2', async () => {
    await expect(goalSection('Written expression').locator('svg[role="img"] circle').count()).resolves.toBe(
      0,
    );
    await page.getByRole('link', { name: 'Import a file of scores or logs' }).click();
    await arrive(page, 'Import scores or logs', 'the import wizard for an Excel file');
    await page.setInputFiles('#import-file', XLSX);
    await page.getByRole('button', { name: 'Next: check the file' }).click();
    await page.locator('.import-clean').waitFor();
    await expect
      .poll(() => page.locator('.import-clean').textContent(), { timeout: 5000 })
      .toContain('2 of 2 rows are ready');
    await page.getByRole('button', { name: 'Import all 2 rows' }).click();
    await page.getByText('Imported 2 rows.').waitFor();
    await page.getByRole('link', { name: 'See the data check' }).click();
    await arrive(page, 'Check the data', 'the data check after the Excel import');
    const g2 = goalSection('Written expression');
    await expect.poll(() => g2.locator('svg[role="img"] circle').count(), { timeout: 5000 }).toBe(2);
    await expect
      .poll(() => g2.locator('tbody').textContent(), { timeout: 5000 })
      .toContain('October 13, 2026');
  });

  it('adds a finding to the concerns letter and the ledger to the compensatory services request', async () => {
    const g1 = findingGroup('Goal: Reading fluency');
    await g1
      .getByRole('button', { name: /Add to my concerns letter/ })
      .first()
      .click();
    await page.getByRole('status').filter({ hasText: 'Added to your concerns letter.' }).waitFor();
    const ledger = page.locator('.ledger', { hasText: 'Specialized instruction in reading' });
    await ledger.getByRole('button', { name: /Use in my compensatory services request/ }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Added Specialized instruction in reading to your compensatory services request.' })
      .waitFor();
  });

  it('adds a score and a service session by hand', async () => {
    await page.selectOption('#probe-goal', 'g1');
    await page.getByRole('button', { name: 'Add the score' }).click();
    await page.locator('.error-summary', { hasText: 'Enter the date of the score.' }).waitFor();
    await page.fill('#probe-date', '2026-11-18');
    await page.fill('#probe-score', '80');
    await page.getByRole('button', { name: 'Add the score' }).click();
    await page.getByRole('status').filter({ hasText: 'The score is saved.' }).waitFor();
    await expect
      .poll(() => goalSection('Reading fluency').locator('tbody tr').count(), { timeout: 5000 })
      .toBe(17);

    const ledger = page.locator('.ledger', { hasText: 'Specialized instruction in reading' });
    const before = Number(
      ((await ledger.locator('dt:text-is("Delivered") + dd').textContent()) ?? '').replace(/,/g, ''),
    );
    await page.fill('#log-date', '2026-11-19');
    await page.fill('#log-minutes', '30');
    await page.selectOption('#log-status', 'make-up');
    await page.getByRole('button', { name: 'Add the session' }).click();
    await page.getByRole('status').filter({ hasText: 'The session is saved.' }).waitFor();
    const makeUp = Number(
      ((await ledger.locator('dt:text-is("Make-up given") + dd').textContent()) ?? '').replace(/,/g, ''),
    );
    expect(makeUp).toBe(30);
    expect(before).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'the data check after manual entry');
  });

  it('fits a 320 px wide screen', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.reload();
    await arrive(page, 'Check the data', 'the data check at 320 px');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
    const box = await goalSection('Reading fluency').locator('svg[role="img"]').boundingBox();
    expect(box?.width ?? 999).toBeLessThanOrEqual(320);
    // The ledger's weeks start closed (totals first); opened, the table scrolls in its own box.
    const toggle = page.getByRole('button', { name: /Week by week/ });
    await expect.poll(() => toggle.getAttribute('aria-expanded'), { timeout: 5000 }).toBe('false');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded'), { timeout: 5000 }).toBe('true');
    await expect.poll(() => page.locator('.ledger tbody tr').count(), { timeout: 5000 }).toBe(13);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page, 'the data check at 320 px with the weeks open');
    await page.getByRole('link', { name: 'Import a file of scores or logs' }).click();
    await arrive(page, 'Import scores or logs', 'the import wizard at 320 px');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 1024, height: 800 });
  });

  it('can be used with the keyboard only: choose a kind, pick a file, check it, start over', async () => {
    await page.goto(dataUrl.replace('/data', '/data/import'));
    await arrive(page, 'Import scores or logs', 'the import wizard, keyboard only');
    const tabTo = async (id: string) => {
      for (let i = 0; i < 40; i += 1) {
        if ((await focused(page)).id === id) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached #${id}`);
    };
    await tabTo('kind-probes');
    await page.keyboard.press('ArrowDown');
    await expect(page.isChecked('#kind-progress-reports')).resolves.toBe(true);
    await page.keyboard.press('ArrowUp');
    await expect(page.isChecked('#kind-probes')).resolves.toBe(true);
    await tabTo('import-file');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
    await chooser.setFiles(BROKEN);
    await page.keyboard.press('Tab');
    await expect(focused(page)).resolves.toMatchObject({ tag: 'button', text: 'Next: check the file' });
    await page.keyboard.press('Enter');
    await page.locator('.import-problems').waitFor();
    await expect(focused(page)).resolves.toMatchObject({
      className: expect.stringContaining('import-problems'),
    });
    // The three broken rows, and now the clean row too: its score was imported with the good file above.
    await expect
      .poll(() => page.getByRole('status').textContent(), { timeout: 5000 })
      .toContain('0 of 4 rows are ready, 4 problems');
    for (let i = 0; i < 40 && (await focused(page)).text !== 'Choose another file'; i += 1) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await expect(focused(page)).resolves.toMatchObject({ tag: 'h2', text: 'Step 1 of 3: Choose a file' });
    expect(cspErrors).toEqual([]);
  });
});
