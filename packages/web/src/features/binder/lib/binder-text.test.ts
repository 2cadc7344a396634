import { describe, expect, it } from 'vitest';
import { byTab, readingLine, todayLocal } from './binder-text';

describe('readingLine', () => {
  it('says where reading stands in plain words', () => {
    expect(readingLine({ status: 'queued', pagesDone: 0, pagesTotal: null, ocrPages: 0 })).toBe(
      'Waiting to read the text.',
    );
    expect(readingLine({ status: 'reading', pagesDone: 2, pagesTotal: 10, ocrPages: 0 })).toBe(
      'Reading the text: page 3 of 10.',
    );
    expect(readingLine({ status: 'reading', pagesDone: 10, pagesTotal: 10, ocrPages: 0 })).toBe(
      'Reading the text: page 10 of 10.',
    );
    expect(readingLine({ status: 'ready', pagesDone: 1, pagesTotal: 1, ocrPages: 0 })).toBe(
      'Text read: 1 page.',
    );
    expect(readingLine({ status: 'ready', pagesDone: 3, pagesTotal: 3, ocrPages: 3 })).toBe(
      'Text read: 3 pages, all from a picture.',
    );
    expect(readingLine({ status: 'ready', pagesDone: 3, pagesTotal: 3, ocrPages: 1 })).toBe(
      'Text read: 3 pages, 1 from a picture.',
    );
    expect(readingLine({ status: 'failed', pagesDone: 0, pagesTotal: null, ocrPages: 0 })).toBe(
      'The text could not be read.',
    );
  });
});

describe('byTab', () => {
  it('lists every tab in the binder order, each with its documents', () => {
    const groups = byTab([
      { id: 'a', tab: 'communication' as const },
      { id: 'b', tab: 'goals-services' as const },
      { id: 'c', tab: 'communication' as const },
    ]);
    expect(groups.map((g) => g.label)).toEqual([
      'Goals & services',
      'Evaluations & reports',
      'Communication',
      'Meetings',
      'Rights & reference',
    ]);
    expect(groups[2]?.documents.map((d) => d.id)).toEqual(['a', 'c']);
    expect(groups[1]?.documents).toEqual([]);
  });
});

describe('todayLocal', () => {
  it('writes the local day as YYYY-MM-DD', () => {
    expect(todayLocal(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
