import { describe, expect, it } from 'vitest';
import { ESCALATION_HELPERS, ESCALATION_OPTIONS, ESCALATION_OPTION_IDS, escalationWindow } from './index.js';
import { toIsoDate } from '../calendar/index.js';

// The escalation page is read by parents in a dispute, under stress: every option, its steps and its "Why" read
// at grade 8.5 or below on Flesch-Kincaid (citations removed: "34 CFR 300.153" is a name, not words).

interface Readability {
  fleschKincaidGrade(text: string): number;
}
// text-readability ships no types; a variable specifier keeps TypeScript from asking for them.
const readabilityModule = 'text-readability';
const readability = ((await import(readabilityModule)) as { default: Readability }).default;

const grade = (text: string) =>
  readability.fleschKincaidGrade(
    text
      .replace(/\b\d+ CFR [\d.]+(\([a-z0-9]+\))*/gi, '')
      .replace(/\bRSMo [\d.]+/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );

describe('escalation reading level', () => {
  it.each(ESCALATION_OPTION_IDS.map((id) => [id]))('option %s reads at grade 8.5 or below', (id) => {
    const o = ESCALATION_OPTIONS[id];
    expect(grade(`${o.title}. ${o.summary}`)).toBeLessThanOrEqual(8.5);
    expect(grade(o.steps.join(' '))).toBeLessThanOrEqual(8.5);
    expect(grade(o.why)).toBeLessThanOrEqual(8.5);
  });

  it.each(ESCALATION_HELPERS.map((h) => [h.id, h]))('helper %s reads at grade 8.5 or below', (_id, h) => {
    expect(grade(`${h.about} ${h.caution ?? ''}`)).toBeLessThanOrEqual(8.5);
  });

  it('the window sentences read at grade 8.5 or below', () => {
    const w = escalationWindow(
      'due-process',
      'due-process-window',
      'knew',
      {
        id: 'x',
        kind: 'notice-of-action',
        label: 'Notice of Action',
        on: toIsoDate('2026-03-06'),
        knewDefault: toIsoDate('2026-03-09'),
        knewGiven: null,
      },
      toIsoDate('2026-12-04'),
    );
    expect(grade(`${w.closesText} ${w.leftText}. ${w.fromText}`)).toBeLessThanOrEqual(8.5);
  });
});
