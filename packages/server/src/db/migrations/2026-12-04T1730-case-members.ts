import { sql, type Kysely } from 'kysely';

// Sharing a case: who is a member of which case, with which role, and the one-time links that make members.
// Every existing case gets its owner as a member with role 'owner', so one table answers "may this user use this
// case". A removed member keeps their row (removed_at set) for the paper trail. Invitation tokens are stored only
// as their SHA-256, like account invitations (accounts/one-time-tokens.ts). Forward-only.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('case_members')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('added_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    // What the family asked this member to look at (shown on an advocate's caseload).
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('removed_at', 'text')
    .execute();
  await db.schema
    .createIndex('case_members_case_user_idx')
    .on('case_members')
    .columns(['case_id', 'user_id'])
    .execute();
  await db.schema.createIndex('case_members_user_idx').on('case_members').column('user_id').execute();
  await db.schema
    .createTable('case_invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('invited_by', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addColumn('used_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('case_invitations_case_idx').on('case_invitations').column('case_id').execute();
  // The owners of existing cases: the member id is derived from the case id (unique, no random ids in SQL).
  await sql`insert into case_members (id, case_id, user_id, role, added_by, note, created_at, removed_at)
    select 'owner-' || id, id, owner_id, 'owner', owner_id, '', created_at, null from cases`.execute(db);
}
