import type { Kysely } from 'kysely';
import type { Database, GuestCodesTable } from '../db/schema.js';

// Guest codes and guest sessions. Codes and session tokens are looked up by their SHA-256 only.

type Db = Kysely<Database>;

export async function insertGuestCode(db: Db, row: GuestCodesTable): Promise<void> {
  await db.insertInto('guest_codes').values(row).execute();
}

export async function findGuestCodeByHash(db: Db, codeHash: string): Promise<GuestCodesTable | undefined> {
  return db.selectFrom('guest_codes').selectAll().where('code_hash', '=', codeHash).executeTakeFirst();
}

export async function findGuestCode(
  db: Db,
  caseId: string,
  meetingId: string,
  codeId: string,
): Promise<GuestCodesTable | undefined> {
  return db
    .selectFrom('guest_codes')
    .selectAll()
    .where('id', '=', codeId)
    .where('case_id', '=', caseId)
    .where('meeting_id', '=', meetingId)
    .executeTakeFirst();
}

export async function listGuestCodes(db: Db, caseId: string, meetingId: string): Promise<GuestCodesTable[]> {
  return db
    .selectFrom('guest_codes')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('meeting_id', '=', meetingId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Marks a waiting code used by this guest; false when another phone used it first. */
export async function claimGuestCode(db: Db, codeId: string, name: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('guest_codes')
    .set({ used_at: now, guest_name: name })
    .where('id', '=', codeId)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Ends a code and every guest session it started. */
export async function endGuestCode(db: Db, codeId: string, now: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('guest_codes')
      .set({ ended_at: now })
      .where('id', '=', codeId)
      .where('ended_at', 'is', null)
      .execute();
    await trx.deleteFrom('guest_sessions').where('code_id', '=', codeId).execute();
  });
}

export async function insertGuestSession(
  db: Db,
  row: { id: string; code_id: string; csrf_token: string; created_at: string },
): Promise<void> {
  await db.insertInto('guest_sessions').values(row).execute();
}

/** A guest session with its code. */
export async function findGuestSession(db: Db, sessionId: string) {
  return db
    .selectFrom('guest_sessions as s')
    .innerJoin('guest_codes as c', 'c.id', 's.code_id')
    .select([
      's.id as sessionId',
      's.csrf_token as csrfToken',
      'c.id as codeId',
      'c.case_id as caseId',
      'c.meeting_id as meetingId',
      'c.guest_name as guestName',
      'c.expires_at as expires_at',
      'c.ended_at as ended_at',
      'c.used_at as used_at',
    ])
    .where('s.id', '=', sessionId)
    .executeTakeFirst();
}

/** The owner of a case (a guest's entries are stored as the owner's case's). */
export async function caseOwnerId(db: Db, caseId: string): Promise<string | null> {
  const row = await db.selectFrom('cases').select('owner_id').where('id', '=', caseId).executeTakeFirst();
  return row?.owner_id ?? null;
}
