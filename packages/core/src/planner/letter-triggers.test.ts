import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCaseFileText, type CaseFile, type Meeting } from '../case/index.js';
import { letterClocks } from '../letters/letter-clocks.js';
import { planMeeting } from './plan-meeting.js';

// Sent letters on the plan: the task turns done and the clocks the letter starts appear, turning overdue after
// their last day. Meeting: Mon 2026-12-07 09:00 Chicago; closures include the Thanksgiving break (Nov 25-27).

function exampleCase(): CaseFile {
  const parsed = parseCaseFileText(
    readFileSync(new URL('../letters/test-fixtures/case.example.json', import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error('example case file is invalid');
  return parsed.value;
}
const caseFile = exampleCase();
const meeting = caseFile.meetings[0] as Meeting;

describe('planMeeting with sent letters', () => {
  it('with nothing sent, nothing is triggered', () => {
    expect(planMeeting({ meeting, now: '2026-11-23T12:00:00-06:00', caseFile }).triggered).toEqual([]);
  });

  it('a sent records request finishes its task and starts the Sunshine, IDEA and FERPA clocks', () => {
    const plan = planMeeting({
      meeting,
      caseFile,
      now: '2026-11-24T12:00:00-06:00',
      sent: [{ kind: 'records-request', sentAt: '2026-11-23T15:00:00Z', meetingId: 'm1' }],
    });
    expect(plan.tasks.find((t) => t.id === 'records-request')?.status).toBe('done');
    expect(plan.tasks.find((t) => t.id === 'recording-notice')?.status).not.toBe('done');
    expect(plan.triggered.map((t) => [t.rule, t.letterKind, t.from, t.due, t.status])).toEqual([
      // Sent Mon Nov 23 at 9:00 AM, received that day. + 3 business days: Tue 24, Wed 25, (Thanksgiving) Fri 27.
      ['sunshine-response', 'records-request', '2026-11-23', '2026-11-27', 'upcoming'],
      // Before the Monday meeting: by Fri Dec 4, the last business day before it.
      ['idea-records', 'records-request', '2026-11-23', '2026-12-04', 'upcoming'],
      ['ferpa-records', 'records-request', '2026-11-23', '2027-01-07', 'upcoming'],
    ]);
    expect(plan.triggered[0]).toMatchObject({
      citation: 'RSMo 610.023.3',
      confidence: 'PRIMARY',
      kind: 'law',
      party: 'district',
      receiptNote: null,
      // The case's Thanksgiving break (Nov 25-27): what the district may count, labelled SECONDARY.
      districtMayCount: expect.objectContaining({ due: '2026-12-01', confidence: 'SECONDARY' }),
    });
  });

  it('a triggered deadline is due soon in its last days and overdue once today is after its last day', () => {
    const sent = [{ kind: 'records-request' as const, sentAt: '2026-11-23T09:00:00-06:00' }];
    const status = (now: string) =>
      planMeeting({ meeting, caseFile, now, sent }).triggered.find((t) => t.rule === 'sunshine-response')
        ?.status;
    expect(status('2026-11-23T12:00:00-06:00')).toBe('upcoming');
    expect(status('2026-11-25T12:00:00-06:00')).toBe('due-soon');
    expect(status('2026-11-27T23:59:00-06:00')).toBe('due-soon');
    // The first minutes of Nov 28 in the meeting's zone.
    expect(status('2026-11-28T00:30:00-06:00')).toBe('overdue');
  });

  it('610.023.3 (§16.5): a request emailed Friday at 6:00 PM is received Monday, and the clock starts then', () => {
    const plan = planMeeting({
      meeting,
      caseFile,
      now: '2026-11-21T12:00:00-06:00',
      sent: [{ kind: 'records-request', sentAt: '2026-11-20T18:00:00-06:00' }],
    });
    const sunshine = plan.triggered.find((t) => t.rule === 'sunshine-response');
    expect(sunshine).toMatchObject({ from: '2026-11-23', due: '2026-11-27' });
    expect(sunshine?.receiptNote).toMatch(
      /next business day\. That is because it was sent at or after 5:00 PM/,
    );
  });

  it('34 CFR 104.36 (§16.4): for a 504 plan a records request starts no IDEA clock', () => {
    const plan = planMeeting({
      meeting,
      caseFile: { ...caseFile, student: { ...caseFile.student, planType: '504' } },
      now: '2026-11-24T12:00:00-06:00',
      sent: [{ kind: 'records-request', sentAt: '2026-11-23T15:00:00Z' }],
    });
    expect(plan.triggered.map((t) => [t.rule, t.citation])).toEqual([
      ['sunshine-response', 'RSMo 610.023.3'],
      ['ferpa-records', '34 CFR 104.36; 34 CFR 99.10(b)'],
    ]);
  });

  it('a PWN request starts the 5 business days the parent asked for (practice, not law)', () => {
    const plan = planMeeting({
      meeting,
      caseFile,
      now: '2026-12-16T12:00:00-06:00',
      sent: [{ kind: 'pwn-request', sentAt: '2026-12-08T10:00:00-06:00' }],
    });
    expect(plan.tasks.find((t) => t.id === 'pwn-request')?.status).toBe('done');
    // Tue Dec 8 + 5 business days: 9, 10, 11, 14, 15.
    expect(plan.triggered).toEqual([
      expect.objectContaining({
        rule: 'pwn-response',
        due: '2026-12-15',
        status: 'overdue',
        kind: 'parent-practice',
        confidence: 'SECONDARY',
      }),
    ]);
  });

  it('letters that trigger nothing still finish their task; letters for another meeting are ignored', () => {
    const plan = planMeeting({
      meeting,
      caseFile,
      now: '2026-11-23T12:00:00-06:00',
      sent: [
        { kind: 'recording-notice', sentAt: '2026-11-23T10:00:00-06:00' },
        { kind: 'concerns', sentAt: '2026-11-23T10:00:00-06:00', meetingId: 'm1' },
        { kind: 'follow-up', sentAt: '2026-11-23T10:00:00-06:00', meetingId: 'other-meeting' },
        { kind: 'records-request', sentAt: '2026-11-23T10:00:00-06:00', meetingId: 'other-meeting' },
      ],
    });
    const status = (id: string) => plan.tasks.find((t) => t.id === id)?.status;
    expect(status('recording-notice')).toBe('done');
    expect(status('concerns-letter')).toBe('done');
    expect(status('follow-up')).not.toBe('done');
    expect(status('records-request')).not.toBe('done');
    expect(plan.triggered).toEqual([]);
  });

  it('when a kind is sent twice, the first sending starts the clock', () => {
    const plan = planMeeting({
      meeting,
      caseFile,
      now: '2026-11-23T12:00:00-06:00',
      sent: [
        { kind: 'pwn-request', sentAt: '2026-11-20T10:00:00-06:00' },
        { kind: 'pwn-request', sentAt: '2026-11-18T10:00:00-06:00' },
      ],
    });
    expect(plan.triggered.map((t) => t.from)).toEqual(['2026-11-18']);
  });

  it('a records request starts the Sunshine clock only when it asked for district records (letterClocks)', () => {
    const now = '2026-11-24T12:00:00-06:00';
    const sentAt = '2026-11-23T09:00:00-06:00';
    const rules = (answers: Record<string, unknown>, planType: 'IEP' | '504') => {
      const c = { ...caseFile, student: { ...caseFile.student, planType } };
      const clocks = letterClocks('records-request', answers, planType);
      return planMeeting({
        meeting,
        caseFile: c,
        now,
        sent: [{ kind: 'records-request', sentAt, method: 'email', clocks }],
      }).triggered.map((t) => t.rule);
    };
    expect(rules({}, 'IEP')).toEqual(['idea-records', 'ferpa-records']);
    expect(rules({ publicRecords: ['sped-policies'] }, 'IEP')).toEqual([
      'sunshine-response',
      'idea-records',
      'ferpa-records',
    ]);
    expect(rules({}, '504')).toEqual(['ferpa-records']);
    expect(rules({ publicRecords: ['contracts'] }, '504')).toEqual(['sunshine-response', 'ferpa-records']);
  });

  it('§16.5: by mail the clock waits for the arrival date, and never shows a made-up date', () => {
    const clocks = letterClocks('records-request', { publicRecords: ['sped-policies'] }, 'IEP');
    const mailed = {
      id: 'sent-1',
      kind: 'records-request' as const,
      sentAt: '2026-11-23T15:00:00Z',
      method: 'mail' as const,
      clocks,
    };
    const waiting = planMeeting({ meeting, caseFile, now: '2026-11-24T12:00:00-06:00', sent: [mailed] });
    expect(waiting.tasks.find((t) => t.id === 'records-request')?.status).toBe('done');
    expect(waiting.triggered).toHaveLength(3);
    for (const t of waiting.triggered) {
      expect(t).toMatchObject({ status: 'waiting', due: null, from: null, sentLetterId: 'sent-1' });
      expect(t.waiting).toMatch(/^Waiting for the arrival date\./);
    }
    // It arrived on Saturday Nov 28: received Monday Nov 30; + 3 business days: Thu Dec 3.
    const arrived = planMeeting({
      meeting,
      caseFile,
      now: '2026-12-01T12:00:00-06:00',
      sent: [{ ...mailed, receivedOn: '2026-11-28' }],
    });
    const sunshine = arrived.triggered.find((t) => t.rule === 'sunshine-response');
    expect(sunshine).toMatchObject({
      from: '2026-11-30',
      due: '2026-12-03',
      status: 'due-soon',
      waiting: null,
    });
    expect(sunshine?.receiptNote).toBe(
      'It arrived on Saturday, November 28, 2026. Offices are closed that day, so it counts as received on the next business day, Monday, November 30, 2026.',
    );
  });

  it('a copy sent by email as well starts the clock at its receipt; a resend never gives more time', () => {
    const clocks = letterClocks('pwn-request', {}, 'IEP');
    const plan = planMeeting({
      meeting,
      caseFile,
      now: '2026-12-09T12:00:00-06:00',
      sent: [
        { kind: 'pwn-request', sentAt: '2026-12-08T10:00:00-06:00', method: 'mail', clocks },
        { kind: 'pwn-request', sentAt: '2026-12-08T18:00:00-06:00', method: 'email', clocks },
        { kind: 'pwn-request', sentAt: '2026-12-09T09:00:00-06:00', method: 'email', clocks },
      ],
    });
    // The evening email is received Wed Dec 9: + 5 business days, Wed Dec 16.
    expect(plan.triggered).toEqual([
      expect.objectContaining({ rule: 'pwn-response', from: '2026-12-09', due: '2026-12-16' }),
    ]);
  });

  it('an evaluation request starts the 30 days only for a first evaluation, for a 504 plan too', () => {
    const c504 = { ...caseFile, student: { ...caseFile.student, planType: '504' as const } };
    const sent = (type: string, planType: 'IEP' | '504') => [
      {
        kind: 'evaluation-request' as const,
        sentAt: '2026-11-23T09:00:00-06:00',
        method: 'email' as const,
        clocks: letterClocks('evaluation-request', { type, areas: ['Reading'] }, planType),
      },
    ];
    const now = '2026-11-24T12:00:00-06:00';
    expect(planMeeting({ meeting, caseFile, now, sent: sent('reevaluation', 'IEP') }).triggered).toEqual([]);
    expect(
      planMeeting({ meeting, caseFile: c504, now, sent: sent('initial', '504') }).triggered.map((t) => [
        t.rule,
        t.due,
      ]),
    ).toEqual([['evaluation-decision', '2026-12-23']]);
  });
});

describe('the clocks of one case file counted for several meetings', () => {
  // The counts are kept per case file object (the home page plans every meeting of a case at once): what differs
  // by meeting must still differ. The IDEA records limit is cut short by a meeting before its 45 days, not by one after.
  const sent = [{ kind: 'records-request' as const, sentAt: '2026-11-23T15:00:00Z' }];
  const later: Meeting = {
    ...meeting,
    id: 'm-later',
    sessions: [{ start: '2027-02-15T09:00:00', end: '2027-02-15T10:30:00' }],
  };
  const ideaDue = (m: Meeting, file: CaseFile) =>
    planMeeting({ meeting: m, caseFile: file, now: '2026-11-24T12:00:00-06:00', sent }).triggered.find(
      (t) => t.rule === 'idea-records',
    )?.due;

  it('gives each meeting its own records limit, whichever is planned first', () => {
    const file = { ...caseFile, meetings: [meeting, later] };
    expect(ideaDue(meeting, file)).toBe('2026-12-04');
    expect(ideaDue(later, file)).toBe('2027-01-07');
    const other = { ...caseFile, meetings: [meeting, later] };
    expect(ideaDue(later, other)).toBe('2027-01-07');
    expect(ideaDue(meeting, other)).toBe('2026-12-04');
  });

  it('counts a new version of the file afresh: the same letter, without the closures, has nothing to count', () => {
    // The closures are not in the kept count's key: only the file object tells the versions apart.
    const file = { ...caseFile, meetings: [meeting] };
    const sunshine = (f: CaseFile) =>
      planMeeting({ meeting, caseFile: f, now: '2026-11-24T12:00:00-06:00', sent }).triggered.find(
        (t) => t.rule === 'sunshine-response',
      );
    expect(sunshine(file)?.districtMayCount).not.toBeNull();
    expect(sunshine({ ...file, closures: [] })?.districtMayCount).toBeNull();
  });
});
