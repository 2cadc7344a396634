import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCaseFile, type CaseFile, type Goal } from '../case/index.js';
import { analyzeCase } from './analyze-case.js';
import {
  serviceLogsToRequest,
  servicesWithMissedMinutes,
  servicesWithoutLogs,
} from './service-log-requests.js';

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('missing in the example case');
  return value;
}

function exampleCase(): CaseFile {
  const parsed = parseCaseFile(
    JSON.parse(readFileSync(new URL('../../../../examples/case.example.json', import.meta.url), 'utf8')),
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

const codesFor = (result: ReturnType<typeof analyzeCase>, id: string) =>
  result.findings.filter((f) => f.goalId === id || f.serviceId === id).map((f) => f.code);

describe('analyzeCase on the example case as of 2026-11-20', () => {
  const result = analyzeCase(exampleCase(), { asOf: '2026-11-20' });

  it('g1: reported mastered with flat data, a Below Basic MAP in ELA and a glowing narrative', () => {
    const codes = codesFor(result, 'g1');
    expect(codes).toContain('mastered-contradicted');
    expect(codes).toContain('narrative-data-mismatch');
    expect(codes).toContain('below-aimline');
    expect(codes).toContain('trend-below-aimline');
    const contradicted = result.findings.find((f) => f.goalId === 'g1' && f.code === 'mastered-contradicted');
    expect(contradicted?.evidence).toMatchObject({ criterionMet: false, assessmentLevel: 'Below Basic' });
    expect(contradicted?.question).toMatch(/\?$/);
  });

  it('g1 uses only probes up to asOf (the 2026-11-23 probe is later)', () => {
    expect(result.goals[0]?.probes.map((p) => p.date).at(-1)).toBe('2026-11-16');
  });

  it('g2: reported mastered with no probes', () => {
    expect(codesFor(result, 'g2')).toEqual(['mastered-without-data']);
  });

  it('s1: missed minutes only from entries marked missed; the week with no entries is unknown (by hand)', () => {
    // 150 min/week from Mon 2026-08-24. School days: weekdays not a Missouri state holiday nor a case closure.
    // Week of   required  delivered  marked missed (0-minute entries stand for 30 a day)  missed  unknown
    // 08-24     150       150        -                                                    0       0
    // 08-31     150       150        -                                                    0       0
    // 09-07     120 (Labor Day)  60  Sep 10, 11                                           60      0
    // 09-14     150        90        Sep 17, 18                                           60      0
    // 09-21     150        60        Sep 23, 24, 25                                       90      0
    // 09-28     150       150        -                                                    0       0
    // 10-05     150        90        Oct 8, 9                                             60      0
    // 10-12     120 (Columbus Day; 30 logged that day still count)  90  Oct 15, 16           30      0
    // 10-19     150        90        2 days                                               60      0
    // 10-26     150        60        3 days                                               90      0
    // 11-02     150        90        2 days                                               60      0
    // 11-09     120 (Veterans Day)  90  2 days                                            30      0
    // 11-16     150         0        no log entries at all: unknown, NOT missed           0       150
    // Required 1860, delivered 1170, missed 540, no make-up -> owed 540; unknown 150.
    // Rate over the weeks the log covers: 1170 / (1860 - 150) = 0.6842.
    const s1 = result.services.find((s) => s.serviceId === 's1');
    expect(s1).toMatchObject({
      requiredMinutes: 1860,
      deliveredMinutes: 1170,
      excusedMinutes: 0,
      shortfallMinutes: 540,
      makeUpMinutes: 0,
      owedMinutes: 540,
      unknownMinutes: 150,
      unknownWeeks: 1,
      deliveryRate: 0.6842,
      logStatus: 'partial',
    });
    const missed = result.findings.find((f) => f.code === 'missed-service-minutes');
    expect(missed).toMatchObject({ serviceId: 's1', goalId: null, evidence: { owedMinutes: 540 } });
    expect(missed?.question).toMatch(
      /the log marks 540 minutes of Specialized instruction in reading as missed/,
    );
    const gaps = result.findings.find((f) => f.code === 'service-log-gaps');
    expect(gaps).toMatchObject({ serviceId: 's1', evidence: { unknownMinutes: 150, unknownWeeks: 1 } });
    expect(gaps?.question).toMatch(
      /We do not know if those sessions happened\. Can we get the complete logs\?/,
    );
  });

  it('a service with no log is "no-service-log": ask for the logs, no missed minutes, nothing owed', () => {
    const c = exampleCase();
    c.services[0] = { ...must(c.services[0]), log: [] };
    const analysis = analyzeCase(c, { asOf: '2026-11-20' });
    const codes = codesFor(analysis, 's1');
    expect(codes).toEqual(['no-service-log']);
    expect(analysis.services[0]).toMatchObject({ owedMinutes: 0, logStatus: 'none', deliveryRate: null });
    const finding = analysis.findings.find((f) => f.code === 'no-service-log');
    expect(finding?.question).toMatch(/We have no service log for Specialized instruction in reading/);
    expect(finding?.question).toMatch(/Can we get the service logs/);
    expect(finding?.question).not.toMatch(/missed|made up|owed/);
    expect(serviceLogsToRequest(analysis)).toEqual([
      {
        serviceId: 's1',
        name: 'Specialized instruction in reading',
        reason: 'no-log',
        from: '2026-08-24',
        to: '2026-11-20',
        unknownWeeks: 13,
        unknownMinutes: 1860,
      },
    ]);
    expect(servicesWithoutLogs(analysis).map((r) => r.serviceId)).toEqual(['s1']);
    // No log is not a missed session: nothing here can go into a compensatory services request.
    expect(servicesWithMissedMinutes(analysis)).toEqual([]);
  });

  it('the services to ask logs for: a service with gaps too, none when the log is complete', () => {
    expect(serviceLogsToRequest(result)).toEqual([
      expect.objectContaining({ serviceId: 's1', reason: 'gaps', unknownMinutes: 150 }),
    ]);
    expect(servicesWithoutLogs(result)).toEqual([]);
    expect(servicesWithMissedMinutes(result)).toEqual([
      { serviceId: 's1', name: 'Specialized instruction in reading', owedMinutes: 540 },
    ]);
  });

  it('lists serious findings first', () => {
    const order = { serious: 0, concern: 1, info: 2 };
    const ranks = result.findings.map((f) => order[f.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('is deterministic and carries the caveat', () => {
    expect(analyzeCase(exampleCase(), { asOf: '2026-11-20' })).toEqual(result);
    expect(result.serviceMinutesCaveat).toMatch(/Reid v\. District of Columbia, 401 F\.3d 516/);
  });

  it('writes questions, not verdicts', () => {
    for (const f of result.findings) expect(f.question).toMatch(/\?/);
  });
});

describe('other findings', () => {
  it('scheduled-below-iep: 150 a week in the IEP, 90 scheduled', () => {
    const c = exampleCase();
    c.services[0] = { ...must(c.services[0]), scheduledMinutesPerWeek: 90 };
    const finding = analyzeCase(c, { asOf: '2026-11-20' }).findings.find(
      (f) => f.code === 'scheduled-below-iep',
    );
    expect(finding).toMatchObject({
      serviceId: 's1',
      severity: 'serious',
      evidence: { iepMinutesPerWeek: 150, scheduledMinutesPerWeek: 90, shortPerWeek: 60 },
    });
  });

  it('not-reported: last report 2026-10-23 is 84 days before 2027-01-15; a 100-day period accepts it', () => {
    expect(codesFor(analyzeCase(exampleCase(), { asOf: '2027-01-15' }), 'g1')).toContain('not-reported');
    expect(
      codesFor(analyzeCase(exampleCase(), { asOf: '2027-01-15', reportingPeriodDays: 100 }), 'g1'),
    ).not.toContain('not-reported');
    expect(codesFor(analyzeCase(exampleCase(), { asOf: '2026-11-20' }), 'g1')).not.toContain('not-reported');
  });

  it('not-reported: no report since the goal started', () => {
    const c = exampleCase();
    c.goals[0] = { ...must(c.goals[0]), reports: [] };
    const f = analyzeCase(c, { asOf: '2026-11-20' }).findings.find((x) => x.code === 'not-reported');
    expect(f?.evidence).toMatchObject({ lastReportDate: null, goalStart: '2026-08-17' });
  });

  it('insufficient-data: 5 probes, and no decision rule findings', () => {
    const c = exampleCase();
    const g1 = must(c.goals[0]);
    c.goals[0] = { ...g1, reports: [], probes: g1.probes.slice(0, 5) };
    const codes = codesFor(analyzeCase(c, { asOf: '2026-09-25' }), 'g1');
    expect(codes).toEqual(['insufficient-data']);
  });

  it('the decision rules judge the latest phase only', () => {
    const c = exampleCase();
    const g1 = must(c.goals[0]);
    // A new intervention from 2026-10-26: its 4 probes are too few to judge, even though earlier data is flat.
    const goal: Goal = {
      ...g1,
      reports: [],
      phases: [
        { id: 'p1', label: 'Reading group', kind: 'intervention', startDate: '2026-08-17' },
        { id: 'p2', label: 'One-to-one tutoring', kind: 'intervention', startDate: '2026-10-26' },
      ],
    };
    c.goals[0] = goal;
    const result = analyzeCase(c, { asOf: '2026-11-20' });
    const analysis = must(result.goals[0]);
    expect(analysis.trends.map((t) => [t.phaseId, t.points])).toEqual([
      ['p1', 9],
      ['p2', 4],
    ]);
    expect(analysis.decisionPhaseId).toBe('p2');
    // No reports at all since 2026-08-17, so "not-reported" too.
    expect(codesFor(result, 'g1')).toEqual(['not-reported', 'insufficient-data']);
  });

  it('a mastered report that the data supports gives no mastery finding', () => {
    const c = exampleCase();
    const g1 = must(c.goals[0]);
    c.goals[0] = {
      ...g1,
      probes: [
        ...g1.probes.slice(0, 8),
        ...['2026-10-19', '2026-10-20', '2026-10-21'].map((date) => ({ date, score: 112 })),
      ],
      reports: [{ period: 'Quarter 1', date: '2026-10-23', status: 'mastered' }],
    };
    c.assessments = [];
    expect(codesFor(analyzeCase(c, { asOf: '2026-10-23' }), 'g1')).not.toContain('mastered-contradicted');
  });

  it('a glowing narrative that the data supports is not flagged', () => {
    // Target 80 by 2027-05-14 needs 12 / 38.6 weeks = 0.31 a week; the scores to 2026-10-23 gain about 0.42 a
    // week and the median of the last three (73) is above the aimline on 2026-10-19 (70.8).
    const c = exampleCase();
    const g1 = must(c.goals[0]);
    c.goals[0] = {
      ...g1,
      target: { date: '2027-05-14', score: 80 },
      reports: [
        { period: 'Quarter 1', date: '2026-10-23', status: 'progressing', narrative: 'Excellent progress!' },
      ],
    };
    expect(codesFor(analyzeCase(c, { asOf: '2026-11-20' }), 'g1')).not.toContain('narrative-data-mismatch');
  });

  it('refuses a date that does not exist', () => {
    expect(() => analyzeCase(exampleCase(), { asOf: '2026-02-30' })).toThrow(/not a real date/);
  });
});
