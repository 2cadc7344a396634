import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureRecording } from '../recordings/recordings.repository.js';
import { storageTargets } from '../test-support/storage-targets.js';
import { createTestApp, exampleCase, type TestApp } from '../test-support/test-app.js';
import { holdRecordingParents } from './lock-order.js';

// The deadlock behind "delete a recording just as its transcript finished" (PostgreSQL 40P01), replayed step by
// step: a transaction changes a child row of a recording, a cascading delete of the recording starts, then the
// transaction inserts another child row. Without the lock order the two wait for each other and PostgreSQL fails
// one; with holdRecordingParents first, the delete simply waits its turn. On SQLite (one writer) only the "gone"
// answer matters.

const targets = await storageTargets();
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(targets)('the lock order under a recording on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    let t: TestApp;
    let caseId: string;

    beforeAll(async () => {
      t = await createTestApp(target);
      const owner = await t.signUp('locks@example.org');
      caseId = (await t.as(owner, 'POST', '/api/cases/import', exampleCase())).json<{ id: string }>().id;
    });
    afterAll(async () => t?.close());

    const bookmark = (id: string, recordingId: string) => ({
      id,
      recording_id: recordingId,
      at_ms: 0,
      part_id: null,
      kind: 'note' as const,
      note: '',
      created_at: t.clock.now.toISOString(),
      updated_at: t.clock.now.toISOString(),
    });

    /** The interleaving; returns how the transaction and the delete ended (ok, or the error code). */
    async function race(meetingId: string, hold: boolean): Promise<{ work: string; deletion: string }> {
      const db = t.storage.db;
      const recording = await ensureRecording(db, caseId, meetingId, t.clock.now.toISOString());
      await db
        .insertInto('bookmarks')
        .values(bookmark(`${meetingId}-b1`, recording.id))
        .execute();
      let deletion: Promise<string> = Promise.resolve('not started');
      const work = db
        .transaction()
        .execute(async (trx) => {
          if (hold)
            expect(
              await holdRecordingParents(trx, t.storage.dialect, { caseId, recordingId: recording.id }),
            ).toBe(true);
          await trx
            .updateTable('bookmarks')
            .set({ note: 'changed' })
            .where('id', '=', `${meetingId}-b1`)
            .execute();
          deletion = db
            .deleteFrom('recordings')
            .where('id', '=', recording.id)
            .execute()
            .then(
              () => 'ok',
              (error: { code?: string }) => error.code ?? String(error),
            );
          await wait(300);
          await trx
            .insertInto('bookmarks')
            .values(bookmark(`${meetingId}-b2`, recording.id))
            .execute();
        })
        .then(
          () => 'ok',
          (error: { code?: string }) => error.code ?? String(error),
        );
      return { work: await work, deletion: await deletion };
    }

    it.runIf(target.name === 'postgres')(
      'deadlocks without it: the cause of the 40P01 on delete',
      async () => {
        const ended = await race('m-free', false);
        expect([ended.work, ended.deletion].sort()).toEqual(['40P01', 'ok']);
      },
    );

    it.runIf(target.name === 'postgres')(
      'with it, the delete waits for the work and then removes it all',
      async () => {
        const ended = await race('m-held', true);
        expect(ended).toEqual({ work: 'ok', deletion: 'ok' });
        const left = await t.storage.db
          .selectFrom('bookmarks')
          .select('id')
          .where('id', 'like', 'm-held-%')
          .execute();
        expect(left).toEqual([]);
      },
    );

    it('answers false once the recording is gone, so nothing is written under it', async () => {
      const recording = await ensureRecording(t.storage.db, caseId, 'm-gone', t.clock.now.toISOString());
      await t.storage.db.deleteFrom('recordings').where('id', '=', recording.id).execute();
      const held = await t.storage.db
        .transaction()
        .execute((trx) =>
          holdRecordingParents(trx, t.storage.dialect, { caseId, recordingId: recording.id }),
        );
      expect(held).toBe(false);
    });
  });
});
