import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCaseFileText, type CaseFile, type Meeting } from '../case/index.js';
import { RECORDING_NOTICE_SENTENCE } from '../rules/recording-law.js';
import { planMeeting } from './plan-meeting.js';
import type { Plan, PlanTask, TaskId } from './plan-types.js';

function exampleCase(): CaseFile {
  const text = readFileSync(new URL('../../../../examples/case.example.json', import.meta.url), 'utf8');
  const parsed = parseCaseFileText(text);
  if (!parsed.ok) throw new Error('example case file is invalid');
  return parsed.value;
}
const caseFile = exampleCase();
const meeting: Meeting = caseFile.meetings[0] ?? {
  id: 'x',
  kind: 'other',
  timeZone: 'America/Chicago',
  sessions: [],
};
const NOW = '2026-11-23T12:00:00-06:00';

function task(plan: Plan, id: TaskId): PlanTask {
  const t = plan.tasks.find((x) => x.id === id);
  if (t === undefined) throw new Error(`no task ${id}`);
  return t;
}

describe('planMeeting on the example case (now Mon 2026-11-23 12:00 Chicago, meeting Mon 2026-12-07 09:00)', () => {
  const plan = planMeeting({ meeting, now: NOW, caseFile });

  it('describes the meeting times in its zone', () => {
    expect(plan).toMatchObject({
      meetingId: 'm1',
      timeZone: 'America/Chicago',
      now: '2026-11-23T12:00:00.000-06:00',
      firstSessionStart: '2026-12-07T09:00:00.000-06:00',
      lastSessionEnd: '2026-12-07T11:30:00.000-06:00',
      warnings: [],
    });
  });

  it('records request: 14 days before, latest so 3 business days end before the meeting', () => {
    const t = task(plan, 'records-request');
    expect(t.due).toBe('2026-11-23T09:00:00.000-06:00');
    // Last business day before Mon Dec 7 is Fri Dec 4; 3 business days back is Tue Dec 1.
    expect(t.latest).toBe('2026-12-01T09:00:00.000-06:00');
    // Due passed at 9:00 but the latest is still ahead.
    expect(t.status).toBe('due-soon');
    // The child's records are on the IDEA and FERPA clocks, not the Sunshine Law's (RSMo 610.021(6), §16.6).
    // IDEA: by Fri Dec 4, the last business day before the Monday meeting; FERPA: 45 days from Nov 23.
    expect(t.deadlines.map((d) => [d.rule, d.due, d.districtMayCount?.due ?? null])).toEqual([
      ['idea-records', '2026-12-04', null],
      ['ferpa-records', '2027-01-07', null],
    ]);
    expect(t.basis.map((b) => [b.citation, b.confidence])).toContainEqual(['RSMo 610.021(6)', 'SECONDARY']);
    expect(t.basis.map((b) => b.citation)).not.toContain('RSMo 610.023.3');
  });

  it('records request goes to both custodians when the district is an SSD partner (Hazelwood)', () => {
    const t = task(plan, 'records-request');
    expect(t.explanation).toMatch(/SSD/);
    const list = t.checklist.join('\n');
    expect(list).toMatch(/Sam Ortiz.*records@example\.org/);
    expect(list).toMatch(/Jamie Fox.*ssd\.records@example\.org/);
    expect(list).toMatch(/district's custodian of records and to SSD's custodian of records/);
  });

  it('recording notice: a week ahead, latest exactly 24 h before, and a warning because that is a Sunday', () => {
    const t = task(plan, 'recording-notice');
    expect(t.due).toBe('2026-11-30T09:00:00.000-06:00');
    expect(t.latest).toBe('2026-12-06T09:00:00.000-06:00');
    expect(t.warnings).toEqual([
      expect.stringMatching(
        /is Sunday, December 6, 2026\. The school may not read.*Friday, December 4, 2026/,
      ),
    ]);
    expect(t.deadlines[0]).toMatchObject({ rule: 'recording-notice', due: '2026-12-06T09:00:00.000-06:00' });
  });

  it('RSMo 162.686 (§16.3): a district can require written notice 24 hours ahead, so send it; never "notice is optional"', () => {
    const t = task(plan, 'recording-notice');
    const law = t.basis.find((b) => b.kind === 'law');
    expect(law?.citation).toBe('RSMo 162.686');
    expect(law?.summary).toMatch(/audio recording of any IDEA or 504 meeting/);
    expect(law?.summary).toMatch(/may not require more than 24 hours/);
    expect(law?.summary).toMatch(/belongs to the parent/);
    expect(t.basis.find((b) => b.kind === 'district-policy')).toMatchObject({
      confidence: 'SECONDARY',
      citation: expect.stringMatching(/MSBA model policy/),
    });
    expect(t.explanation).toContain(RECORDING_NOTICE_SENTENCE);
    const all = [t.explanation, ...t.checklist, ...t.basis.map((b) => b.summary)].join(' ');
    expect(all).not.toMatch(/does not make you give notice|not a duty|not a must/);
  });

  it('dates the other tasks from the first session', () => {
    expect(task(plan, 'data-review')).toMatchObject({
      due: '2026-11-27T09:00:00.000-06:00',
      status: 'upcoming',
    });
    expect(task(plan, 'support-person').due).toBe('2026-11-27T09:00:00.000-06:00');
    expect(task(plan, 'concerns-letter')).toMatchObject({
      due: '2026-12-02T09:00:00.000-06:00',
      latest: '2026-12-07T09:00:00.000-06:00',
    });
    expect(task(plan, 'meeting-checklist')).toMatchObject({
      due: '2026-12-07T09:00:00.000-06:00',
      latest: null,
    });
    expect(task(plan, 'follow-up').due).toBe('2026-12-08T11:30:00.000-06:00');
  });

  it('300.503(a): the 5 business days are what the parent asks of the school, and the 10-day wait follows', () => {
    const t = task(plan, 'pwn-request');
    expect(t.explanation).toMatch(/Prior Written Notice. Missouri calls it a Notice of Action/);
    expect(t.explanation).toMatch(/ask the school to send it within 5 business days/);
    expect(t.explanation).toMatch(/your request, not a legal deadline/);
    expect(t.explanation).not.toMatch(/Ask for it within 5 business days/);
    expect(t.basis.find((b) => b.kind === 'parent-practice')?.confidence).toBe('SECONDARY');
    expect(t.deadlines.map((d) => [d.rule, d.due])).toEqual([
      ['pwn-response', '2026-12-14'],
      ['notice-of-action-wait', '2026-12-17'],
    ]);
  });

  it('support person: MPACT with its number, and LEAP is not an MPACT program', () => {
    const t = task(plan, 'support-person');
    expect(t.explanation).toMatch(/800-743-7634/);
    const list = t.checklist.join(' ');
    expect(list).toMatch(/Parent Training and Information Center/);
    expect(list).toMatch(/LEAP are not an MPACT program.*MODDC.*UMKC-IHD.*F\.A\.C\.T\./);
  });

  it('meeting checklist: the PWN sentence, the excusal rule, who can commit resources, recording', () => {
    const list = task(plan, 'meeting-checklist').checklist.join('\n');
    expect(list).toContain(
      'If you refuse my request, please give me Prior Written Notice, which Missouri calls a Notice of Action, under 34 CFR 300.503.',
    );
    expect(list).toMatch(
      /excusal\? You may refuse.*written consent and their written input before the meeting/,
    );
    expect(list).toMatch(
      /agree to services and resources for the school: Alex Morgan \(SSD Director of Special Education\)/,
    );
    expect(list).toMatch(/Start your audio recording/);
  });

  it('MPACT is an organization, not a law (§16.9)', () => {
    const mpact = task(plan, 'support-person').basis.find((b) => /MPACT/.test(b.citation));
    expect(mpact?.kind).toBe('organization');
  });

  it('sorts tasks by due time, ties in task order', () => {
    expect(plan.tasks.map((t) => t.id)).toEqual([
      'records-request',
      'data-review',
      'support-person',
      'recording-notice',
      'concerns-letter',
      'meeting-checklist',
      'follow-up',
      'pwn-request',
    ]);
  });
});

