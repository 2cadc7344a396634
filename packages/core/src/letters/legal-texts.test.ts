import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeCase, serviceLogsToRequest, servicesWithoutLogs } from '../analysis/index.js';
import { plainDate } from '../calendar/index.js';
import { childRecordsNote } from '../deadlines/index.js';
import type { CaseFile } from '../case/index.js';
import {
  RECORDING_LAW_POINTS,
  RECORDING_LAW_SOURCE_NOTE,
  RECORDING_NOTICE_SENTENCE,
  RECORDING_POLICY_BASIS,
  recordingLawForSchool,
} from '../rules/index.js';
import { buildLetter } from './build-letter.js';
import { LETTER_KINDS, type Letter } from './letter-types.js';
import { letterToText, notesToText } from './letter-text.js';
import { exampleFixtures, NOW, withExtraService } from './test-fixtures/example.js';

// Each legal correction of the audit (missouri-rules.md §16), tested on the letter the school receives. Each test
// names its source. The body must state a rule with its citation; what we are unsure of goes to the notes.

const { exampleCase, exampleLetter, nonSsdCase } = exampleFixtures((name) =>
  readFileSync(new URL(`./test-fixtures/${name}`, import.meta.url), 'utf8'),
);

const flat = (s: string) => s.replace(/\s+/g, ' ');
const body = (l: Letter) => flat(letterToText(l));
const notes = (l: Letter) => flat(notesToText(l));
const as504 = (c: CaseFile = exampleCase()): CaseFile => ({
  ...c,
  student: { ...c.student, planType: '504' },
});
const IDEA_CITATION = /\b300\.\d{3}\b|\bIDEA\b|Individuals with Disabilities/;

describe('RSMo 162.686 (§1, §12.1, §16.3): the recording notice', () => {
  const letter = exampleLetter('recording-notice');

  it('says plainly that a district may require notice up to 24 hours ahead, and gives it in writing', () => {
    expect(body(letter)).toContain(
      'A district may require notice up to 24 hours before the meeting, but not more.',
    );
    expect(body(letter)).toContain(
      'This letter is my written notice, sent at least 24 hours before the meeting.',
    );
    expect(notes(letter)).toContain(flat(RECORDING_NOTICE_SENTENCE));
  });

  it("says the law in core's one set of RSMo 162.686 sentences (the plan and the recording page use them too)", () => {
    expect(body(letter)).toContain(flat(recordingLawForSchool('IEP')));
    for (const point of RECORDING_LAW_POINTS) expect(notes(letter)).toContain(flat(point));
    expect(notes(letter)).toContain(flat(RECORDING_LAW_SOURCE_NOTE));
    expect(letter.notes.sources.map((s) => [s.citation, s.confidence, s.kind])).toEqual([
      ['RSMo 162.686', 'PRIMARY', 'law'],
      [RECORDING_POLICY_BASIS.citation, 'SECONDARY', 'district-policy'],
    ]);
  });

  it('never says the law does not make the parent give notice', () => {
    for (const l of [letter, exampleLetter('recording-notice', { now: '2026-12-06T15:00:00-06:00' })]) {
      const all = `${body(l)} ${notes(l)}`;
      expect(all).not.toMatch(
        /(law|statute) does not (make|require) you|not a duty of the parent|does not itself require/i,
      );
    }
  });

  it('a late notice warns that the district may refuse the recording', () => {
    const late = exampleLetter('recording-notice', { now: '2026-12-06T15:00:00-06:00' });
    expect(late.warnings.join(' ')).toMatch(/may say no to recording this meeting/);
  });

  it('is not offered for a mediation, which is confidential (34 CFR 300.506(b)(8))', () => {
    const c = exampleCase();
    const mediation: CaseFile = {
      ...c,
      meetings: c.meetings.map((m) => ({ ...m, kind: 'mediation' as const })),
    };
    const result = buildLetter('recording-notice', { caseFile: mediation, answers: {}, now: NOW });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.missing[0]?.message).toMatch(/Mediation is confidential \(34 CFR 300\.506\(b\)\(8\)\)/);
  });

  it('a 504 plan: the meeting is one held under Section 504, no IDEA', () => {
    const l = exampleLetter('recording-notice', { caseFile: as504() });
    expect(body(l)).toContain('a meeting held under Section 504 (RSMo 162.686)');
    expect(body(l)).not.toMatch(IDEA_CITATION);
  });
});

