import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/**
 * Adds one failure to the key's window and returns the count, in one statement (two sign-ins at the same moment
 * cannot both read the old count). A window that started at or before `staleBefore` starts again at `now`.
 */
export async function addSignInFailure(
  db: Kysely<Database>,
  key: string,
  now: string,
  staleBefore: string,
): Promise<number> {
  const row = await db
    .insertInto('sign_in_limits')
    .values({ key, window_start: now, failures: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: sql<number>`case when sign_in_limits.window_start <= ${staleBefore} then 1 else sign_in_limits.failures + 1 end`,
        window_start: sql<string>`case when sign_in_limits.window_start <= ${staleBefore} then ${now} else sign_in_limits.window_start end`,
      }),
    )
    .returning('failures')
    .executeTakeFirstOrThrow();
  return Number(row.failures);
}

/** Takes one failure back (a try that turned out right). */
export async function removeSignInFailure(db: Kysely<Database>, key: string): Promise<void> {
  await db
    .updateTable('sign_in_limits')
    .set({ failures: sql<number>`failures - 1` })
    .where('key', '=', key)
    .where('failures', '>', 0)
    .execute();
}

export async function clearSignInFailures(db: Kysely<Database>, keys: readonly string[]): Promise<void> {
  if (keys.length > 0) await db.deleteFrom('sign_in_limits').where('key', 'in', keys).execute();
}

export async function deleteStaleSignInLimits(db: Kysely<Database>, staleBefore: string): Promise<void> {
  await db.deleteFrom('sign_in_limits').where('window_start', '<=', staleBefore).execute();
}
