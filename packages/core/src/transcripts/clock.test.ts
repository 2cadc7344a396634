import { describe, expect, it } from 'vitest';
import { cueTime, formatClock } from './clock.js';

describe('formatClock', () => {
  it('shows minutes and seconds under an hour, hours from an hour on', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(123.9)).toBe('2:03');
    expect(formatClock(3723)).toBe('1:02:03');
    expect(formatClock(5 * 3600)).toBe('5:00:00');
  });

  it('treats negative or broken times as zero', () => {
    expect(formatClock(-4)).toBe('0:00');
    expect(formatClock(Number.NaN)).toBe('0:00');
  });
});

describe('cueTime', () => {
  it('writes SRT and WebVTT times with milliseconds', () => {
    expect(cueTime(62.345, ',')).toBe('00:01:02,345');
    expect(cueTime(3723.0004, '.')).toBe('01:02:03.000');
    expect(cueTime(0.9996, '.')).toBe('00:00:01.000');
  });
});
