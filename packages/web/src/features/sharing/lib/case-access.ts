import { memberMay, type CasePermission, type CaseRole, type MemberGrants } from '@iep/core';

/**
 * Whether the signed-in member may take a step on a case: core's memberMay, the same role table and per-member
 * grants (audio for one advocate) the server enforces. Unknown role (still loading, or no access): nothing, so a
 * page never shows a button the server would refuse.
 */
export function mayOnCase(
  role: CaseRole | null,
  permission: CasePermission,
  grants: MemberGrants = { audioGranted: false },
): boolean {
  if (role === null) return false;
  return memberMay(role, permission, grants);
}
