import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLetter } from './build-letter.js';
import { letterClocks } from './letter-clocks.js';
import { letterProse, letterToText, withoutCitations } from './letter-text.js';
import { LETTER_KINDS, isLetterKind, type Letter } from './letter-types.js';
import { LETTER_KIND_INFO, letterAnswersSchema } from './kind-info.js';
import { lettersSchema } from '../case/index.js';
import { afterMeeting, exampleFixtures } from './test-fixtures/example.js';

const { exampleCase, exampleLetter, nonSsdCase } = exampleFixtures((name) =>
  readFileSync(new URL(`./test-fixtures/${name}`, import.meta.url), 'utf8'),
);

interface Readability {
  fleschKincaidGrade(text: string): number;
}
// text-readability ships no types; a variable specifier keeps TypeScript from asking for them.
const readabilityModule = 'text-readability';
const readability = ((await import(readabilityModule)) as { default: Readability }).default;

const letters = LETTER_KINDS.map((kind) => [kind, exampleLetter(kind)] as const);
const text = (l: Letter) => letterToText(l);
const citationsOf = (l: Letter) => l.notes.sources;

describe('every kind, for the example case', () => {
  it.each(letters)(
    '%s: dated in the case zone, signed with contact details, cites its sources',
    (_k, letter) => {
      const date = afterMeeting(letter.kind) ? '2026-12-08' : '2026-11-23';
      expect(letter.date).toBe(date);
      const t = text(letter);
      expect(t.startsWith(`${date}\n`)).toBe(true);
      expect(t).toMatch(
        /Maria Rivera\n1234 Elm Street, Florissant, MO 63031\n314-555-0142\nmaria\.rivera@example\.org/,
      );
      expect(t).toContain('Jordan Rivera');
      expect(letter.to.length).toBeGreaterThan(0);
      const cites = citationsOf(letter);
      expect(cites.length).toBeGreaterThan(0);
      for (const c of cites) expect(['PRIMARY', 'SECONDARY', 'UNCONFIRMED']).toContain(c.confidence);
    },
  );

  it.each(letters)('%s: the body reads at grade 8 or below (Flesch-Kincaid)', (_k, letter) => {
    expect(readability.fleschKincaidGrade(letterProse(letter))).toBeLessThanOrEqual(8);
  });

  it.each(letters)('%s: the "Notes for you" page reads at grade 8 or below too', (_k, letter) => {
    const prose = withoutCitations([...letter.notes.points, ...letter.warnings].join(' '));
    expect(readability.fleschKincaidGrade(prose)).toBeLessThanOrEqual(8);
  });

  it.each(letters)('%s: makes none of the known false statements', (_k, letter) => {
    const t = text(letter).replace(/\s+/g, ' ');
    expect(t).not.toMatch(/required to (give|provide)[^.]*24 hours/i);
    expect(t).not.toMatch(/must (give|provide|send)[^.]*24 hours/i);
    expect(t).not.toMatch(/due process[^.]{0,80}(one|1)[ -]year|(one|1)[ -]year[^.]{0,80}due process/i);
    expect(t).not.toMatch(/LEAP[^.]*MPACT|MPACT[^.]*LEAP/);
    expect(t).not.toMatch(/area coordinator/i);
    for (const w of letter.warnings) {
      expect(w).not.toMatch(/due process[^.]{0,80}(one|1)[ -]year|(one|1)[ -]year[^.]{0,80}due process/i);
    }
  });
});

