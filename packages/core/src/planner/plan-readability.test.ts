import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCaseFileText } from '../case/index.js';
import { DEADLINE_RULES, DEADLINE_RULE_IDS } from '../deadlines/index.js';
import { planMeeting } from './plan-meeting.js';

// Parents read this text under stress; many have trouble reading. Every title + explanation must score at most
// grade 8.5 on Flesch-Kincaid (with citations removed, since "34 CFR 300.503" is read as a name, not words).

interface Readability {
  fleschKincaidGrade(text: string): number;
}
// text-readability ships no types; a variable specifier keeps TypeScript from asking for them.
const readabilityModule = 'text-readability';
const readability = ((await import(readabilityModule)) as { default: Readability }).default;

const stripCitations = (text: string) =>
  text
    .replace(/\b\d+ CFR [\d.]+(\([a-z0-9]+\))*/gi, '')
    .replace(/\bRSMo [\d.]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const grade = (text: string) => readability.fleschKincaidGrade(stripCitations(text));

function example() {
  const parsed = parseCaseFileText(
    readFileSync(new URL('../../../../examples/case.example.json', import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error('example case file is invalid');
  return parsed.value;
}

describe('plain language', () => {
  const caseFile = example();
  const meeting = caseFile.meetings[0];
  if (meeting === undefined) throw new Error('example case has no meeting');
  const plans = [
    planMeeting({ meeting, now: '2026-11-23T12:00:00-06:00', caseFile }),
    planMeeting({
      meeting,
      now: '2026-11-23T12:00:00-06:00',
      caseFile: { ...caseFile, student: { ...caseFile.student, planType: '504' } },
    }),
    planMeeting({ meeting, now: '2026-11-23T12:00:00-06:00' }),
  ];
  const tasks = plans.flatMap((p) => p.tasks);

  it.each(tasks.map((t) => [t.id, `${t.title}. ${t.explanation}`]))(
    'task %s reads at grade 8.5 or below',
    (_id, text) => {
      expect(grade(text)).toBeLessThanOrEqual(8.5);
    },
  );

  it.each(
    DEADLINE_RULE_IDS.map((id) => [id, `${DEADLINE_RULES[id].title}. ${DEADLINE_RULES[id].explanation}`]),
  )('deadline %s reads at grade 8.5 or below', (_id, text) => {
    expect(grade(text)).toBeLessThanOrEqual(8.5);
  });

  it('the plan text as a whole reads at grade 8 or below', () => {
    const joined = tasks.map((t) => `${t.title}. ${t.explanation}`).join(' ');
    expect(grade(joined)).toBeLessThanOrEqual(8);
  });

  it('deadlines from sent letters: waiting for an arrival date, and why a clock starts later, read plainly', () => {
    const mailed = {
      id: 's1',
      kind: 'records-request' as const,
      sentAt: '2026-11-20T15:00:00Z',
      method: 'mail' as const,
    };
    const now = '2026-12-01T12:00:00-06:00';
    const texts = [
      ...planMeeting({ meeting, now, caseFile, sent: [mailed] }).triggered.map((d) => d.waiting ?? ''),
      ...planMeeting({
        meeting,
        now,
        caseFile,
        sent: [{ ...mailed, receivedOn: '2026-11-28' }],
      }).triggered.map((d) => d.receiptNote ?? ''),
      ...planMeeting({
        meeting,
        now,
        caseFile,
        sent: [{ ...mailed, method: 'email', sentAt: '2026-11-20T23:30:00Z' }],
      }).triggered.map((d) => d.receiptNote ?? ''),
    ].filter((t) => t !== '');
    expect(texts.length).toBeGreaterThanOrEqual(3);
    for (const text of texts) expect(grade(text)).toBeLessThanOrEqual(8.5);
  });

  it('plan warnings read at grade 8.5 or below', () => {
    const now = ['2026-12-06T12:00:00-06:00', '2026-12-07T10:00:00-06:00', '2026-12-09T12:00:00-06:00'];
    for (const n of now) {
      for (const w of planMeeting({ meeting, now: n, caseFile }).warnings)
        expect(grade(w.message)).toBeLessThanOrEqual(8.5);
    }
  });
});
