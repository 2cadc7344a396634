import {
  CASE_PERMISSIONS,
  GRANTABLE_PERMISSIONS,
  ROLE_LABELS,
  roleMay,
  type CasePermission,
  type CaseRole,
} from '@iep/core';

// Plain words for roles, built from core's role table (ROLE_PERMISSIONS), so the page says what the server enforces.

/** What each permission lets a person do, in the words of "Can …". */
export const PERMISSION_WORDS: Record<CasePermission, string> = {
  read: 'see the case',
  'write-notes': 'add notes',
  'draft-letters': 'draft letters',
  'write-case': 'make changes',
  'export-audio': 'share audio',
  'manage-members': 'invite and remove people',
  'delete-case': 'delete the case',
};

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}

/**
 * One short line per role: "Can see the case, add notes and draft letters.", and what the owner can add for one
 * member of that role (an advocate's audio).
 */
export function roleSummary(role: CaseRole): string {
  const may = CASE_PERMISSIONS.filter((p) => roleMay(role, p));
  if (may.length === CASE_PERMISSIONS.length)
    return `Can do it all: ${joinWords(['manage-members', 'delete-case'].map((p) => PERMISSION_WORDS[p as CasePermission]))}, too.`;
  const words = may.map((p) => PERMISSION_WORDS[p]);
  const grantable = GRANTABLE_PERMISSIONS[role].map((p) => PERMISSION_WORDS[p]);
  const extra = grantable.length > 0 ? ` The owner can also let them ${joinWords(grantable)}.` : '';
  return `Can ${joinWords(words)}.${extra}`;
}

/** "Co-parent", "Advocate": the role's name in plain words (core's labels). */
export const roleName = (role: CaseRole): string => ROLE_LABELS[role];