describe('34 CFR 104.36 and FERPA 99.10 (§16.4): a 504-only student is not an IDEA student', () => {
  it('records request: 104.36 and FERPA 99.10 (45 days), no IDEA "before the meeting" rule', () => {
    const l = exampleLetter('records-request', { caseFile: as504() });
    expect(body(l)).toContain(
      "Section 504 gives me the right to examine Jordan Rivera's relevant records (34 CFR 104.36).",
    );
    expect(body(l)).toMatch(/within 45 days after you get this request \(34 CFR 99\.10\)/);
    expect(body(l)).not.toMatch(/before any IEP meeting|300\.613|300\.617|IDEA/);
  });

  it('IEE request: no right at public expense under 504; asked as a request, clearly not a right', () => {
    const l = exampleLetter('iee-request', { caseFile: as504() });
    expect(body(l)).toContain(
      'I know that Section 504 does not give parents a right to have the district pay for one. I am asking you to agree to it',
    );
    expect(body(l)).not.toMatch(/public expense|300\.502|independent educational evaluation/);
    expect(body(l)).toMatch(/please tell me in writing, with your reasons \(34 CFR 104\.36\)/);
  });

  it('IEE request: a 504 student whose disputed test was an IDEA evaluation keeps the IDEA right', () => {
    const l = exampleLetter('iee-request', {
      caseFile: as504(),
      answers: { evaluationName: 'the special education evaluation', ideaEvaluation: true },
    });
    expect(body(l)).toMatch(/independent educational evaluation at public expense \(34 CFR 300\.502\)/);
  });

  it('no 10-day Notice of Action wait and no 300.503 in any 504 letter (the wait is an IDEA practice)', () => {
    const c = as504();
    for (const kind of [
      'recording-notice',
      'records-request',
      'concerns',
      'pwn-request',
      'iee-request',
      'comp-ed-request',
      'sunshine-followup',
    ] as const) {
      const l = exampleLetter(kind, { caseFile: c });
      expect(body(l)).not.toMatch(/10[- ]day|ten days|300\.503|Notice of Action/);
      // The 504 notice request may ask for the IDEA list as good practice (§4), and says so; nothing else names PWN.
      if (kind !== 'pwn-request') expect(body(l)).not.toMatch(/Prior Written Notice/);
      expect(body(l)).not.toMatch(/\b300\.\d{3}\b/);
    }
    const followUp = exampleLetter('follow-up', { caseFile: c });
    expect(body(followUp)).toMatch(
      /written notice of the decision and the reasons for it \(34 CFR 104\.36\)/,
    );
    expect(body(followUp)).not.toMatch(/300\.503/);
  });

  it('a 504 re-evaluation cites no IDEA rule; a first evaluation (an IDEA evaluation) does', () => {
    const re = exampleLetter('evaluation-request', { caseFile: as504() });
    expect(body(re)).not.toMatch(/\b300\.\d{3}\b/);
    const first = exampleLetter('evaluation-request', {
      caseFile: as504(),
      answers: { type: 'initial', areas: ['Reading'], reasons: 'He cannot read his homework.' },
    });
    expect(body(first)).toMatch(
      /Prior Written Notice, called a Notice of Action in Missouri \(34 CFR 300\.503\)/,
    );
  });
});

