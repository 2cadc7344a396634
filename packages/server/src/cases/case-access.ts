import type { Storage } from '../db/open-storage.js';
import { HttpError, MESSAGES } from '../http/errors.js';
import { caseExists } from './cases.repository.js';

// The one ownership check every feature uses before it reads or writes anything under a case. Today a case is its
// owner's only; a shared case (co-parent, advocate) changes this file and the authorization matrix's POLICY.
// A case that is not the user's and a case that does not exist look the same: a stranger learns nothing.

/** Whether the user may use the case (it exists and is theirs). */
export function ownsCase(storage: Storage, userId: string, caseId: string): Promise<boolean> {
  return caseExists(storage.db, userId, caseId);
}

/** For a route handler: answers 404 "case not found" unless the user may use the case. */
export async function requireOwnedCase(storage: Storage, userId: string, caseId: string): Promise<void> {
  if (!(await ownsCase(storage, userId, caseId))) throw new HttpError(404, MESSAGES.caseNotFound);
}
