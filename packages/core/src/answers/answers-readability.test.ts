import { describe, expect, it } from 'vitest';
import { DEADLINE_RULE_IDS } from '../deadlines/index.js';
import { nextStepForPromise, nextStepForRule } from './next-steps.js';

// What a parent reads when an answer is late: the next step's words score at most grade 8.5 on Flesch-Kincaid.

interface Readability {
  fleschKincaidGrade(text: string): number;
}
// text-readability ships no types; a variable specifier keeps TypeScript from asking for them.
const readabilityModule = 'text-readability';
const readability = ((await import(readabilityModule)) as { default: Readability }).default;

describe('next steps read at grade 6-8', () => {
  const steps = [
    ...DEADLINE_RULE_IDS.map((rule) => nextStepForRule(rule, '2026-12-01')),
    nextStepForPromise(),
  ];
  it.each(steps.map((s) => [s.words]))('%s', (words) => {
    expect(readability.fleschKincaidGrade(words)).toBeLessThanOrEqual(8.5);
  });
});
