import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

// The parent's "date you knew" per event of a case (table escalation_known_dates).

type Db = Kysely<Database>;

export async function listKnownDates(db: Db, caseId: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('escalation_known_dates')
    .select(['event_id', 'known_on'])
    .where('case_id', '=', caseId)
    .execute();
  return new Map(rows.map((r) => [r.event_id, r.known_on]));
}

export async function saveKnownDate(
  db: Db,
  row: { caseId: string; eventId: string; knownOn: string; now: string },
): Promise<void> {
  await db
    .insertInto('escalation_known_dates')
    .values({ case_id: row.caseId, event_id: row.eventId, known_on: row.knownOn, updated_at: row.now })
    .onConflict((oc) =>
      oc.columns(['case_id', 'event_id']).doUpdateSet({ known_on: row.knownOn, updated_at: row.now }),
    )
    .execute();
}

export async function deleteKnownDate(db: Db, caseId: string, eventId: string): Promise<void> {
  await db
    .deleteFrom('escalation_known_dates')
    .where('case_id', '=', caseId)
    .where('event_id', '=', eventId)
    .execute();
}

/** Every "date you knew" of a case, for its backup. */
export async function knownDatesOfCase(
  db: Db,
  caseId: string,
): Promise<{ eventId: string; knownOn: string; updatedAt: string }[]> {
  const rows = await db
    .selectFrom('escalation_known_dates')
    .select(['event_id', 'known_on', 'updated_at'])
    .where('case_id', '=', caseId)
    .orderBy('event_id')
    .execute();
  return rows.map((r) => ({ eventId: r.event_id, knownOn: r.known_on, updatedAt: r.updated_at }));
}
