import type { CaseRole } from '@iep/core';
import type { ApiError } from '../../../api/client';
import { useLoad } from '../../../hooks/useLoad';
import { sharingApi } from '../api/sharing';

/**
 * The signed-in user's role on a case (null while it loads) and whether the owner granted them audio, read from
 * the members route every member may call.
 */
export function useCaseRole(caseId: string): {
  role: CaseRole | null;
  audioGranted: boolean;
  error: ApiError | null;
} {
  const { data, error } = useLoad(() => sharingApi.members(caseId), `role:${caseId}`);
  return { role: data?.yourRole ?? null, audioGranted: data?.yourAudioGranted ?? false, error };
}
