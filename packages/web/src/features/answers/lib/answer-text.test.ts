import type { AnswerItem } from '@iep/core';
import { describe, expect, it } from 'vitest';
import { PAGE_INTRO, stateLine, whoLine } from './answer-text';

const item = (over: Partial<AnswerItem>): AnswerItem => ({
  id: 'letter.s1.sunshine-response',
  source: 'letter',
  title: 'Sunshine Law: time for the district to act on a records request',
  meetingId: 'm1',
  letterKind: 'records-request',
  sentLetterId: 's1',
  who: null,
  due: '2026-12-03',
  from: '2026-11-30',
  state: 'waiting',
  daysLate: 0,
  waitingFor: null,
  basis: 'law',
  citation: 'RSMo 610.023.3',
  confidence: 'PRIMARY',
  ruleKind: 'law',
  answer: null,
  next: null,
  ...over,
});

describe('answer page words', () => {
  it('says the last day, how late, or when the answer came', () => {
    expect(stateLine(item({}))).toBe('The last day is December 3, 2026.');
    expect(stateLine(item({ state: 'late', daysLate: 1 }))).toBe(
      'The last day was December 3, 2026. That was 1 day ago.',
    );
    expect(stateLine(item({ state: 'late', daysLate: 4 }))).toMatch(/4 days ago\.$/);
    expect(
      stateLine(
        item({
          state: 'answered',
          answer: { itemId: 'x', documentId: null, documentTitle: null, answeredOn: '2026-12-02' },
        }),
      ),
    ).toBe('Answered on December 2, 2026.');
    expect(stateLine(item({ due: null, waitingFor: 'Waiting for the arrival date.' }))).toBe(
      'Waiting for the arrival date.',
    );
    expect(whoLine(item({ who: 'Ms. Lee' }))).toBe('Promised by Ms. Lee.');
    expect(PAGE_INTRO).not.toMatch(/undefined|null/);
  });
});