describe('the legal content of each kind', () => {
  const t = (kind: (typeof LETTER_KINDS)[number]) => text(exampleLetter(kind)).replace(/\s+/g, ' ');

  it('recording notice: each session with time, zone and place, and the law stated as a limit on the district', () => {
    const s = t('recording-notice');
    expect(s).toContain(
      'Monday, December 7, 2026, from 9:00 AM to 11:30 AM (Central Standard Time), at Northwest Middle School, Room 112',
    );
    expect(s).toMatch(/may not stop a parent from making an audio recording/);
    expect(s).toMatch(/A district may require notice up to 24 hours before the meeting, but not more\./);
    expect(s).toMatch(/recording belongs to me\. It is not a public record/);
    expect(s).toMatch(/RSMo 162\.686/);
  });

  it('recording notice: to the case manager and the (SSD) Director of Special Education', () => {
    const to = exampleLetter('recording-notice').to.map((r) => r.name);
    expect(to).toEqual(['Chris Patel', 'Alex Morgan']);
  });

  it('records request: the records, electronic copies, a cost first, and each clock stated accurately', () => {
    const s = t('records-request');
    for (const item of [
      'draft IEP',
      'Progress-monitoring data for every goal',
      'Evaluation reports',
      'MAP or MAP-A',
      'Behavior incident and discipline',
      'Service logs (delivery logs) for each service',
      'daily schedule',
      'Emails and messages among staff',
    ]) {
      expect(s).toContain(item);
    }
    expect(s).toMatch(/electronic copies/);
    expect(s).toMatch(/tell me the cost before you make them/);
    // IDEA: the day before Mon Dec 7 is Sunday Dec 6, so the school's by-date is Friday Dec 4.
    expect(s).toMatch(/before any IEP meeting.*by December 4, 2026/);
    expect(s).toMatch(
      /FERPA.*within 45 days after you get this request \(34 CFR 99\.10\)\. If you get it today, that is by January 7, 2027/,
    );
    expect(s).not.toMatch(/must (give|send|produce) (me )?(all )?the records within 3/i);
    const cites = citationsOf(exampleLetter('records-request'))
      .map((c) => c.citation)
      .join('\n');
    expect(cites).toMatch(/34 CFR 300\.613/);
    expect(cites).toMatch(/34 CFR 99\.10/);
    expect(cites).toMatch(/RSMo 610\.023\.3/);
    expect(cites).toMatch(/RSMo 610\.026/);
  });

  it('concerns: each request with why, data-check questions, the PWN ask, attached as parent input', () => {
    const s = t('concerns');
    expect(s).toMatch(/Service: Add 30 minutes a week of reading help\. Why: His reading scores/);
    expect(s).toMatch(/What data shows the goal was mastered\?/);
    expect(s).toContain(
      'If you refuse any of these requests, please give me Prior Written Notice, called a Notice of Action in Missouri (34 CFR 300.503).',
    );
    expect(s).toMatch(/attach it to the IEP as parent input/);
  });

  it('concerns: chosen findings replace the data check, and an empty choice means none', () => {
    const chosen = exampleLetter('concerns', {
      answers: {
        requests: [],
        findings: [{ code: 'x', goalId: null, serviceId: null, question: 'Why were 720 minutes missed?' }],
      },
    });
    expect(text(chosen)).toContain('Why were 720 minutes missed?');
    expect(text(chosen)).not.toMatch(/What data shows the goal was mastered/);
  });

  it('PWN request: the seven elements of 300.503(b) in the 2006 order, and 5 business days as my request, dated', () => {
    const letter = exampleLetter('pwn-request');
    const list = letter.body.find((b) => b.type === 'list' && b.items.length === 7);
    expect(list?.type === 'list' && list.items.map((i) => i.slice(1, 30))).toEqual([
      'A description of the action p',
      'An explanation of why the age',
      'A description of each evaluat',
      'A statement that the parents ',
      'Sources for parents to contac',
      'A description of other option',
      'A description of other factor',
    ]);
    const s = t('pwn-request');
    // Nov 23 + 5 business days: Tue 24, Wed 25, (Thanksgiving 26), Fri 27, Mon 30, Tue Dec 1. A school break is
    // not counted: the date is the parent's request, not the school's calendar.
    expect(s).toMatch(
      /Please send the notice to me within 5 business days after you get this letter\. If you get it today, that is by December 1, 2026\./,
    );
    expect(s).toMatch(/Prior Written Notice, called a Notice of Action in Missouri/);
  });

  it('PWN request for a 504 plan: 104.36 requires notice, the seven elements are asked as good practice', () => {
    const c = exampleCase();
    const letter = exampleLetter('pwn-request', {
      caseFile: { ...c, student: { ...c.student, planType: '504' } },
    });
    const s = text(letter).replace(/\s+/g, ' ');
    expect(s).toMatch(/104\.36/);
    expect(s).toMatch(/does not list what the notice must say/);
    expect(s).not.toMatch(/104\.36 (requires|says)[^.]*(seven|include)/);
    expect(s).not.toMatch(/300\.503/);
  });

  it('follow-up: discussed, agreed, refused, who/what/by when, open notices, and a request for corrections', () => {
    const s = t('follow-up');
    expect(s).toMatch(/WHAT WE DISCUSSED/);
    expect(s).toMatch(/- Chris Patel will send the new reading schedule by December 11, 2026\./);
    expect(s).toMatch(/- Robin Hart will share the writing samples\. Where no date was set/);
    expect(s).toMatch(/NOTICES I AM STILL WAITING FOR - The refusal of more reading help/);
    expect(s).toMatch(/reply within one week if anything here is wrong/);
  });

  it('evaluation request: initial evaluation with the 30-day decision (SSD Handbook) and 60 days from consent', () => {
    const letter = exampleLetter('evaluation-request', {
      answers: { type: 'initial', areas: ['Reading'], reasons: 'He cannot read his homework.' },
    });
    const s = text(letter).replace(/\s+/g, ' ');
    expect(s).toMatch(
      /The SSD Family Handbook says SSD will decide whether to evaluate within 30 days of a referral\. If you get this letter today, that is by December 23, 2026\. Please give me your decision in writing, in a Notice of Action\./,
    );
    expect(s).toMatch(/within 60 days after you get my signed consent \(34 CFR 300\.301\(c\)\(1\)\)/);
  });

  it('evaluation request: a re-evaluation cites 300.303', () => {
    expect(
      citationsOf(exampleLetter('evaluation-request'))
        .map((c) => c.citation)
        .join(' '),
    ).toMatch(/300\.303/);
  });

  it('IEE request: public expense under 300.502, with 300.502(b) marked UNCONFIRMED', () => {
    const letter = exampleLetter('iee-request');
    expect(text(letter).replace(/\s+/g, ' ')).toMatch(
      /independent educational evaluation at public expense \(34 CFR 300\.502\)/,
    );
    expect(citationsOf(letter).find((c) => c.citation.startsWith('34 CFR 300.502(b)'))?.confidence).toBe(
      'UNCONFIRMED',
    );
  });

  it('comp-ed request: the ledger minutes in a table, the individualized-remedy caveat, Reid and Miener, no award', () => {
    const letter = exampleLetter('comp-ed-request');
    const table = letter.body.find((b) => b.type === 'table');
    // 1,890 minutes due (150 a week over the school days to Nov 23), 1,170 logged; only the 18 sessions the log
    // marks missed count as missed (18 x 30 = 540). The 180 minutes of the weeks with no log entries are unknown,
    // not missed (the data check never counts a missing log as a missed session): a column of their own, so the
    // row adds up (1,170 + 180 + 540 = 1,890).
    expect(table?.type === 'table' && table.columns).toEqual([
      'Service',
      'From',
      'To',
      'Minutes due',
      'Minutes given',
      'Not in the log',
      'Minutes missed',
    ]);
    expect(table?.type === 'table' && table.rows).toEqual([
      [
        'Specialized instruction in reading',
        'August 24, 2026',
        'November 23, 2026',
        '1,890',
        '1,170',
        '180',
        '540',
      ],
      ['Total', '', '', '', '', '180', '540'],
    ]);
    const s = text(letter).replace(/\s+/g, ' ');
    expect(s).toMatch(
      /The log does not say what happened to 180 more minutes\. I do not know if those sessions happened\./,
    );
    expect(s).toMatch(/They can be more or less than the minutes missed/);
    const cites = citationsOf(letter)
      .map((c) => c.citation)
      .join('\n');
    expect(cites).toMatch(/Reid v\. District of Columbia, 401 F\.3d 516 \(D\.C\. Cir\. 2005\)/);
    expect(cites).toMatch(/Miener v\. Missouri/);
    expect(cites).toMatch(/DESE.*2008/);
    expect(s).not.toMatch(/entitled to \d|you owe|award of/i);
  });

  it('comp-ed request: manual rows are added and totalled', () => {
    const letter = exampleLetter('comp-ed-request', {
      answers: {
        manualRows: [
          {
            service: 'Speech therapy',
            from: '2026-09-01',
            to: '2026-10-31',
            requiredMinutes: 480,
            deliveredMinutes: 300,
          },
        ],
      },
    });
    const table = letter.body.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows).toEqual([
      ['Speech therapy', 'September 1, 2026', 'October 31, 2026', '480', '300', '0', '180'],
      ['Total', '', '', '', '', '0', '180'],
    ]);
  });

  it('Sunshine follow-up: 610.023.3, the detailed explanation and the earliest time and date; 610.027 only SECONDARY', () => {
    const letter = exampleLetter('sunshine-followup');
    const s = text(letter).replace(/\s+/g, ' ');
    expect(s).toMatch(/RSMo 610\.023\.3/);
    expect(s).toMatch(/explain the cause of the delay in detail/);
    expect(s).toMatch(/the earliest time and date/);
    // Request received Mon Nov 9: Tue 10, Wed 11 (Veterans Day, a state holiday, skipped), Thu 12, Fri 13.
    expect(s).toMatch(/For my request, that was November 13, 2026/);
    expect(citationsOf(letter).find((c) => c.citation.includes('610.027'))?.confidence).toBe('SECONDARY');
  });

  it('Sunshine follow-up (§16.2): closed days never move the last day, and the parent is told what the district may count', () => {
    // Received Mon Nov 23: Tue 24, Wed 25, (Thanksgiving) Fri 27. The case's Thanksgiving break (Nov 25-27) does not
    // move it; a district that leaves out its closed days may count until Tue Dec 1.
    const answers = { requestDate: '2026-11-23', recordKind: 'public' };
    const early = buildLetter('sunshine-followup', {
      caseFile: exampleCase(),
      answers,
      now: '2026-11-27T12:00:00-06:00',
    });
    expect(early.ok === false && early.missing[0]?.message).toBe(
      'The custodian has until the end of November 27, 2026 to act. You can send this letter after that day.',
    );
    const between = exampleLetter('sunshine-followup', { answers, now: '2026-11-30T12:00:00-06:00' });
    expect(text(between).replace(/\s+/g, ' ')).toMatch(/For my request, that was November 27, 2026\./);
    expect(between.warnings.join(' ')).toContain(
      'The district may say its office was closed and those days do not count: Thanksgiving break (school closed). If so, it may count until Tuesday, December 1, 2026. You can send this letter now, or wait until after that day.',
    );
    const after = exampleLetter('sunshine-followup', { answers, now: '2026-12-02T12:00:00-06:00' });
    expect(after.warnings.join(' ')).not.toMatch(/may count until/);
  });

  it('child complaint: every 300.153(b) element, the DESE address and fax, and the copy to the district', () => {
    const letter = exampleLetter('child-complaint');
    const s = text(letter).replace(/\s+/g, ' ');
    expect(s).toMatch(/violated a requirement of Part B of the Individuals with Disabilities Education Act/);
    expect(s).toMatch(/THE PROBLEM AND THE FACTS 1\. On September 10, 2026: From September 10/);
    expect(s).toMatch(/Signature: _+/);
    expect(s).toMatch(/You can reach me, Maria Rivera, at 314-555-0142 or maria\.rivera@example\.org/);
    expect(s).toMatch(
      /Name: Jordan Rivera - Address: 1234 Elm Street, Florissant, MO 63031 - School: Northwest Middle School/,
    );
    expect(s).toMatch(/HOW I WOULD LIKE IT FIXED Make up the missed reading time/);
    expect(s).toContain(
      'Office of Special Education Compliance, c/o Child Complaint Coordinator, P.O. Box 480, Jefferson City, MO 65102-0480',
    );
    expect(s).toContain('Fax: 573-526-4404');
    expect(s).toMatch(
      /sending a copy of this complaint to Hazelwood School District and the Special School District of St\. Louis County \(SSD\) at the same time/,
    );
    expect(letter.warnings.join(' ')).toMatch(/between 8:00 AM and 4:30 PM on a business day/);
  });

  it('child complaint: a violation older than one year is warned with its last filing day, and due process is two years', () => {
    const letter = exampleLetter('child-complaint', {
      answers: {
        violations: [{ date: '2025-10-01', what: 'No reading help all fall.' }],
        proposedResolution: 'Make it up.',
      },
    });
    const w = letter.warnings.join(' ');
    // 300.153(c) runs forward: DESE had to get it by October 1, 2026, one year after the problem.
    expect(w).toMatch(/For the problem on October 1, 2025, DESE had to get the complaint by October 1, 2026/);
    expect(w).toMatch(/filed within two years of when you knew, or should have known/);
    const recent = exampleLetter('child-complaint');
    expect(recent.warnings.join(' ')).not.toMatch(/had to get the complaint/);
  });
});

