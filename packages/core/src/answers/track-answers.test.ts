import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCaseFileText, type CaseFile, type Meeting } from '../case/index.js';
import { fromDayNumber, dayNumber, toIsoDate } from '../calendar/index.js';
import { planMeeting } from '../planner/plan-meeting.js';
import type { PlanInput } from '../planner/plan-types.js';
import { answerState, daysPast, trackAnswers } from './track-answers.js';

// The example case: meeting Mon 2026-12-07 09:00 Chicago; closures include the Thanksgiving break (Nov 25-27).
function exampleCase(): CaseFile {
  const parsed = parseCaseFileText(
    readFileSync(new URL('../letters/test-fixtures/case.example.json', import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error('example case file is invalid');
  return parsed.value;
}
const caseFile = exampleCase();
const meeting = caseFile.meetings[0] as Meeting;

function track(now: string, today: string, more: Partial<PlanInput> = {}, marks = [] as const) {
  const plan = planMeeting({ meeting, caseFile, now, ...more });
  return trackAnswers({ today, plans: [plan, plan], marks: [...marks] });
}

const records = { kind: 'records-request' as const, sentAt: '2026-11-23T09:00:00-06:00' };

describe('trackAnswers', () => {
  it('lists the records request clocks with their law, and the Sunshine day does not move for the closure', () => {
    const list = track('2026-11-24T12:00:00-06:00', '2026-11-24', { sent: [records] });
    const sunshine = list.items.find((i) => i.id.endsWith('.sunshine-response'));
    expect(sunshine).toMatchObject({
      source: 'letter',
      due: '2026-11-27',
      state: 'waiting',
      basis: 'law',
      citation: 'RSMo 610.023.3',
      confidence: 'PRIMARY',
      next: null,
    });
    // The same letter in two plans is listed once.
    expect(list.items.filter((i) => i.id.endsWith('.sunshine-response'))).toHaveLength(1);
  });

  it('a late Sunshine request offers the Sunshine follow-up letter', () => {
    const list = track('2026-11-30T12:00:00-06:00', '2026-11-30', { sent: [records] });
    const sunshine = list.items.find((i) => i.id.endsWith('.sunshine-response'));
    expect(sunshine).toMatchObject({ state: 'late', daysLate: 3 });
    expect(sunshine?.next).toMatchObject({
      action: 'follow-up',
      letterKind: 'sunshine-followup',
      // Ready to draft: the day the request counts as received and that it asked for district records.
      answers: { requestDate: '2026-11-23', recordKind: 'public' },
    });
    expect(list.items[0]?.state).toBe('late');
    expect(list.counts.late).toBeGreaterThanOrEqual(1);
  });

  it('a Notice of Action request counts the days the parent asked for, labelled as a request, not law', () => {
    const list = track('2026-12-20T12:00:00-06:00', '2026-12-20', {
      sent: [{ kind: 'pwn-request', sentAt: '2026-12-08T10:00:00-06:00' }],
    });
    const pwn = list.items.find((i) => i.id.endsWith('.pwn-response'));
    expect(pwn).toMatchObject({ basis: 'requested', state: 'late' });
    expect(pwn?.next).toMatchObject({ action: 'reminder', letterKind: 'pwn-request' });
  });

  it('a marked answer links its document and is never late', () => {
    const plan = planMeeting({ meeting, caseFile, now: '2026-12-01T12:00:00-06:00', sent: [records] });
    const id = trackAnswers({ today: '2026-12-01', plans: [plan], marks: [] }).items.find((i) =>
      i.id.endsWith('.sunshine-response'),
    )?.id as string;
    const mark = { itemId: id, documentId: 'd1', documentTitle: 'Records letter', answeredOn: '2026-11-26' };
    const item = trackAnswers({ today: '2026-12-01', plans: [plan], marks: [mark] }).items.find(
      (i) => i.id === id,
    );
    expect(item).toMatchObject({ state: 'answered', daysLate: 0, next: null, answer: mark });
  });

  it('the parent’s own deadlines are not on the list of what the school owes', () => {
    const list = track('2026-11-24T12:00:00-06:00', '2026-11-24', {
      sent: [records, { kind: 'recording-notice', sentAt: '2026-11-23T09:00:00-06:00' }],
    });
    expect(list.items.every((i) => i.source !== 'letter' || i.citation !== null)).toBe(true);
    expect(list.items.some((i) => i.id.includes('recording-notice'))).toBe(false);
  });

  it('meeting promises turn late after their day and offer a reminder; one ticked on the plan is answered', () => {
    const commitments = [
      { id: 'c1', who: 'Ms. Lee', what: 'Send the reading graphs', due: '2026-12-09', doneAt: null },
      { id: 'c2', who: null, what: 'Call about the bus', due: '2026-12-09', doneAt: '2026-12-09T15:00:00Z' },
      { id: 'c3', who: null, what: 'Set up a check-in', due: null, doneAt: null },
    ];
    const list = track('2026-12-11T12:00:00-06:00', '2026-12-11', { commitments });
    const byId = new Map(list.items.map((i) => [i.id.split('.').pop(), i]));
    expect(byId.get('c1')).toMatchObject({ state: 'late', daysLate: 2, basis: 'promise', who: 'Ms. Lee' });
    expect(byId.get('c1')?.next).toMatchObject({ action: 'reminder', letterKind: 'follow-up' });
    expect(byId.get('c2')?.state).toBe('answered');
    expect(byId.get('c3')).toMatchObject({ state: 'waiting', due: null });
    expect(byId.get('c3')?.waitingFor).toMatch(/No day was set/);
  });

  it('rejects a today that is not a real date', () => {
    expect(() => trackAnswers({ today: '2026-02-30', plans: [], marks: [] })).toThrow(/not a real date/);
  });
});

describe('answer dates (properties)', () => {
  const day = fc.integer({
    min: dayNumber(toIsoDate('2000-01-01')),
    max: dayNumber(toIsoDate('2100-12-31')),
  });

  it('an item is late exactly when today is after its due day, by the number of days between', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -400, max: 400 }), (due, offset) => {
        const dueDay = fromDayNumber(due);
        const today = fromDayNumber(due + offset);
        expect(daysPast(dueDay, today)).toBe(offset);
        expect(answerState(dueDay, today, false)).toBe(offset > 0 ? 'late' : 'waiting');
        expect(answerState(dueDay, today, true)).toBe('answered');
      }),
    );
  });

  it('days late grow by one each day and the list keeps the most late first', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -30, max: 30 }), { minLength: 1, maxLength: 8 }), (offsets) => {
        const today = '2026-12-15';
        const commitments = offsets.map((o, n) => ({
          id: `c${n}`,
          who: null,
          what: `Promise ${n}`,
          due: fromDayNumber(dayNumber(toIsoDate(today)) - o),
          doneAt: null,
        }));
        const plan = planMeeting({ meeting, caseFile, now: '2026-12-15T12:00:00-06:00', commitments });
        const items = trackAnswers({ today, plans: [plan], marks: [] }).items;
        const late = items.filter((i) => i.state === 'late').map((i) => i.daysLate);
        expect(late).toEqual([...late].sort((a, b) => b - a));
        expect(late.length).toBe(offsets.filter((o) => o > 0).length);
        const tomorrow = trackAnswers({ today: '2026-12-16', plans: [plan], marks: [] }).items;
        for (const item of items.filter((i) => i.state === 'late')) {
          expect(tomorrow.find((t) => t.id === item.id)?.daysLate).toBe(item.daysLate + 1);
        }
      }),
      { numRuns: 50 },
    );
  });
});