describe('RSMo 610.021(6), 610.023.3, 610.026 (§2, §16.5, §16.6): the Sunshine Law', () => {
  const l = exampleLetter('records-request');

  it("does not call a child's service log a public record; the child's records are asked for under IDEA and FERPA", () => {
    expect(body(l)).not.toMatch(/public records?, like service logs/i);
    const sunshinePart = body(l).split('DISTRICT RECORDS UNDER THE SUNSHINE LAW')[1] ?? '';
    const childPart = body(l).split('DISTRICT RECORDS UNDER THE SUNSHINE LAW')[0] ?? '';
    expect(childPart).toMatch(/Service logs \(delivery logs\) for each service/);
    expect(childPart).not.toMatch(/Sunshine|610\./);
    expect(sunshinePart).toMatch(/written policies and procedures for special education/);
    // The same sentence as the Sunshine deadline's notes and the plan's records task (deadlines' childRecordsNote).
    expect(notes(l)).toContain(flat(childRecordsNote('IEP')));
    expect(notes(exampleLetter('records-request', { caseFile: as504() }))).toContain(
      flat(childRecordsNote('504')),
    );
  });

  it('the 3 business days run from the custodian receiving the request (610.023.3)', () => {
    expect(body(l)).toMatch(/by the end of the third business day after getting it \(RSMo 610\.023\.3\)/);
    // Mon Nov 23 + 3 business days, Thanksgiving (Nov 26, RSMo 9.010) skipped: Fri Nov 27.
    expect(body(l)).toMatch(/If you get it today, that is November 27, 2026/);
  });

  it('§16.5: written after 5:00 PM on a Friday, the clocks that start on receipt count from Monday', () => {
    const late = exampleLetter('records-request', { now: '2026-11-20T18:00:00-06:00' });
    // Received Mon Nov 23: Sunshine + 3 business days (Thanksgiving skipped) Fri Nov 27; FERPA + 45 days Jan 7.
    expect(body(late)).toMatch(/If you get it on Monday, November 23, 2026, that is November 27, 2026\./);
    expect(body(late)).toMatch(/If you get it on Monday, November 23, 2026, that is by January 7, 2027\./);
    // IDEA counts from the request; before the Monday meeting: by the Friday before it.
    expect(body(late)).toMatch(/please let me see them by December 4, 2026\./);
    expect(notes(late)).toMatch(/If you mail it, the days count from the day it arrives\./);
  });

  it('§16.2: a 45th day on a weekend is asked for by the business day before, and the letter says why', () => {
    const l2 = exampleLetter('records-request', { now: '2026-11-25T10:00:00-06:00' });
    // Received Wed Nov 25 + 45 days: Sat Jan 9, 2027, so the letter asks for Fri Jan 8.
    expect(body(l2)).toMatch(
      /that is by January 8, 2027\. The last day is Saturday, January 9, 2027, when offices are closed, so I ask for the business day before\./,
    );
    expect(l2.schoolDates).toContainEqual({
      date: '2027-01-08',
      what: 'FERPA: 45 days to let the parent see the records',
    });
  });

  it('electronic copies may carry fees (610.026.1(2))', () => {
    expect(body(l)).toContain('The law allows a fee for copies, electronic copies too (RSMo 610.026).');
  });

  it('no Sunshine section unless district records are asked for', () => {
    const childOnly = exampleLetter('records-request', { answers: {} });
    expect(body(childOnly)).not.toMatch(/Sunshine|610\./);
  });

  it("a follow-up about only the child's records never cites the 3 days", () => {
    const f = exampleLetter('sunshine-followup', {
      answers: { requestDate: '2026-11-09', recordKind: 'child', requestSummary: "Jordan's records" },
    });
    expect(body(f)).not.toMatch(/610\.023|Sunshine/);
    expect(body(f)).toMatch(/34 CFR 300\.613/);
  });
});

describe('34 CFR 300.503(a) (§4, §16): the PWN request', () => {
  it('the 5 business days are asked of the school, as a request, with both names', () => {
    const l = exampleLetter('pwn-request');
    expect(body(l)).toMatch(
      /Please send the notice to me within 5 business days after you get this letter\. If you get it today, that is by December 1, 2026\./,
    );
    expect(body(l)).toMatch(
      /It says the notice must come a reasonable time before the school acts \(34 CFR 300\.503\(a\)\)\. So this date is my request\./,
    );
    expect(body(l)).toMatch(/Prior Written Notice, called a Notice of Action in Missouri/);
    expect(`${body(l)} ${notes(l)}`).not.toMatch(/ask for it within 5 business days/i);
  });
});