describe('SSD addressing', () => {
  it('an SSD partner district: records go to both custodians, and the letter says each keeps its own', () => {
    const letter = exampleLetter('records-request');
    expect(letter.to.map((r) => [r.name, r.organization])).toEqual([
      ['Sam Ortiz', 'district'],
      ['Jamie Fox', 'ssd'],
    ]);
    expect(text(letter)).toMatch(/Each office keeps its own records/);
  });

  it('a district that is not an SSD partner: no SSD custodian, no SSD director, no SSD in any letter', () => {
    const caseFile = nonSsdCase();
    for (const kind of LETTER_KINDS) {
      const letter = exampleLetter(kind, { caseFile });
      for (const r of [...letter.to, ...letter.cc]) expect(r.organization).not.toBe('ssd');
      expect(text(letter)).not.toMatch(/\bSSD\b|Special School District/);
    }
    expect(exampleLetter('records-request', { caseFile }).to.map((r) => r.name)).toEqual(['Sam Ortiz']);
  });

  it('an SSD district with no SSD director on the roster: the letter still goes to the SSD director by title, with a warning', () => {
    const c = exampleCase();
    const letter = exampleLetter('recording-notice', {
      caseFile: { ...c, team: c.team.filter((m) => m.id !== 't4') },
    });
    expect(letter.to.map((r) => r.name)).toContain('SSD Director of Special Education for Hazelwood');
    expect(letter.warnings.join(' ')).toMatch(/no SSD director/);
  });
});

