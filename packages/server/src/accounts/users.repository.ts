import type { Kysely } from 'kysely';
import type { Database, Role, UserRow } from '../db/schema.js';

export async function insertUser(db: Kysely<Database>, row: UserRow): Promise<void> {
  await db.insertInto('users').values(row).execute();
}

/** email must already be normalized (trimmed, lower-case). */
export async function findUserByEmail(db: Kysely<Database>, email: string): Promise<UserRow | null> {
  return (await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst()) ?? null;
}

export async function findFirstUserWithRole(db: Kysely<Database>, role: Role): Promise<UserRow | null> {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('role', '=', role)
    .orderBy('created_at')
    .limit(1)
    .executeTakeFirst();
  return row ?? null;
}

export async function anyUserExists(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}
