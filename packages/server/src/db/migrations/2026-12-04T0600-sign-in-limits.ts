import type { Kysely } from 'kysely';

// Failed sign-in counts per key ("ip:...", "email:...", "pair:..."), in the database so that a restart does not
// hand an attacker a fresh set of tries. One row per key and 15-minute window. Forward-only.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sign_in_limits')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sign_in_limits_window_idx')
    .on('sign_in_limits')
    .column('window_start')
    .execute();
}
