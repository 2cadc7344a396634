import { roleMay } from '@iep/core';
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { currentUser } from '../accounts/session.js';
import { insertCaseEvent } from '../cases/cases.repository.js';
import { HttpError } from '../http/errors.js';

// Who added a note (a bookmark on a recording), so a member whose role only lets them write notes (an advocate)
// changes or deletes their own notes and nobody else's; the family (roles with 'write-case') may change any. The
// author is always the signed-in caller, never a name or id from the request. It is kept on the case's paper
// trail ('note.added': who, which note, when), and read back from there.

export const NOT_YOUR_NOTE =
  'Your role on this case lets you change only the notes you added. Ask the owner to change this one.';

/** Puts a member's new note on the paper trail as theirs (the owner's notes need no entry: they may change any). */
export async function recordNoteAuthor(
  db: Kysely<Database>,
  request: FastifyRequest,
  note: { id: string; at: string },
): Promise<void> {
  const access = request.caseAccess;
  if (!access || access.role === 'owner') return;
  const { user } = currentUser(request);
  await insertCaseEvent(db, {
    caseId: access.caseId,
    at: note.at,
    kind: 'note.added',
    data: { noteId: note.id, userId: user.id, name: user.name, role: access.role },
  });
}

/** Refuses (403) a change to a note the caller did not add, unless their role may change the case itself. */
export async function assertMayChangeNote(
  db: Kysely<Database>,
  request: FastifyRequest,
  noteId: string,
): Promise<void> {
  const access = request.caseAccess;
  if (!access || roleMay(access.role, 'write-case')) return;
  const { user } = currentUser(request);
  const rows = await db
    .selectFrom('case_events')
    .select('data')
    .where('case_id', '=', access.caseId)
    .where('kind', '=', 'note.added')
    .execute();
  const mine = rows.some((row) => {
    const data = JSON.parse(row.data) as { noteId?: unknown; userId?: unknown };
    return data.noteId === noteId && data.userId === user.id;
  });
  if (!mine) throw new HttpError(403, NOT_YOUR_NOTE);
}