describe('SSD Family Handbook, 300.301(c), 300.504(a)(1) (§8, §11, §16.7, §16.9): the evaluation request', () => {
  const initial = { type: 'initial', areas: ['Reading'], reasons: 'He cannot read his homework.' };

  it('an SSD partner district: the Handbook 30 days, which binds SSD', () => {
    const l = exampleLetter('evaluation-request', { answers: initial });
    expect(body(l)).toMatch(
      /The SSD Family Handbook says SSD will decide whether to evaluate within 30 days/,
    );
  });

  it('another district: what district pages say, as a request, not law', () => {
    const l = exampleLetter('evaluation-request', { caseFile: nonSsdCase(), answers: initial });
    expect(body(l)).toContain(
      'Many Missouri districts say they decide whether to evaluate within 30 days of a referral. I ask for your decision in writing, in a Notice of Action, within 30 days after you get this letter. If you get it today, that is by December 23, 2026. This date is my request.',
    );
    expect(body(l)).not.toMatch(/Handbook|must decide|the law|SSD/);
    expect(notes(l)).toMatch(/It is a request, not the law\./);
    expect(l.schoolDates).toEqual([
      { date: '2026-12-23', what: 'The date the parent asks for the decision' },
    ]);
  });

  it('§16.5: the 30 days count from the day the school gets the letter (written Friday evening: Monday)', () => {
    const l = exampleLetter('evaluation-request', { answers: initial, now: '2026-11-20T18:30:00-06:00' });
    // Received Mon Nov 23 (sent after 5:00 PM on a Friday); + 30 calendar days: Wed Dec 23.
    expect(body(l)).toContain(
      'If you get this letter on Monday, November 23, 2026, that is by December 23, 2026.',
    );
  });

  it('the procedural safeguards notice on a request for evaluation (300.504(a)(1))', () => {
    const l = exampleLetter('evaluation-request', { answers: initial });
    expect(body(l)).toContain(
      'Please also send me the procedural safeguards notice, which the school gives when a parent asks for an evaluation (34 CFR 300.504(a)(1)).',
    );
  });

  it('a re-evaluation: no 30-day law, and no date asked for (evaluation-decision is for a first evaluation)', () => {
    for (const caseFile of [exampleCase(), nonSsdCase(), as504()]) {
      const l = exampleLetter('evaluation-request', { caseFile });
      expect(body(l)).not.toMatch(/30 days|within 30|by [A-Z][a-z]+ \d+, 20\d\d/);
      expect(l.schoolDates).toEqual([]);
      expect(notes(l)).toMatch(/No law sets a number of days to answer a request for a re-evaluation/);
    }
  });
});

