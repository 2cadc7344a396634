import { describe, expect, it } from 'vitest';
import type { PlanTask, TaskStatus } from '../api/types';
import { groupTasks } from './group-tasks';

function task(id: string, due: string, status: TaskStatus): PlanTask {
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
        task('late', '2026-11-20T15:00:00Z', 'overdue'),
        task('tonight', '2026-11-24T05:30:00Z', 'due-soon'),
        task('tuesday', '2026-11-24T15:00:00Z', 'upcoming'),
        task('finished', '2026-11-10T15:00:00Z', 'done'),
      ],
    });
    expect(groups.overdue.map((t) => t.id)).toEqual(['late']);
    // 11:30 PM Monday in Chicago is still today, though it is Tuesday in UTC.
    expect(groups.today.map((t) => t.id)).toEqual(['tonight']);
    expect(groups.comingUp.map((t) => t.id)).toEqual(['tuesday']);
    expect(groups.done.map((t) => t.id)).toEqual(['finished']);
  });

  it('keeps a done task under Done even when its due date has passed', () => {
    const groups = groupTasks({ now, timeZone: zone, tasks: [task('a', '2026-01-01T15:00:00Z', 'done')] });
    expect(groups.done).toHaveLength(1);
    expect(groups.overdue).toHaveLength(0);
  });

  it('sorts each group by due date, soonest first', () => {
    const groups = groupTasks({
      now,
      timeZone: zone,
      tasks: [
        task('c', '2026-12-03T15:00:00Z', 'upcoming'),
        task('a', '2026-11-30T15:00:00Z', 'upcoming'),
        task('b', '2026-12-01T15:00:00Z', 'due-soon'),
      ],
    });
    expect(groups.comingUp.map((t) => t.id)).toEqual(['a', 'b', 'c']);
  });
});
