import { describe, expect, it } from 'vitest';
import { FINDING_CODES, type Finding } from '@iep/core';
import { evidenceLines, FINDING_TITLE, groupFindings } from './data-findings';

const f = (over: Partial<Finding>): Finding => ({
  code: 'insufficient-data',
  goalId: null,
  serviceId: null,
  severity: 'info',
  evidence: {},
  question: 'Q?',
  ...over,
});

const names = {
  goals: new Map([
    ['g1', 'Reading fluency'],
    ['g2', 'Written expression'],
  ]),
  services: new Map([['s1', 'Specialized instruction in reading']]),
};

describe('groupFindings', () => {
  it('groups by goal or service and puts the group with the most serious finding first', () => {
    const groups = groupFindings(
      [
        f({ goalId: 'g2', code: 'insufficient-data', severity: 'info' }),
        f({ serviceId: 's1', code: 'missed-service-minutes', severity: 'concern' }),
        f({ goalId: 'g1', code: 'below-aimline', severity: 'concern' }),
        f({ goalId: 'g1', code: 'mastered-contradicted', severity: 'serious' }),
      ],
      names,
    );
    expect(groups.map((g) => g.heading)).toEqual([
      'Goal: Reading fluency',
      'Service: Specialized instruction in reading',
      'Goal: Written expression',
    ]);
    expect(groups[0]?.findings.map((x) => x.code)).toEqual(['mastered-contradicted', 'below-aimline']);
  });

  it('names an unknown goal by its id and a case-wide finding as the whole case', () => {
    const groups = groupFindings([f({ goalId: 'g9' }), f({})], names);
    expect(groups.map((g) => g.heading)).toEqual(['Goal g9', 'The whole case']);
  });
});

describe('evidenceLines', () => {
  it('writes dates, rates, yes/no and status codes in words and drops empty and internal values', () => {
    expect(
      evidenceLines({
        reportDate: '2026-10-23',
        deliveryRate: 0.7333,
        criterionMet: false,
        dataStatus: 'flat',
        rule: 'four-point',
        assessmentLevel: null,
        owedMinutes: 1200,
      }),
    ).toEqual([
      { label: 'Report date', value: 'October 23, 2026' },
      { label: 'Share of minutes given, in the weeks the log covers', value: '73.3%' },
      { label: 'Mastery met by the scores', value: 'No' },
      { label: 'What the scores show', value: 'growing much more slowly than needed' },
      { label: 'Missed minutes not made up', value: '1,200' },
    ]);
  });

  it('labels a projection as a projection and unknown minutes as not missed, with the numbers the question used', () => {
    expect(evidenceLines({ projectedAtGoalDate: 85.15, unknownMinutes: 150, unknownWeeks: 1 })).toEqual([
      { label: 'If the trend continues, score by the goal date (a projection)', value: '85.2' },
      { label: 'Minutes the log does not mention (unknown, not missed)', value: '150' },
      { label: 'Weeks with no log entries (unknown, not missed)', value: '1' },
    ]);
  });

  it('has a title for every finding code, and none calls a missing log missed', () => {
    for (const code of FINDING_CODES) expect(FINDING_TITLE[code].length).toBeGreaterThan(5);
    expect(FINDING_TITLE['no-service-log']).not.toMatch(/missed/i);
    expect(FINDING_TITLE['service-log-gaps']).not.toMatch(/missed/i);
  });

  it('turns an unknown camelCase key into words', () => {
    expect(evidenceLines({ someNewThing: 3 })).toEqual([{ label: 'Some new thing', value: '3' }]);
  });
});

