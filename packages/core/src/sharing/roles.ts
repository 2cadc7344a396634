// Who may do what on a shared case, written once: the server enforces it (one access check per route) and the
// authorization matrix test generates its expected answers from it.

export const CASE_ROLES = ['owner', 'co-parent', 'advocate', 'viewer'] as const;
export type CaseRole = (typeof CASE_ROLES)[number];
/** The roles an owner can hand out with an invitation (a case has one owner). */
export const INVITABLE_ROLES = ['co-parent', 'advocate', 'viewer'] as const;
export type InvitableRole = (typeof INVITABLE_ROLES)[number];

export const CASE_PERMISSIONS = [
  'read',
  'write-notes',
  'draft-letters',
  'write-case',
  'delete-case',
  'manage-members',
  'export-audio',
] as const;
export type CasePermission = (typeof CASE_PERMISSIONS)[number];

/**
 * The table. Owner: everything. Co-parent: everything but deleting the case and membership. Advocate: reads
 * everything, writes notes, drafts letters for the parent to send; no deleting, no audio exports unless the owner
 * grants them (GRANTABLE_PERMISSIONS). Viewer: reads.
 */
export const ROLE_PERMISSIONS: Record<CaseRole, readonly CasePermission[]> = {
  owner: CASE_PERMISSIONS,
  'co-parent': ['read', 'write-notes', 'draft-letters', 'write-case', 'export-audio'],
  advocate: ['read', 'write-notes', 'draft-letters'],
  viewer: ['read'],
};

export function roleMay(role: CaseRole, permission: CasePermission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/**
 * What the owner may add for one member beyond their role: an advocate gets audio files (clips, the evidence and
 * backup zips, shared links) only when the owner grants it, and loses it when the owner withdraws it. Owner and
 * co-parent have audio by their role; a viewer never gets it.
 */
export const GRANTABLE_PERMISSIONS: Record<CaseRole, readonly CasePermission[]> = {
  owner: [],
  'co-parent': [],
  advocate: ['export-audio'],
  viewer: [],
};

/** What the owner granted one member (stored on the membership). */
export interface MemberGrants {
  audioGranted: boolean;
}

/** Whether the owner can grant or withdraw audio for a member with this role. */
export function audioIsGrantable(role: CaseRole): boolean {
  return GRANTABLE_PERMISSIONS[role].includes('export-audio');
}

/** What one member may do: their role's permissions, plus audio when their role allows a grant and they have it. */
export function memberMay(role: CaseRole, permission: CasePermission, grants: MemberGrants): boolean {
  if (roleMay(role, permission)) return true;
  return permission === 'export-audio' && grants.audioGranted && audioIsGrantable(role);
}

export function isCaseRole(value: string): value is CaseRole {
  return (CASE_ROLES as readonly string[]).includes(value);
}

/** Plain words for each role, for pages and the paper trail. */
export const ROLE_LABELS: Record<CaseRole, string> = {
  owner: 'Owner',
  'co-parent': 'Co-parent',
  advocate: 'Advocate',
  viewer: 'Viewer',
};

/** The sentence a member hears when their role does not allow a step (403). */
export const PERMISSION_REFUSALS: Record<CasePermission, string> = {
  read: 'You are not a member of this case.',
  'write-notes':
    'Your role on this case lets you read it, not add notes. Ask the owner for a different role.',
  'draft-letters':
    'Your role on this case does not let you draft letters. Ask the owner for a different role.',
  'write-case':
    'Your role on this case does not let you change it. Ask the owner if something needs changing.',
  'delete-case': 'Only the owner of this case can delete it.',
  'manage-members': 'Only the owner of this case can invite or remove people.',
  'export-audio':
    'You may not save or share audio from this case. Ask the owner for a copy, or ask them to let you download recordings.',
};
