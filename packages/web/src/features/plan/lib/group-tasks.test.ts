import type { PlanTask, TaskId, TaskStatus } from '@iep/core';
import { describe, expect, it } from 'vitest';
import { groupTasks } from './group-tasks';

function task(id: TaskId, due: string, status: TaskStatus): PlanTask {
  return {
    id,
    title: id,
    explanation: '',
    due,
    latest: null,
    status,
    basis: [],
    deadlines: [],
    checklist: [],
    warnings: [],
  };
}

const zone = 'America/Chicago';
// 10:00 PM on Monday, November 23 in Chicago; already Tuesday in UTC.
const now = '2026-11-24T04:00:00Z';

describe('groupTasks', () => {
  it('puts each task in exactly one group by status and by the local day', () => {
    const groups = groupTasks({
      now,
      timeZone: zone,
      tasks: [
        task('records-request', '2026-11-20T15:00:00Z', 'overdue'),
        task('recording-notice', '2026-11-24T05:30:00Z', 'due-soon'),
        task('data-review', '2026-11-24T15:00:00Z', 'upcoming'),
        task('follow-up', '2026-11-10T15:00:00Z', 'done'),
      ],
    });
    expect(groups.overdue.map((t) => t.id)).toEqual(['records-request']);
    // 11:30 PM Monday in Chicago is still today, though it is Tuesday in UTC.
    expect(groups.today.map((t) => t.id)).toEqual(['recording-notice']);
    expect(groups.comingUp.map((t) => t.id)).toEqual(['data-review']);
    expect(groups.done.map((t) => t.id)).toEqual(['follow-up']);
  });

  it('keeps a done task under Done even when its due date has passed', () => {
    const groups = groupTasks({
      now,
      timeZone: zone,
      tasks: [task('follow-up', '2026-01-01T15:00:00Z', 'done')],
    });
    expect(groups.done).toHaveLength(1);
    expect(groups.overdue).toHaveLength(0);
  });

  it('sorts each group by due date, soonest first', () => {
    const groups = groupTasks({
      now,
      timeZone: zone,
      tasks: [
        task('support-person', '2026-12-03T15:00:00Z', 'upcoming'),
        task('records-request', '2026-11-30T15:00:00Z', 'upcoming'),
        task('concerns-letter', '2026-12-01T15:00:00Z', 'due-soon'),
      ],
    });
    expect(groups.comingUp.map((t) => t.id)).toEqual([
      'records-request',
      'concerns-letter',
      'support-person',
    ]);
  });
});
