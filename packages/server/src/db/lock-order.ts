import type { Kysely, Transaction } from 'kysely';
import type { Storage } from './open-storage.js';
import type { Database } from './schema.js';

// One lock order for everything under a recording, so a delete and the background work never deadlock.
//
// Deleting a case or a recording is one statement: PostgreSQL locks the row itself first, then every child row
// down the ON DELETE CASCADE chain (recordings, transcripts, segments, items...). A transaction that writes child
// rows (the items extracted right after a transcript finishes, a batch of transcript segments) takes its locks the
// other way round: the children it deletes or updates first, then, for each row it inserts, a KEY SHARE lock on
// every parent its foreign keys name. Both at the same moment wait for each other: deadlock (40P01), which
// PostgreSQL ends by failing one of them.
//
// So such a transaction first takes KEY SHARE locks on its parents, top down (the case, then the recording): the
// same order a cascading delete takes them, so whichever comes second waits at its very first lock, holding
// nothing the other needs. KEY SHARE does not block ordinary updates of those rows (saving a case), only their
// deletion. SQLite has a single writer and needs none of this.

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Inside a transaction: waits until no delete of the case or recording is under way, and holds them from being
 * deleted until the transaction ends. False when either is gone (deleted meanwhile): write nothing then.
 */
export async function holdRecordingParents(
  trx: Db,
  dialect: Storage['dialect'],
  ids: { caseId: string; recordingId: string },
): Promise<boolean> {
  if (dialect === 'sqlite') {
    const row = await trx
      .selectFrom('recordings')
      .select('id')
      .where('id', '=', ids.recordingId)
      .where('case_id', '=', ids.caseId)
      .executeTakeFirst();
    return row !== undefined;
  }
  const kase = await trx
    .selectFrom('cases')
    .select('id')
    .where('id', '=', ids.caseId)
    .forKeyShare()
    .executeTakeFirst();
  if (!kase) return false;
  const recording = await trx
    .selectFrom('recordings')
    .select('id')
    .where('id', '=', ids.recordingId)
    .where('case_id', '=', ids.caseId)
    .forKeyShare()
    .executeTakeFirst();
  return recording !== undefined;
}
