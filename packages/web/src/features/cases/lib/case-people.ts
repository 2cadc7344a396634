import { dateOfBirthProblem, GRADE_MESSAGE, GRADE_PATTERN } from '@iep/core';
import type { Meeting, Parent, Student } from '@iep/core';
import { deviceToday } from '../../../lib/format-time';

// Drafts are what the forms hold: every field as the text the user typed. These helpers turn a case item into a
// draft and back, and check a draft with plain messages tied to the input ids the forms use.

export interface DraftError {
  fieldId: string;
  message: string;
}

const EMAIL = /^\S+@\S+\.\S+$/;
const trimmed = (value: string) => (value.trim() ? value.trim() : undefined);

/** Copies the object without keys whose value is undefined (the case schema refuses "key": undefined in JSON). */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export interface StudentDraft {
  name: string;
  dateOfBirth: string;
  grade: string;
  school: string;
  district: string;
  planType: 'IEP' | '504';
  /** One disability category a line. */
  categories: string;
}

export function studentDraftOf(student: Student): StudentDraft {
  return {
    name: student.name,
    dateOfBirth: student.dateOfBirth,
    grade: student.grade,
    school: student.school,
    district: student.district,
    planType: student.planType,
    categories: (student.disabilityCategories ?? []).join('\n'),
  };
}

export function studentFromDraft(draft: StudentDraft): Student {
  const categories = draft.categories
    .split('\n')
    .map((c) => c.trim())
    .filter(Boolean);
  return compact({
    name: draft.name.trim(),
    dateOfBirth: draft.dateOfBirth,
    grade: draft.grade.trim(),
    school: draft.school.trim(),
    district: draft.district.trim(),
    planType: draft.planType,
    disabilityCategories: categories.length > 0 ? categories : undefined,
  });
}

const STUDENT_REQUIRED: [keyof StudentDraft, string][] = [
  ['name', "Enter the student's name."],
  ['dateOfBirth', 'Enter the date of birth.'],
  ['grade', 'Enter the grade, like 7 or K.'],
  ['school', 'Enter the school name.'],
  ['district', 'Enter the school district.'],
];

/** Required fields, then a grade schools use and a date of birth that is not in the future (the server checks too). */
export function checkStudent(draft: StudentDraft, today: string = deviceToday()): DraftError[] {
  const errors = STUDENT_REQUIRED.filter(([key]) => !draft[key].trim()).map(([key, message]) => ({
    fieldId: `student-${key}`,
    message,
  }));
  const grade = draft.grade.trim();
  if (grade !== '' && !GRADE_PATTERN.test(grade))
    errors.push({ fieldId: 'student-grade', message: GRADE_MESSAGE });
  const born = draft.dateOfBirth.trim() === '' ? null : dateOfBirthProblem(draft.dateOfBirth, today);
  if (born !== null) errors.push({ fieldId: 'student-dateOfBirth', message: born });
  return errors;
}

export interface ParentDraft {
  name: string;
  relationship: string;
  email: string;
  phone: string;
  address: string;
  preferredLanguage: string;
}

export const EMPTY_PARENT: ParentDraft = {
  name: '',
  relationship: '',
  email: '',
  phone: '',
  address: '',
  preferredLanguage: '',
};

export function parentDraftOf(parent: Parent): ParentDraft {
  return {
    name: parent.name,
    relationship: parent.relationship ?? '',
    email: parent.email ?? '',
    phone: parent.phone ?? '',
    address: parent.address ?? '',
    preferredLanguage: parent.preferredLanguage ?? '',
  };
}

export function parentFromDraft(draft: ParentDraft): Parent {
  return compact({
    name: draft.name.trim(),
    relationship: trimmed(draft.relationship),
    email: trimmed(draft.email),
    phone: trimmed(draft.phone),
    address: trimmed(draft.address),
    preferredLanguage: trimmed(draft.preferredLanguage),
  });
}

export function checkParent(draft: ParentDraft): DraftError[] {
  const errors: DraftError[] = [];
  if (!draft.name.trim())
    errors.push({ fieldId: 'parent-name', message: "Enter the parent or guardian's name." });
  if (draft.email.trim() && !EMAIL.test(draft.email.trim()))
    errors.push({
      fieldId: 'parent-email',
      message: 'This is not an email address. Check it or leave it empty.',
    });
  return errors;
}

/** A case must keep one parent or guardian (the case file refuses an empty list). */
export function canRemoveParent(parents: readonly Parent[]): boolean {
  return parents.length > 1;
}

export interface SessionDraft {
  date: string;
  start: string;
  end: string;
}

/** "2026-12-07T09:00:00" -> date 2026-12-07, time 09:00 (time inputs show hours and minutes). */
export function sessionDraftsOf(meeting: Meeting): SessionDraft[] {
  return meeting.sessions.map((s) => ({
    date: s.start.slice(0, 10),
    start: s.start.slice(11, 16),
    end: s.end.slice(11, 16),
  }));
}

/** An id like m3 or t9 that no item in the list has yet. */
export function nextId(prefix: string, items: readonly { id: string }[]): string {
  let n = items.length + 1;
  while (items.some((item) => item.id === `${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}
