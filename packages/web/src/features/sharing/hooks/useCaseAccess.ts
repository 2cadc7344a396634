import type { CasePermission, CaseRole } from '@iep/core';
import type { ApiError } from '../../../api/client';
import { mayOnCase } from '../lib/case-access';
import { useCaseRole } from './useCaseRole';

export interface CaseAccess {
  role: CaseRole | null;
  error: ApiError | null;
  /** Whether the signed-in member may do this on the case (false while the role loads). */
  may: (permission: CasePermission) => boolean;
}

/**
 * What the signed-in member may do on a case, for pages that hide the buttons the server would refuse (403).
 * Permissions granted to one member beyond their role (audio for an advocate) flow in through `granted`.
 */
export function useCaseAccess(caseId: string): CaseAccess {
  const { role, error } = useCaseRole(caseId);
  const granted: readonly CasePermission[] = [];
  return { role, error, may: (permission) => mayOnCase(role, permission, granted) };
}
