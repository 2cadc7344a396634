import { describe, expect, it } from 'vitest';
import { exhibitStamp, lintBinder, planBinder, tocLine, wrapText, type BinderInput } from './plan.js';

const input: BinderInput = {
  childName: 'Sam Lee',
  purpose: 'State complaint',
  preparedBy: 'Ana Lee',
  preparedOn: '2026-12-04',
  exhibits: [
    {
      title: 'IEP of May 2026',
      date: '2026-05-02',
      source: { kind: 'pdf', pageCount: 7 },
      sha256: 'ab'.repeat(32),
    },
    {
      title: 'Email from the principal',
      date: '2026-03-01',
      source: { kind: 'text', text: 'Hello.\n'.repeat(100) },
    },
    {
      title: 'Locked evaluation',
      date: '2026-06-01',
      source: { kind: 'pdf', pageCount: 3 },
      unreadable: true,
    },
  ],
  timeline: [
    { date: '2026-05-02', what: 'IEP meeting held.' },
    { date: '2026-02-01', what: 'Parent asked for an evaluation.' },
  ],
};

describe('planBinder', () => {
  it('numbers exhibits by date and counts their pages', () => {
    const plan = planBinder(input);
    expect(plan.exhibits.map((e) => [e.number, e.title, e.pages])).toEqual([
      [1, 'Email from the principal', 3],
      [2, 'IEP of May 2026', 7],
      [3, 'Locked evaluation', 0],
    ]);
    expect(plan.timeline[0]).toBe('February 1, 2026: Parent asked for an evaluation.');
    const [, iep, locked] = plan.exhibits;
    if (iep === undefined || locked === undefined) throw new Error('three exhibits');
    expect(tocLine(iep)).toBe('Exhibit 2. IEP of May 2026 (May 2, 2026, 7 pages)');
    expect(tocLine(locked)).toContain('listed only');
  });

  it('stamps pages as a reader expects', () => {
    expect(exhibitStamp(4, 2, 7)).toBe('Exhibit 4, page 2 of 7');
  });

  it('wraps long words and keeps paragraphs', () => {
    expect(wrapText('a'.repeat(10) + ' bb\n\ncc', 8)).toEqual(['aaaaaaaa', 'aa bb', '', 'cc']);
  });

  it('passes the outgoing linter, and catches a machine word or placeholder put in by mistake', () => {
    expect(lintBinder(planBinder(input))).toEqual([]);
    const bad = planBinder({
      ...input,
      exhibits: [
        {
          title: 'Letter [name]',
          date: '2026-01-01',
          detail: 'sent undefined',
          source: { kind: 'text', text: 'x' },
        },
      ],
    });
    expect([...new Set(lintBinder(bad).map((p) => p.rule))].sort()).toEqual(['machine-word', 'placeholder']);
  });
});
