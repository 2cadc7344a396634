import type { CaseFile } from '../../case/index.js';
import type { LetterAnswers, LetterKind, Question } from '../letter-types.js';
import { LETTER_KIND_INFO } from '../kind-info.js';
import { listItemIsText } from '../interview-shapes.js';

// The letter linter's matrix: every kind for every kind of case a parent may have. Each axis is one way a letter
// has gone wrong before: IDEA citations in a 504 letter, SSD named outside St. Louis County, "(No email on file)"
// in an address block, one office named three times, long answers breaking sentences.

export type Plan = 'IEP' | '504';
export type DistrictAxis = 'ssd-partner' | 'other';
export type EmailAxis = 'all' | 'none';
export type RosterAxis = 'one' | 'many';
export type LengthAxis = 'short' | 'long';

export interface MatrixCase {
  kind: LetterKind;
  plan: Plan;
  district: DistrictAxis;
  emails: EmailAxis;
  roster: RosterAxis;
  length: LengthAxis;
}

export const PLANS: Plan[] = ['IEP', '504'];
export const DISTRICTS: DistrictAxis[] = ['ssd-partner', 'other'];
export const EMAILS: EmailAxis[] = ['all', 'none'];
export const ROSTERS: RosterAxis[] = ['one', 'many'];
export const LENGTHS: LengthAxis[] = ['short', 'long'];

/** The case for one cell of the matrix, from the example case. */
export function matrixCase(base: CaseFile, cell: Omit<MatrixCase, 'kind' | 'length'>): CaseFile {
  const ssd = cell.district === 'ssd-partner';
  const employer = (e: 'district' | 'ssd' | 'other') => (ssd ? e : e === 'ssd' ? ('district' as const) : e);
  let team = base.team.map((m) => ({
    ...m,
    employer: employer(m.employer),
    ...(m.title !== undefined ? { title: ssd ? m.title : m.title.replace('SSD ', '') } : {}),
  }));
  if (!ssd) team = team.filter((m) => m.id !== 't8');
  if (cell.roster === 'one') {
    // One person who is both case manager and director; the custodians are then offices found by title.
    team = [
      {
        id: 't1',
        name: 'Chris Patel',
        role: 'district-representative',
        employer: ssd ? 'ssd' : 'district',
        title: ssd ? 'SSD Director of Special Education' : 'Director of Special Education',
        caseManager: true,
        email: 'chris.patel@example.org',
      },
    ];
  } else {
    // The same people entered twice, the way imports and busy parents do: each must still be named once.
    const chris = team.find((m) => m.id === 't2');
    const alex = team.find((m) => m.id === 't4');
    if (chris !== undefined) team.push({ ...chris, id: 't9', email: 'CHRIS.PATEL@example.org' });
    if (alex !== undefined) team.push({ ...alex, id: 't10', role: 'custodian-of-records', title: undefined });
  }
  if (cell.emails === 'none') team = team.map(({ email: _drop, ...m }) => m);
  const parents = base.parents.map((p) => {
    if (cell.emails === 'all') return p;
    const { email: _drop, ...rest } = p;
    return rest;
  });
  return {
    ...base,
    student: {
      ...base.student,
      planType: cell.plan,
      ...(ssd ? {} : { district: 'Columbia Public Schools', school: 'Gentry Middle School' }),
    },
    parents,
    team: team as CaseFile['team'],
  };
}

// Plain sentences a parent would write, repeated to fill a long answer: the letter must stay sentences.
const SAMPLES: Record<string, string> = {
  what: 'send the new reading schedule and the data sheets',
  who: 'Ms. Dana Lee',
  action: 'My request for more reading help each week',
  request: 'Add 30 more minutes of reading help each week',
  question: 'What data shows the reading goal was met?',
  service: 'Speech therapy',
  evaluationName: 'The reading evaluation from last fall',
  evaluator: 'Dr. Pat Green at the reading clinic',
  requestSummary: "Jordan's service logs and the district's policies",
  studentAddress: '1234 Elm Street, Florissant, MO 63031',
  studentContact: 'Call me at 314-555-0142. We stay at the Hope Shelter.',
};
const SENTENCE = 'Jordan reads slowly and gets tired in class. He likes science and helps his friends. ';

function longText(id: string, max: number, long: boolean): string {
  const sample = SAMPLES[id];
  if (sample !== undefined && !long) return sample.slice(0, max);
  const unit = SENTENCE;
  const target = Math.min(max, 3600);
  let out = '';
  while (out.length + unit.length <= target) out += unit;
  return out.trim() === '' ? unit.slice(0, max).trim() : out.trim();
}

/** A value the interview's control for this question can produce: long text near the limit, a few list items. */
function longValue(question: Question, services: readonly string[]): unknown {
  const max = question.maxLength ?? 200;
  switch (question.type) {
    case 'text':
    case 'long-text':
      return longText(question.id, max, question.type === 'long-text');
    case 'number':
      return question.id === 'deliveredMinutes' ? 300 : 480;
    case 'date':
      return question.id === 'to'
        ? '2026-10-31'
        : question.id === 'requestDate'
          ? '2026-11-09'
          : '2026-09-10';
    case 'datetime':
      return '2026-12-01T10:00';
    case 'yes-no':
      return question.id === 'homeless';
    case 'choice':
      return question.choices?.[0]?.value;
    case 'multi-choice':
      return question.choicesFrom !== undefined
        ? [...services]
        : (question.choices ?? []).map((c) => c.value);
    case 'list': {
      const items = Math.min(question.maxItems ?? 12, 12);
      return Array.from({ length: items }, (_x, i) =>
        listItemIsText(question)
          ? `${longText(question.id, question.maxLength ?? 500, true).slice(0, 300)} Item ${i + 1}.`
          : Object.fromEntries(
              (question.itemFields ?? []).map((f) => [f.id, longValue(f, services)] as const),
            ),
      );
    }
  }
}

export function longAnswers(kind: LetterKind, caseFile: CaseFile): LetterAnswers {
  const services = caseFile.services.map((s) => s.id);
  const answers: LetterAnswers = {};
  for (const q of LETTER_KIND_INFO[kind].questions) {
    if (q.onlyForPlan !== undefined && q.onlyForPlan !== caseFile.student.planType) continue;
    const value = longValue(q, services);
    if (value !== undefined) answers[q.id] = value;
  }
  return answers;
}
