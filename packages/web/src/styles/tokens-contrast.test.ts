import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { colourTokens, contrastRatio } from '../lib/contrast';

// Every foreground/background pair the stylesheets use, with the WCAG minimum it must meet: 4.5:1 for body text,
// 3:1 for large text and for the edges of controls and focus rings (WCAG 1.4.3, 1.4.11).
const TEXT = 4.5;
const UI = 3;
const PAIRS: [fg: string, bg: string, min: number, where: string][] = [
  ['text', 'bg', TEXT, 'body text'],
  ['text', 'panel', TEXT, 'text on cards'],
  ['text', 'info-bg', TEXT, 'text in notes'],
  ['text', 'warning-bg', TEXT, 'text in warnings'],
  ['text', 'error-bg', TEXT, 'text in errors'],
  ['text', 'done-bg', TEXT, 'text in done chips'],
  ['muted', 'bg', TEXT, 'hints'],
  ['muted', 'panel', TEXT, 'hints on cards'],
  ['primary', 'bg', TEXT, 'links and secondary buttons'],
  ['primary', 'panel', TEXT, 'links on cards'],
  ['primary', 'info-bg', TEXT, 'links in notes, secondary button hover'],
  ['primary-dark', 'info-bg', TEXT, 'hovered links in notes'],
  ['bg', 'primary', TEXT, 'primary button text'],
  ['bg', 'primary-dark', TEXT, 'header text, hovered button'],
  ['danger', 'bg', TEXT, 'error text'],
  ['danger', 'error-bg', TEXT, 'error summary text'],
  ['done', 'bg', TEXT, 'saved messages'],
  ['done', 'done-bg', TEXT, 'done chip'],
  ['warning-border', 'warning-bg', TEXT, 'warning chip text'],
  ['border', 'bg', UI, 'field and card edges'],
  ['focus', 'bg', UI, 'focus ring'],
  ['focus', 'panel', UI, 'focus ring on cards'],
  ['warning-border', 'bg', UI, 'warning edge'],
];

const tokens = colourTokens(readFileSync(new URL('./tokens.css', import.meta.url), 'utf8'));

describe('colour tokens', () => {
  it('computes WCAG contrast the standard way', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
  });

  it.each(PAIRS)('--%s on --%s meets %s:1 (%s)', (fg, bg, min) => {
    const f = tokens.get(fg);
    const b = tokens.get(bg);
    expect(f, `--${fg} is declared in tokens.css`).toMatch(/^#/);
    expect(b, `--${bg} is declared in tokens.css`).toMatch(/^#/);
    expect(contrastRatio(f ?? '', b ?? '')).toBeGreaterThanOrEqual(min);
  });
});
