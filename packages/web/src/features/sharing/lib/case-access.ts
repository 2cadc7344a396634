import { roleMay, type CasePermission, type CaseRole } from '@iep/core';

/**
 * Whether the signed-in member may take a step on a case: core's role table (the one the server enforces), plus
 * any permission the family granted this member on top of the role (for example audio for one advocate). Unknown
 * role (still loading, or no access): nothing, so a page never shows a button the server would refuse.
 */
export function mayOnCase(
  role: CaseRole | null,
  permission: CasePermission,
  granted: readonly CasePermission[] = [],
): boolean {
  if (role === null) return false;
  return roleMay(role, permission) || granted.includes(permission);
}
