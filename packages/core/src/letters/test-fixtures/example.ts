import { analyzeCase } from '../../analysis/index.js';
import { parseCaseFileText, type CaseFile } from '../../case/index.js';
import { buildLetter } from '../build-letter.js';
import type { Letter, LetterAnswers, LetterKind } from '../letter-types.js';

// Core does no I/O (lint enforces it outside *.test.ts), so the test files pass in a reader for the fixture files.
// The example case (a copy of shared/examples/case.example.json, so the goldens do not move when that file does)
// and plausible answers for every kind. NOW is two weeks before the meeting of Mon 2026-12-07 09:00 Chicago.

export const NOW = '2026-11-23T12:00:00-06:00';
/** The follow-up is written the morning after the meeting. */
export const NOW_AFTER = '2026-12-08T08:00:00-06:00';
/** The kinds written after the meeting (the example's meeting is on December 7, 2026). */
export const afterMeeting = (kind: string) => kind === 'follow-up' || kind === 'iep-correction';

/** The case with one more service like its first one, under another id and name, with the given log. */
export function withExtraService(
  c: CaseFile,
  service: { id: string; name: string; log?: CaseFile['services'][number]['log'] },
): CaseFile {
  const [first] = c.services;
  if (first === undefined) throw new Error('the example case has a service');
  return { ...c, services: [...c.services, { ...first, ...service, log: service.log ?? [] }] };
}

export function exampleFixtures(read: (name: string) => string) {
  function exampleCase(): CaseFile {
    const parsed = parseCaseFileText(read('case.example.json'));
    if (!parsed.ok) throw new Error('example case file is invalid');
    return parsed.value;
  }

  const EXAMPLE_ANSWERS = JSON.parse(read('answers.example.json')) as Record<LetterKind, LetterAnswers>;

  function exampleLetter(
    kind: LetterKind,
    options: { caseFile?: CaseFile; answers?: LetterAnswers; now?: string } = {},
  ): Letter {
    const caseFile = options.caseFile ?? exampleCase();
    const result = buildLetter(kind, {
      caseFile,
      answers: options.answers ?? EXAMPLE_ANSWERS[kind],
      now: options.now ?? (afterMeeting(kind) ? NOW_AFTER : NOW),
      analysis: analyzeCase(caseFile, { asOf: '2026-11-23' }),
    });
    if (!result.ok) throw new Error(`${kind}: ${JSON.stringify(result.missing)}`);
    return result.letter;
  }

  /** The example case moved to a district that is not an SSD partner, with its own roster. */
  function nonSsdCase(): CaseFile {
    const c = exampleCase();
    return {
      ...c,
      student: { ...c.student, district: 'Columbia Public Schools', school: 'Gentry Middle School' },
      // One office keeps the records outside St. Louis County: drop the SSD custodian.
      team: c.team
        .filter((m) => m.id !== 't8')
        .map((m) => ({
          ...m,
          employer: m.employer === 'ssd' ? ('district' as const) : m.employer,
          ...(m.title !== undefined ? { title: m.title.replace('SSD ', '') } : {}),
        })),
    };
  }
  return { exampleCase, exampleLetter, nonSsdCase, EXAMPLE_ANSWERS };
}
