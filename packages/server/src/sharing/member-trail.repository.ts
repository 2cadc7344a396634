import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/**
 * Whether this member's call of this route is already on the case's paper trail since `since` (an ISO instant).
 * Reads the case's own `member.access` events of the window (the case_id + at index keeps it short) and matches
 * the member and route in code, so the query is the same on SQLite and PostgreSQL (no JSON operators).
 */
export async function memberAccessSince(
  db: Kysely<Database>,
  entry: { caseId: string; userId: string; route: string; since: string },
): Promise<boolean> {
  const rows = await db
    .selectFrom('case_events')
    .select('data')
    .where('case_id', '=', entry.caseId)
    .where('kind', '=', 'member.access')
    .where('at', '>=', entry.since)
    .execute();
  return rows.some((row) => {
    const data = JSON.parse(row.data) as { userId?: unknown; route?: unknown };
    return data.userId === entry.userId && data.route === entry.route;
  });
}