describe('planMeeting: statuses, warnings and variants', () => {
  it('marks done tasks done and ignores unknown ids', () => {
    const plan = planMeeting({ meeting, now: NOW, caseFile, done: ['records-request', 'nonsense'] });
    expect(task(plan, 'records-request').status).toBe('done');
    expect(plan.tasks.filter((t) => t.status === 'done')).toHaveLength(1);
  });

  it('is overdue after the latest moment', () => {
    const plan = planMeeting({ meeting, now: '2026-12-02T12:00:00-06:00', caseFile });
    expect(task(plan, 'records-request').status).toBe('overdue');
    expect(task(plan, 'recording-notice').status).toBe('due-soon');
  });

  it('warns when the meeting is less than a day away, underway, or past, and still makes a plan', () => {
    const soon = planMeeting({ meeting, now: '2026-12-06T12:00:00-06:00', caseFile });
    expect(soon.warnings.map((w) => w.code)).toEqual(['meeting-soon']);
    expect(task(soon, 'recording-notice').status).toBe('overdue');
    expect(planMeeting({ meeting, now: '2026-12-07T10:00:00-06:00' }).warnings.map((w) => w.code)).toEqual([
      'meeting-underway',
    ]);
    const past = planMeeting({ meeting, now: '2026-12-09T12:00:00-06:00' });
    expect(past.warnings).toEqual([
      { code: 'meeting-past', message: expect.stringMatching(/follow-up email/) },
    ]);
    expect(past.tasks).toHaveLength(8);
  });

  it('prepares from the first session and follows up from the last (sessions in any order)', () => {
    const multi: Meeting = {
      ...meeting,
      sessions: [
        { start: '2026-12-09T13:00:00', end: '2026-12-09T15:00:00' },
        { start: '2026-12-07T09:00:00', end: '2026-12-07T11:30:00' },
      ],
    };
    const plan = planMeeting({ meeting: multi, now: NOW, caseFile });
    expect(plan.firstSessionStart).toBe('2026-12-07T09:00:00.000-06:00');
    expect(plan.lastSessionEnd).toBe('2026-12-09T15:00:00.000-06:00');
    expect(task(plan, 'meeting-checklist').due).toBe('2026-12-07T09:00:00.000-06:00');
    expect(task(plan, 'follow-up').due).toBe('2026-12-10T15:00:00.000-06:00');
    expect(task(plan, 'pwn-request').deadlines[0]?.due).toBe('2026-12-16');
  });

  it('moves the recommended recording notice to a business day, and gives no warning when 24 h before is open', () => {
    const tuesday: Meeting = {
      ...meeting,
      sessions: [{ start: '2026-12-08T09:00:00', end: '2026-12-08T10:00:00' }],
    };
    const t = task(planMeeting({ meeting: tuesday, now: NOW, caseFile }), 'recording-notice');
    // Dec 1 is a Tuesday (open): no move; Dec 7 is a Monday (open): no warning.
    expect(t.due).toBe('2026-12-01T09:00:00.000-06:00');
    expect(t.warnings).toEqual([]);
    const afterBreak: Meeting = {
      ...meeting,
      sessions: [{ start: '2026-12-03T09:00:00', end: '2026-12-03T10:00:00' }],
    };
    // A week before Thu Dec 3 is Thu Nov 26 (Thanksgiving): moved back to Tue Nov 24.
    expect(task(planMeeting({ meeting: afterBreak, now: NOW, caseFile }), 'recording-notice').due).toBe(
      '2026-11-24T09:00:00.000-06:00',
    );
  });

  it('uses the 504 notice rule for a 504 plan and drops the IDEA excusal item', () => {
    const plan504 = planMeeting({
      meeting,
      now: NOW,
      caseFile: { ...caseFile, student: { ...caseFile.student, planType: '504' } },
    });
    const checklist = task(plan504, 'meeting-checklist').checklist.join('\n');
    expect(checklist).toMatch(/34 CFR 104\.36/);
    expect(checklist).not.toMatch(/excusal/);
    expect(task(plan504, 'pwn-request').explanation).toMatch(/does not list what the notice must say/);
    expect(task(plan504, 'pwn-request').basis[0]?.citation).toBe('34 CFR 104.36');
  });

  it('does not mention SSD for St. Louis Public Schools, and asks who can commit resources when nobody is listed', () => {
    const slps: CaseFile = {
      ...caseFile,
      team: [],
      student: { ...caseFile.student, district: 'St. Louis Public Schools' },
    };
    const plan = planMeeting({ meeting, now: NOW, caseFile: slps });
    expect(task(plan, 'records-request').checklist.join(' ')).not.toMatch(/SSD/);
    expect(task(plan, 'meeting-checklist').checklist.join(' ')).toMatch(
      /Ask at the start who at the table can agree/,
    );
  });

  it('falls back to the district representative when nobody is marked as able to commit resources', () => {
    const team = caseFile.team.map((m) => ({ ...m, canCommitResources: false }));
    const plan = planMeeting({ meeting, now: NOW, caseFile: { ...caseFile, team } });
    expect(task(plan, 'meeting-checklist').checklist.join(' ')).toMatch(
      /resources for the school: Alex Morgan/,
    );
  });

  it('works without a case file (no closures): the records deadlines skip only weekends and holidays', () => {
    const plan = planMeeting({ meeting, now: NOW });
    expect(task(plan, 'records-request').deadlines.map((d) => [d.rule, d.due, d.districtMayCount])).toEqual([
      ['idea-records', '2026-12-04', null],
      ['ferpa-records', '2027-01-07', null],
    ]);
  });
});
