import { escalationPage, toIsoDate } from '@iep/core';
import { describe, expect, it } from 'vitest';
import {
  KNEW_HELP,
  NO_EVENTS,
  PAGE_INTRO,
  WINDOWS_INTRO,
  helperSpeech,
  optionSpeech,
  splitWindows,
} from './escalation-text';

interface Readability {
  fleschKincaidGrade(text: string): number;
}
// text-readability ships no types; a variable specifier keeps TypeScript from asking for them.
const readabilityModule = 'text-readability';
const readability = ((await import(readabilityModule)) as { default: Readability }).default;

const page = escalationPage({
  planType: 'IEP',
  today: toIsoDate('2026-12-04'),
  events: [
    {
      id: 'meeting:a',
      kind: 'meeting',
      label: 'The meeting on March 3, 2026',
      on: toIsoDate('2026-03-03'),
      knewDefault: toIsoDate('2026-03-03'),
      knewGiven: null,
    },
    {
      id: 'meeting:b',
      kind: 'meeting',
      label: 'The meeting on November 3, 2025',
      on: toIsoDate('2025-11-03'),
      knewDefault: toIsoDate('2025-11-03'),
      knewGiven: null,
    },
  ],
});

describe('escalation page words', () => {
  it('read at grade 8.5 or below', () => {
    for (const text of [PAGE_INTRO, WINDOWS_INTRO, KNEW_HELP, NO_EVENTS])
      expect(readability.fleschKincaidGrade(text), text).toBeLessThanOrEqual(8.5);
  });

  it('reads an option aloud with its steps and its why', () => {
    const complaint = page.options.find((o) => o.id === 'child-complaint');
    if (!complaint) throw new Error('no child complaint');
    const text = optionSpeech(complaint);
    expect(text.startsWith('A child complaint to DESE. Tell the state')).toBe(true);
    expect(text).toContain('Why: Federal rules let anyone file a state complaint.');
  });

  it('folds away the closed windows', () => {
    const complaint = page.options.find((o) => o.id === 'child-complaint');
    const { open, closed } = splitWindows(complaint?.windows ?? []);
    expect(open.map((w) => w.eventId)).toEqual(['meeting:a']);
    expect(closed.map((w) => w.eventId)).toEqual(['meeting:b']);
  });

  it('reads a helper with its phone numbers', () => {
    const mpact = page.helpers.find((h) => h.id === 'mpact');
    if (!mpact) throw new Error('no MPACT');
    expect(helperSpeech(mpact)).toMatch(/^MPACT \(Missouri Parents Act\)\. .* Phone: 800-743-7634\.$/);
  });
});
