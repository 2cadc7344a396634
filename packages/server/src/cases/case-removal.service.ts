import type { AppContext } from '../context/app-context.js';
import { blobIdsOfCase, blobIdsStillNamed, deleteCase } from './cases.repository.js';

/**
 * Deletes a case and, with it, every file it kept (recordings, clips, documents, evidence binders). A parent who
 * deletes a case expects the audio gone now, not at the next restart a day later. Returns false when the case is
 * not theirs or is already gone (nothing is changed then).
 */
export async function deleteCaseAndFiles(
  ctx: Pick<AppContext, 'storage' | 'blobs' | 'settle'>,
  ownerId: string,
  caseId: string,
): Promise<boolean> {
  // Background work (a part being finished) may still write a file for this case: let it end first.
  await ctx.settle();
  const db = ctx.storage.db;
  const blobIds = await blobIdsOfCase(db, caseId);
  // Rows first: a crash between leaves files no row names, which the orphan sweep removes; the other order would
  // leave rows naming missing files.
  if (!(await deleteCase(db, ownerId, caseId))) return false;
  const stillNamed = await blobIdsStillNamed(db, blobIds);
  for (const id of blobIds) if (!stillNamed.has(id)) await ctx.blobs.delete(id);
  return true;
}