describe('34 CFR 300.153(b)(4)(ii), 300.153(c), 300.511(e) (§6, §16.1, §16.7): the child complaint', () => {
  it("a homeless child's contact information replaces the home address", () => {
    const c = exampleCase();
    const result = buildLetter('child-complaint', {
      caseFile: { ...c, parents: c.parents.map(({ address: _a, ...p }) => p) },
      answers: {
        violations: [{ date: '2026-09-10', what: 'No reading help.' }],
        proposedResolution: 'Make it up.',
        homeless: true,
        studentContact: 'Call me at 314-555-0142.',
      },
      now: NOW,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(body(result.letter)).toContain(
      'Contact information (my child is homeless): Call me at 314-555-0142.',
    );
    expect(body(result.letter)).not.toMatch(/Address:/);
  });

  it('the windows are the last day to file: one year for DESE, two years for due process', () => {
    const l = exampleLetter('child-complaint');
    expect(notes(l)).toMatch(
      /For the earliest problem, on September 10, 2026, DESE must get the complaint by 4:30 PM on Friday, September 10, 2027\./,
    );
    // A Saturday last day: by the Friday before (what arrives on a weekend is filed on the next business day).
    const saturday = exampleLetter('child-complaint', {
      answers: {
        violations: [{ date: '2025-11-28', what: 'No help.' }],
        proposedResolution: 'Fix it.',
        receiveDate: '2026-11-20',
      },
    });
    expect(notes(saturday)).toMatch(/DESE must get the complaint by 4:30 PM on Friday, November 27, 2026\./);
    // Sent now after 4:30 PM on the Friday before the last day: DESE files it Monday, a year and two days later.
    const late = exampleLetter('child-complaint', {
      answers: { violations: [{ date: '2025-11-28', what: 'No help.' }], proposedResolution: 'Fix it.' },
      now: '2026-11-27T17:00:00-06:00',
    });
    expect(late.warnings.join(' ')).toMatch(
      /DESE had to get the complaint by November 28, 2026, one year later/,
    );
    const old = exampleLetter('child-complaint', {
      answers: { violations: [{ date: '2025-10-01', what: 'No help.' }], proposedResolution: 'Fix it.' },
    });
    expect(old.warnings.join(' ')).toMatch(
      /must be filed within two years of when you knew, or should have known, about the problem \(34 CFR 300\.511\(e\)\)/,
    );
  });
});

describe('34 CFR 300.502(a)(2) (§16.7): the IEE request asks where and by what criteria', () => {
  it('asks where an IEE may be obtained and for the agency criteria', () => {
    expect(body(exampleLetter('iee-request'))).toContain(
      "Please tell me where I can get one. Please also send me the school's rules for them, such as who may do the test and what it may cost (34 CFR 300.502(a)(2)).",
    );
  });
});

describe('service logs the data check could not read (§16.6: a student record, asked for under FERPA/IDEA)', () => {
  it('the records request asks for each service named by the "no-service-log" finding, with its dates', () => {
    const result = buildLetter('records-request', {
      caseFile: exampleCase(),
      answers: {},
      now: NOW,
      servicesWithoutLogs: [
        { serviceId: 's9', name: 'Speech-language therapy', from: '2026-09-01', to: '2026-11-23' },
      ],
    });
    expect(result.ok && body(result.letter)).toContain(
      'The complete service log (delivery log) for Speech-language therapy, from September 1, 2026 to November 23, 2026',
    );
  });

  it("from the case's analysis: a service with no log and one with gaps, each once, before any Sunshine Law part", () => {
    const caseFile = withExtraService(exampleCase(), { id: 's2', name: 'Occupational therapy' });
    const analysis = analyzeCase(caseFile, { asOf: '2026-11-23' });
    expect(servicesWithoutLogs(analysis).map((s) => s.serviceId)).toEqual(['s2']);
    const result = buildLetter('records-request', {
      caseFile,
      answers: { publicRecords: ['log-rules'] },
      now: NOW,
      analysis,
      servicesWithoutLogs: servicesWithoutLogs(analysis),
    });
    if (!result.ok) throw new Error('the letter is written');
    const text = body(result.letter);
    const asks = serviceLogsToRequest(analysis);
    expect(asks.map((s) => s.serviceId).sort()).toEqual(['s1', 's2']);
    for (const s of asks) {
      const item = `The complete service log (delivery log) for ${s.name}, from ${plainDate(s.from)} to ${plainDate(s.to)}`;
      expect(text.split(item)).toHaveLength(2);
      expect(text.indexOf(item)).toBeLessThan(text.indexOf('DISTRICT RECORDS UNDER THE SUNSHINE LAW'));
    }
    expect(text).toMatch(/\(34 CFR 300\.613\)/);
    expect(notes(result.letter)).toMatch(/That is a question, not proof that sessions were missed/);
  });
});

describe('the notes page carries what the body must not', () => {
  it.each(LETTER_KINDS.map((k) => [k]))(
    '%s: sources with their confidence in words, never in the body',
    (kind) => {
      const l = exampleLetter(kind);
      expect(l.notes.sources.length).toBeGreaterThan(0);
      expect(notes(l)).toMatch(/These notes are for you\. They are not part of the letter\./);
      expect(notes(l)).toMatch(/WHERE THE RULES COME FROM/);
      expect(body(l)).not.toMatch(
        /WHERE THE RULES COME FROM|Good practice, not a legal rule|from an official source/,
      );
    },
  );
});
