// A missing fact names the field the letter needs (the letters contract: e.g. 'meeting.sessions',
// 'team', 'requests'). The parent gets a link to the place where that fact is entered.

export type FixTarget =
  { to: 'question'; questionId: string; label: string } | { to: 'case'; hash: string; label: string };

const CASE_SECTIONS: { prefix: string; hash: string; label: string }[] = [
  { prefix: 'meeting', hash: 'meetings-heading', label: 'Add it in the meeting section of the case' },
  { prefix: 'team', hash: 'team-heading', label: 'Add it in the team section of the case' },
  { prefix: 'roster', hash: 'team-heading', label: 'Add it in the team section of the case' },
  { prefix: 'student', hash: 'student-heading', label: 'Fix it in the student section of the case' },
  { prefix: 'parents', hash: 'student-heading', label: 'Fix it on the case page' },
  { prefix: 'closures', hash: 'closures-heading', label: 'Add it in the closed days section of the case' },
];

/** Where to fix a missing fact: a question of this interview when one has that id, else a case section. */
export function fixTarget(field: string, questionIds: readonly string[]): FixTarget {
  const root = field.split(/[.[]/)[0] ?? field;
  if (questionIds.includes(root)) return { to: 'question', questionId: root, label: 'Answer this question' };
  const section = CASE_SECTIONS.find((s) => root === s.prefix || root === `${s.prefix}s`);
  if (section) return { to: 'case', hash: section.hash, label: section.label };
  return { to: 'case', hash: 'student-heading', label: 'Open the case page' };
}
