import type { Kysely } from 'kysely';

// The support person at the table: one-time guest codes for one meeting's companion, the guest sessions they
// start (no account), and who added each companion entry. Codes and session tokens are stored only as their
// SHA-256 (like invitation tokens): the database never holds a code someone could type. Forward-only.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('guest_codes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code_hash', 'text', (c) => c.notNull().unique())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('meeting_id', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    // The name the guest typed when the code was used (a code is used once).
    .addColumn('guest_name', 'text')
    .addColumn('used_at', 'text')
    .addColumn('ended_at', 'text')
    .execute();
  await db.schema
    .createIndex('guest_codes_meeting_idx')
    .on('guest_codes')
    .columns(['case_id', 'meeting_id'])
    .execute();
  await db.schema
    .createTable('guest_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code_id', 'text', (c) => c.notNull().references('guest_codes.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // Who added an entry: 'owner', 'member' or 'guest', with the name shown beside it; null for entries from before.
  await db.schema.alterTable('companion_entries').addColumn('added_by_kind', 'text').execute();
  await db.schema.alterTable('companion_entries').addColumn('added_by_name', 'text').execute();
}
