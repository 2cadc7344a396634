import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCaseFileText, type CaseFile, type Meeting } from '../case/index.js';
import { planMeeting } from './plan-meeting.js';
import type { PlanCommitmentInput } from './plan-types.js';

// Commitments on the plan. Meeting: Mon 2026-12-07 09:00 America/Chicago.

function exampleCase(): CaseFile {
  const parsed = parseCaseFileText(
    readFileSync(new URL('../letters/test-fixtures/case.example.json', import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error('example case file is invalid');
  return parsed.value;
}
const caseFile = exampleCase();
const meeting = caseFile.meetings[0] as Meeting;

const c = (id: string, due: string | null, doneAt: string | null = null): PlanCommitmentInput => ({
  id,
  who: 'Ms. Lee',
  what: `task ${id}`,
  due,
  doneAt,
});

const plan = (now: string, commitments: PlanCommitmentInput[]) =>
  planMeeting({ meeting, caseFile, now, commitments }).commitments;

describe('plan commitments', () => {
  it('is empty when none are given', () => {
    expect(planMeeting({ meeting, caseFile, now: '2026-12-07T12:00:00-06:00' }).commitments).toEqual([]);
  });

  it('sorts by due date, no date last, and gives each a status', () => {
    const list = plan('2026-12-08T10:00:00-06:00', [
      c('none', null),
      c('late', '2026-12-21'),
      c('friday', '2026-12-11'),
      c('soon', '2026-12-09'),
      c('past', '2026-12-07'),
      c('done', '2026-12-01', '2026-12-02T10:00:00Z'),
    ]);
    expect(list.map((x) => [x.id, x.status])).toEqual([
      ['done', 'done'],
      ['past', 'overdue'],
      ['soon', 'due-soon'],
      ['friday', 'upcoming'],
      ['late', 'upcoming'],
      ['none', 'no-date'],
    ]);
    expect(list[0]).toMatchObject({ who: 'Ms. Lee', what: 'task done', doneAt: '2026-12-02T10:00:00Z' });
  });

  it('turns overdue once today in the meeting\u2019s zone is after the due day', () => {
    const status = (now: string) => plan(now, [c('x', '2026-12-11')])[0]?.status;
    expect(status('2026-12-08T23:59:00-06:00')).toBe('upcoming');
    expect(status('2026-12-09T00:00:00-06:00')).toBe('due-soon');
    expect(status('2026-12-11T23:59:00-06:00')).toBe('due-soon');
    // 05:30 UTC on Dec 12 is still Dec 11 in Chicago.
    expect(status('2026-12-12T05:30:00Z')).toBe('due-soon');
    expect(status('2026-12-12T06:30:00Z')).toBe('overdue');
  });

  it('a done commitment stays done after its day', () => {
    expect(plan('2027-01-30T12:00:00Z', [c('x', '2026-12-11', '2026-12-10T15:00:00Z')])[0]?.status).toBe(
      'done',
    );
  });

  it('treats a due value that is not a real date as no date', () => {
    expect(plan('2026-12-08T10:00:00-06:00', [c('x', '2026-02-30')])[0]).toMatchObject({
      due: null,
      status: 'no-date',
    });
  });

  it('keeps the given order for equal due dates', () => {
    const list = plan('2026-12-08T10:00:00-06:00', [
      c('b', '2026-12-11'),
      c('a', '2026-12-11'),
      c('n2', null),
      c('n1', null),
    ]);
    expect(list.map((x) => x.id)).toEqual(['b', 'a', 'n2', 'n1']);
  });
});
