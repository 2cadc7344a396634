import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCaseFileText, type CaseFile, type Meeting } from '../case/index.js';
import { labelProblems } from '../rules/confidence.js';
import { MEDIATION_RECORDING_WARNING } from '../rules/recording-law.js';
import { planMeeting } from './plan-meeting.js';
import type { Plan } from './plan-types.js';

// The plan's legal statements, checked against the corrections of the 2026-12-04 audit (missouri-rules.md §16).

function exampleCase(): CaseFile {
  const text = readFileSync(new URL('../../../../examples/case.example.json', import.meta.url), 'utf8');
  const parsed = parseCaseFileText(text);
  if (!parsed.ok) throw new Error('example case file is invalid');
  return parsed.value;
}
const caseFile = exampleCase();
const meeting = caseFile.meetings[0] as Meeting;
const NOW = '2026-11-23T12:00:00-06:00';
const as504: CaseFile = { ...caseFile, student: { ...caseFile.student, planType: '504' } };
const mediation: Meeting = { ...meeting, kind: 'mediation' };

/** Every sentence and citation a plan shows. */
function planText(plan: Plan): string {
  return [
    ...plan.warnings.map((w) => w.message),
    ...plan.tasks.flatMap((t) => [
      t.title,
      t.explanation,
      ...t.checklist,
      ...t.warnings,
      ...t.basis.flatMap((b) => [b.citation, b.summary]),
      ...t.deadlines.flatMap((d) => [d.title, d.explanation, d.citation, ...d.notes]),
    ]),
  ].join('\n');
}

const variants: [string, Plan][] = [
  ['IEP, SSD partner', planMeeting({ meeting, now: NOW, caseFile })],
  ['504', planMeeting({ meeting, now: NOW, caseFile: as504 })],
  ['no case file', planMeeting({ meeting, now: NOW })],
  ['mediation', planMeeting({ meeting: mediation, now: NOW, caseFile })],
  ['504, meeting past', planMeeting({ meeting, now: '2026-12-09T12:00:00-06:00', caseFile: as504 })],
  [
    'not SSD',
    planMeeting({
      meeting,
      now: NOW,
      caseFile: { ...caseFile, student: { ...caseFile.student, district: 'Columbia Public Schools' } },
    }),
  ],
];

describe('labels (rules/confidence.ts, missouri-rules.md §16.9)', () => {
  it.each(variants)(
    "%s: every reason and deadline has a citation, a confidence, a kind and a source; no parent's practice is PRIMARY",
    (_name, plan) => {
      for (const t of plan.tasks) {
        for (const b of t.basis) expect(labelProblems(b), `${t.id}: ${b.citation}`).toEqual([]);
        for (const d of t.deadlines) expect(labelProblems(d), `${t.id}: ${d.rule}`).toEqual([]);
      }
    },
  );
});

describe('504 plans get no IDEA rules (missouri-rules.md §16.4)', () => {
  const plan = planMeeting({ meeting, now: NOW, caseFile: as504 });
  const task = (id: string) => plan.tasks.find((t) => t.id === id);

  it('34 CFR 104.36: no IDEA citation, no "Notice of Action", no 10-day wait anywhere in a 504 plan', () => {
    for (const [name, p] of variants.filter(([n]) => n.startsWith('504'))) {
      // RSMo 162.686 itself covers "any IDEA or 504 meeting": that sentence is right for a 504 plan too.
      expect(planText(p), name).not.toMatch(/34 CFR 300\.|IDEA(?! or 504)|Notice of Action|10-day|10 days/);
    }
  });

  it('34 CFR 104.36 and FERPA 99.10: records in 45 days, no "before the meeting" rule', () => {
    const records = task('records-request');
    expect(records?.deadlines.map((d) => [d.rule, d.due])).toEqual([['ferpa-records', '2027-01-07']]);
    expect(records?.explanation).toMatch(/no rule says before the meeting/);
    expect(records?.basis.map((b) => b.citation)).toEqual(
      expect.arrayContaining(['34 CFR 104.36', '34 CFR 99.10(b)']),
    );
  });

  it('34 CFR 104.36: ask for written notice; the 5 days are the request; no 10-day Notice of Action wait', () => {
    const pwn = task('pwn-request');
    expect(pwn?.title).toBe('Ask for written notice of the decision');
    expect(pwn?.deadlines.map((d) => d.rule)).toEqual(['pwn-response']);
    expect(pwn?.explanation).toMatch(/ask the school to send it within 5 business days/);
  });

  it('the IEP plan keeps its IDEA rules', () => {
    const iep = planMeeting({ meeting, now: NOW, caseFile });
    expect(planText(iep)).toMatch(/34 CFR 300\.613\(a\)/);
    expect(iep.tasks.find((t) => t.id === 'pwn-request')?.deadlines.map((d) => d.rule)).toEqual([
      'pwn-response',
      'notice-of-action-wait',
    ]);
  });
});

describe('mediation is confidential (34 CFR 300.506(b)(8), missouri-rules.md §16.3)', () => {
  const plan = planMeeting({ meeting: mediation, now: NOW, caseFile });

  it('300.506(b)(8): no recording notice task, a warning against recording, and "Do not record" on the checklist', () => {
    expect(plan.tasks.map((t) => t.id)).not.toContain('recording-notice');
    expect(plan.tasks).toHaveLength(7);
    expect(plan.warnings).toContainEqual({
      code: 'mediation-confidential',
      message: MEDIATION_RECORDING_WARNING,
    });
    const checklist = plan.tasks.find((t) => t.id === 'meeting-checklist');
    expect(checklist?.checklist[0]).toMatch(
      /^Do not record\. Mediation talks are confidential under 34 CFR 300\.506\(b\)\(8\)/,
    );
    expect(checklist?.checklist.join(' ')).not.toMatch(/Start your audio recording|excusal/);
    expect(checklist?.basis.map((b) => b.citation)).toContain('34 CFR 300.506(b)(8)');
  });

  it('300.506(b)(8): a mediation less than a day away does not say to send a recording notice', () => {
    const soon = planMeeting({ meeting: mediation, now: '2026-12-06T12:00:00-06:00', caseFile });
    expect(soon.warnings.map((w) => w.code)).toEqual(['meeting-soon', 'mediation-confidential']);
    expect(soon.warnings[0]?.message).not.toMatch(/recording/);
  });
});