describe('the interview', () => {
  it('has info and questions for every kind, with plain prompts and help', () => {
    for (const kind of LETTER_KINDS) {
      const info = LETTER_KIND_INFO[kind];
      expect(info.kind).toBe(kind);
      expect(info.title.length).toBeGreaterThan(0);
      expect(info.questions.length).toBeGreaterThan(0);
      for (const q of info.questions.flatMap((x) => [x, ...(x.itemFields ?? [])])) {
        expect(readability.fleschKincaidGrade(`${q.prompt} ${q.help}`)).toBeLessThanOrEqual(8.5);
      }
    }
    expect(isLetterKind('concerns')).toBe(true);
    expect(isLetterKind('nope')).toBe(false);
  });

  it('every question id is a key the answers schema accepts, and unknown keys are refused', () => {
    for (const kind of LETTER_KINDS) {
      const schema = letterAnswersSchema(kind);
      expect(schema.safeParse({}).success).toBe(true);
      expect(schema.safeParse({ notAQuestion: 1 }).success).toBe(false);
      for (const q of LETTER_KIND_INFO[kind].questions) {
        const bad = schema.safeParse({ [q.id]: Symbol('x') });
        // A key the schema does not know fails as "unrecognized"; a known key fails on its type instead.
        expect(bad.success).toBe(false);
        if (!bad.success) expect(bad.error.issues[0]?.code).not.toBe('unrecognized_keys');
      }
    }
  });
});

