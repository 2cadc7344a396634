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
 * The audio the owner granted one advocate counts, as it does on the server.
 */
export function useCaseAccess(caseId: string): CaseAccess {
  const { role, audioGranted, error } = useCaseRole(caseId);
  return { role, error, may: (permission) => mayOnCase(role, permission, { audioGranted }) };
}
