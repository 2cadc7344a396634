import type { Plan, PlanTask } from '@iep/core';
import { dateKeyInZone } from '../../../lib/format-time';

export interface TaskGroups {
  overdue: PlanTask[];
  today: PlanTask[];
  comingUp: PlanTask[];
  done: PlanTask[];
}

export const GROUP_HEADINGS: Record<keyof TaskGroups, string> = {
  overdue: 'Overdue',
  today: 'Today',
  comingUp: 'Coming up',
  done: 'Done',
};

export const GROUP_ORDER: (keyof TaskGroups)[] = ['overdue', 'today', 'comingUp', 'done'];

const byDue = (a: PlanTask, b: PlanTask) => Date.parse(a.due) - Date.parse(b.due);

/**
 * Sorts the plan's tasks into the timeline groups. The planner's status decides done and overdue; "today" is
 * the calendar day of `plan.now` in the meeting's time zone, so a task due at 8 PM Chicago time is not shown
 * as tomorrow's just because it is already the next day in UTC.
 */
export function groupTasks(plan: Pick<Plan, 'tasks' | 'now' | 'timeZone'>): TaskGroups {
  const today = dateKeyInZone(plan.now, plan.timeZone);
  const groups: TaskGroups = { overdue: [], today: [], comingUp: [], done: [] };
  for (const task of plan.tasks) {
    if (task.status === 'done') groups.done.push(task);
    else if (task.status === 'overdue') groups.overdue.push(task);
    else if (dateKeyInZone(task.due, plan.timeZone) === today) groups.today.push(task);
    else groups.comingUp.push(task);
  }
  groups.overdue.sort(byDue);
  groups.today.sort(byDue);
  groups.comingUp.sort(byDue);
  groups.done.sort(byDue);
  return groups;
}
