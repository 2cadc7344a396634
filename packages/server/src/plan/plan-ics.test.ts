import { describe, expect, it } from 'vitest';
import { planIcs, type IcsPlan } from './plan-ics.js';

const plan: IcsPlan = {
  meetingId: 'm1',
  tasks: [
    {
      id: 'request-records',
      title: 'Ask for school records',
      explanation: 'Ask for copies before the meeting.',
      due: '2026-11-30T15:00:00.000Z',
      basis: [{ citation: '34 CFR 300.613', confidence: 'PRIMARY', kind: 'law' }],
    },
    {
      id: 'bring-support-person',
      title: 'Invite a support person',
      explanation: 'You may bring someone.',
      due: '2026-12-01T15:00:00.000Z',
      basis: [],
    },
  ],
};

describe('planIcs', () => {
  const text = planIcs(plan, { studentName: 'Jordan Rivera', caseId: 'c1', location: 'Room 112' });
  const unfolded = text.replace(/\r\n[ \t]/g, '');

  it('writes a calendar with CRLF line ends', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('has one event per task, 30 minutes at the due time in UTC, with a stable UID', () => {
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(unfolded).toContain('DTSTART:20261130T150000Z');
    expect(unfolded).toContain('DURATION:PT30M');
    expect(unfolded).toContain('UID:c1.m1.request-records@iep-ready');
    expect(unfolded).toContain('UID:c1.m1.bring-support-person@iep-ready');
    expect(unfolded).toContain('SUMMARY:Ask for school records (Jordan Rivera)');
    expect(unfolded).toContain('LOCATION:Room 112');
  });

  it('puts the explanation and the citations in the description and a reminder a day before', () => {
    expect(unfolded).toMatch(
      /DESCRIPTION:Ask for copies before the meeting\.\\n\\nWhere this comes from:\\n- 34 CFR 300\.613\. This is the law\. PRIMARY: read in the source itself\./,
    );
    expect(unfolded.match(/BEGIN:VALARM/g)).toHaveLength(2);
    expect(unfolded).toContain('TRIGGER:-P1D');
  });

  it('gives the same UIDs when built twice', () => {
    const again = planIcs(plan, { studentName: 'Jordan Rivera', caseId: 'c1' }).replace(/\r\n[ \t]/g, '');
    const uids = (s: string) => s.match(/^UID:.*$/gm);
    expect(uids(again)).toEqual(uids(unfolded));
  });
});
