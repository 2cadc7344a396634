import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_MARK, exampleCaseFor } from './example-case.js';

const file = {
  student: { name: 'Jordan Rivera' },
  meetings: [
    { id: 'm1', sessions: [{ start: '2026-12-07T09:00:00', end: '2026-12-07T11:30:00' }] },
    { id: 'm2', sessions: [{ start: '2027-01-11T13:15:00', end: '2027-01-11T14:00:00' }] },
  ],
};

describe('exampleCaseFor', () => {
  it('marks the child as an example and puts the first meeting two weeks from today', () => {
    const moved = exampleCaseFor(file, '2027-03-01');
    expect(moved.student.name).toBe(`Jordan Rivera ${EXAMPLE_MARK}`);
    expect(moved.meetings[0]?.sessions[0]).toEqual({
      start: '2027-03-15T09:00:00',
      end: '2027-03-15T11:30:00',
    });
    // Every meeting moves by the same days, at the same times (35 days apart before and after).
    expect(moved.meetings[1]?.sessions[0]).toEqual({
      start: '2027-04-19T13:15:00',
      end: '2027-04-19T14:00:00',
    });
    expect(file.student.name).toBe('Jordan Rivera');
  });

  it('keeps the days between meetings and the times of day, whatever today is', () => {
    fc.assert(
      fc.property(fc.integer({ min: -2000, max: 2000 }), (offset) => {
        const today = new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
        const moved = exampleCaseFor(file, today);
        const a = moved.meetings[0]?.sessions[0]?.start ?? '';
        const b = moved.meetings[1]?.sessions[0]?.start ?? '';
        expect((Date.parse(`${b}Z`) - Date.parse(`${a}Z`)) / 86_400_000).toBeCloseTo(35 + 4.25 / 24, 5);
        expect(
          (Date.parse(`${a.slice(0, 10)}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000,
        ).toBe(14);
        expect(a.slice(10)).toBe('T09:00:00');
      }),
    );
  });
});
