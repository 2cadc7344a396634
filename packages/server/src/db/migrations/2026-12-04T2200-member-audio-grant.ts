import type { Kysely } from 'kysely';

// The owner's audio grant for one member (an advocate: core's GRANTABLE_PERMISSIONS). `audio_granted_at` is when
// the owner granted it, null while not granted (withdrawing sets it back to null; the case's paper trail keeps
// every grant and withdrawal); `audio_granted_by` is who granted it. An invitation can carry the grant
// (`grant_audio` 1), which the member gets on joining. Forward-only. Kysely<any>: migrations must not depend on
// the current schema types.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('case_members').addColumn('audio_granted_at', 'text').execute();
  await db.schema.alterTable('case_members').addColumn('audio_granted_by', 'text').execute();
  await db.schema
    .alterTable('case_invitations')
    .addColumn('grant_audio', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}
