import type { Kysely } from 'kysely';

// Account invitations: once the owner exists (users.role = 'owner', the first account), new accounts come by an
// invitation the owner makes for one email address. Only the SHA-256 of the link's token is stored, so a copy of
// the database hands out no working link. Single use, expiring, revocable. Forward-only.
// (Case-level sharing invitations, later, get their own table: these make accounts, nothing more.)

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('account_invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('invited_by', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addColumn('used_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema
    .createIndex('account_invitations_email_idx')
    .on('account_invitations')
    .column('email')
    .execute();
}
