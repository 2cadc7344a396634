import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

// Callers check that the case belongs to the user first: these queries trust the case id they are given.

export interface TaskDone {
  taskId: string;
  doneAt: string;
}

export async function listDoneTasks(
  db: Kysely<Database>,
  caseId: string,
  meetingId: string,
): Promise<TaskDone[]> {
  const rows = await db
    .selectFrom('plan_task_status')
    .select(['task_id', 'done_at'])
    .where('case_id', '=', caseId)
    .where('meeting_id', '=', meetingId)
    .execute();
  return rows.map((r) => ({ taskId: r.task_id, doneAt: r.done_at }));
}

/** Every ticked task of the case, for all its meetings at once (the home page reads a whole case). */
export async function listDoneTasksOfCase(
  db: Kysely<Database>,
  caseId: string,
): Promise<(TaskDone & { meetingId: string })[]> {
  const rows = await db
    .selectFrom('plan_task_status')
    .select(['meeting_id', 'task_id', 'done_at'])
    .where('case_id', '=', caseId)
    .execute();
  return rows.map((r) => ({ meetingId: r.meeting_id, taskId: r.task_id, doneAt: r.done_at }));
}

export async function markTaskDone(
  db: Kysely<Database>,
  row: { caseId: string; meetingId: string; taskId: string; userId: string; doneAt: string },
): Promise<void> {
  await db
    .insertInto('plan_task_status')
    .values({
      case_id: row.caseId,
      meeting_id: row.meetingId,
      task_id: row.taskId,
      user_id: row.userId,
      done_at: row.doneAt,
    })
    // Marking a task done twice keeps the first time it was done.
    .onConflict((oc) => oc.columns(['case_id', 'meeting_id', 'task_id']).doNothing())
    .execute();
}

export async function markTaskNotDone(
  db: Kysely<Database>,
  caseId: string,
  meetingId: string,
  taskId: string,
): Promise<void> {
  await db
    .deleteFrom('plan_task_status')
    .where('case_id', '=', caseId)
    .where('meeting_id', '=', meetingId)
    .where('task_id', '=', taskId)
    .execute();
}
