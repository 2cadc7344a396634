import type { MeetingKind, TeamRole } from '@iep/core';
import type { CompanionOutcome } from '@iep/core/contract';

const WORDS: Record<string, string> = {
  iep: 'IEP',
  '504': '504',
  ssd: 'SSD',
};

/** "special-education-teacher" -> "Special education teacher" (IEP and 504 keep their capitals). */
export function humanize(slug: string): string {
  const words = slug.split('-').map((w) => WORDS[w] ?? w);
  const first = words[0] ?? '';
  return [first.charAt(0).toUpperCase() + first.slice(1), ...words.slice(1)].join(' ');
}

const MEETING_OVERRIDES: Partial<Record<MeetingKind, string>> = {
  'initial-iep': 'First IEP meeting',
  'annual-review': 'Yearly IEP review',
  'iep-amendment': 'IEP change (amendment)',
  'review-of-existing-data': 'Review of existing data',
  '504-initial': 'First 504 meeting',
  '504-review': '504 review',
  'facilitated-iep': 'Facilitated IEP meeting',
};

export function meetingKindLabel(kind: MeetingKind): string {
  return MEETING_OVERRIDES[kind] ?? humanize(kind);
}

const ROLE_OVERRIDES: Partial<Record<TeamRole, string>> = {
  'district-representative': 'District representative (LEA)',
  'section-504-coordinator': 'Section 504 coordinator',
  'evaluation-interpreter': 'Person who explains test results',
};

export function roleLabel(role: TeamRole): string {
  return ROLE_OVERRIDES[role] ?? humanize(role);
}

export function employerLabel(employer: 'district' | 'ssd' | 'other'): string {
  if (employer === 'ssd') return 'SSD';
  return employer === 'district' ? 'District' : 'Other';
}

/** What the team decided about a companion card, in plain words (the companion and the transcript's items). */
export const OUTCOME_WORDS: Record<CompanionOutcome, string> = {
  agreed: 'Agreed',
  refused: 'Refused',
  proposed: 'Proposed by the school',
  tabled: 'Put off to later',
  promised: 'Promised',
};
