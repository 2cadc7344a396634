import type { NoticeCheckBody } from '@iep/core/contract';
import { describe, expect, it } from 'vitest';
import { noticeLetterHref, noticeReadAloud, noticeSummary } from './notice-check-text';

const element = (n: number, found: boolean): NoticeCheckBody['elements'][number] => ({
  n,
  name: `Part ${n}`,
  plain: '',
  citation: `34 CFR 300.503(b)(${n})`,
  confidence: 'PRIMARY',
  kind: 'law',
  found,
  quote: found ? `Words ${n}.` : null,
  page: found ? 1 : null,
  via: found ? 'label' : null,
  note: found ? null : n === 7 ? 'The notice has a place for this, but nothing is written there.' : null,
});

const check = (missing: number[]) =>
  ({
    elements: [1, 2, 3, 4, 5, 6, 7].map((n) => element(n, !missing.includes(n))),
    missing,
    timing: { words: 'The change can start on December 18, 2026 at the earliest.' },
  }) as unknown as NoticeCheckBody;

describe('the notice check panel words', () => {
  it('says how many parts were found and missing', () => {
    expect(noticeSummary(check([6, 7]))).toBe('5 of the 7 parts were found. 2 could not be found.');
    expect(noticeSummary(check([]))).toBe('All 7 parts were found in this notice.');
  });

  it('reads everything aloud: each part with its words or its note, and the timing', () => {
    const text = noticeReadAloud(check([7]));
    expect(text).toContain('1. Part 1: found on page 1. Words 1.');
    expect(text).toContain('7. Part 7: not found. The notice has a place for this');
    expect(text).toMatch(/December 18, 2026 at the earliest\.$/);
  });

  it('opens the letter at its review step', () => {
    expect(noticeLetterHref('c 1')).toBe('/cases/c%201/letters/notice-missing-parts?step=review');
  });
});