describe('the case file letters section', () => {
  it('has exactly one optional entry per letter kind', () => {
    expect(Object.keys(lettersSchema.shape).sort()).toEqual([...LETTER_KINDS].sort());
    expect(lettersSchema.safeParse({ concerns: { requests: [] } }).success).toBe(true);
    expect(lettersSchema.safeParse({ 'not-a-kind': {} }).success).toBe(false);
  });
});

describe('letterClocks: the clocks a sent letter starts', () => {
  it.each(LETTER_KINDS)(
    '%s: only rules of its triggers, each applying to the plan or an IDEA referral',
    (kind) => {
      const { EXAMPLE_ANSWERS } = exampleFixtures((name) =>
        readFileSync(new URL(`./test-fixtures/${name}`, import.meta.url), 'utf8'),
      );
      for (const planType of ['IEP', '504'] as const) {
        const clocks = letterClocks(kind, EXAMPLE_ANSWERS[kind], planType);
        for (const rule of clocks) expect(LETTER_KIND_INFO[kind].triggers).toContain(rule);
        if (planType === '504') expect(clocks).not.toContain('idea-records');
      }
    },
  );

  it('a records request starts the Sunshine clock only when district records were asked for', () => {
    expect(letterClocks('records-request', {}, 'IEP')).toEqual(['idea-records', 'ferpa-records']);
    expect(letterClocks('records-request', { publicRecords: ['contracts'] }, '504')).toEqual([
      'sunshine-response',
      'ferpa-records',
    ]);
    expect(letterClocks('evaluation-request', { type: 'reevaluation' }, 'IEP')).toEqual([]);
    expect(letterClocks('evaluation-request', { type: 'initial' }, '504')).toEqual(['evaluation-decision']);
    expect(letterClocks('child-complaint', {}, '504')).toEqual([]);
  });
});
