import axe from 'axe-core';
import type { Page } from 'playwright-core';

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core in the page (WCAG 2.x A/AA and 2.2 AA) and throws with every violation listed. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const loaded = await page.evaluate(() => 'axe' in window);
  // The app's CSP (script-src 'self') rightly refuses an inline <script> from addScriptTag, so axe is evaluated
  // through the DevTools protocol, which the page's policy does not govern.
  if (!loaded) await page.evaluate(axe.source);
  const violations = await page.evaluate(async (tags) => {
    const w = window as unknown as {
      axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: unknown[] }> };
    };
    const result = await w.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations;
  }, TAGS);
  if (violations.length > 0) {
    const text = (violations as AxeViolation[])
      .map(
        (v) =>
          `- ${v.id} (${v.impact ?? 'unknown'}): ${v.help}\n` +
          v.nodes.map((n) => `    at ${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`).join('\n'),
      )
      .join('\n');
    throw new Error(`Accessibility violations on ${where} (${page.url()}):\n${text}`);
  }
}
