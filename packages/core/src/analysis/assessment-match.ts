import type { Assessment } from '../case/index.js';

// Which state test results speak to a goal: a MAP English language arts result to a reading or writing goal, a
// MAP mathematics result to a math goal. Matching is by keywords of the goal area and the test subject.

type SubjectArea = 'ela' | 'math' | 'science';

const SUBJECT_WORDS: readonly [SubjectArea, RegExp][] = [
  ['ela', /english|language arts|\bela\b|communication arts|reading|writing/i],
  ['math', /math|algebra|geometry/i],
  ['science', /science|biology/i],
];

const AREA_WORDS: readonly [SubjectArea, RegExp][] = [
  [
    'ela',
    /read|writ|fluen|comprehen|phonic|phonem|decod|spell|literacy|vocabular|language arts|english|\bela\b|composition|grammar/i,
  ],
  [
    'math',
    /math|calculat|computat|number|arithmetic|algebra|geometr|fraction|multipl|division|problem solving/i,
  ],
  ['science', /science|biolog/i],
];

const classify = (text: string, table: readonly [SubjectArea, RegExp][]): SubjectArea | null =>
  table.find(([, re]) => re.test(text))?.[0] ?? null;

/** MAP "Below Basic"/"Basic" and MAP-A "Emerging"/"Approaching the Target": below the state's target level. */
export function isBelowTargetLevel(assessment: Assessment): boolean {
  const level = assessment.level?.trim().toLowerCase() ?? '';
  if (assessment.program === 'MAP') return level === 'below basic' || level === 'basic';
  if (assessment.program === 'MAP-A') return level === 'emerging' || level.startsWith('approaching');
  return false;
}

/** The latest MAP or MAP-A result (by school year) in the goal area's subject, or null. */
export function latestMatchingAssessment(
  goalArea: string,
  assessments: readonly Assessment[],
): Assessment | null {
  const area = classify(goalArea, AREA_WORDS);
  if (area === null) return null;
  let latest: Assessment | null = null;
  for (const a of assessments) {
    if (a.program === 'other' || classify(a.subject, SUBJECT_WORDS) !== area) continue;
    if (latest === null || a.schoolYear >= latest.schoolYear) latest = a;
  }
  return latest;
}
