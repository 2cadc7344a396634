import { describe, expect, it } from 'vitest';
import { parseCaseFile, type Goal, type Service } from '@iep/core';
import {
  assessmentFromDraft,
  checkAssessment,
  checkGoal,
  checkService,
  EMPTY_ASSESSMENT,
  EMPTY_GOAL,
  EMPTY_SERVICE,
  goalDataCounts,
  goalDraftOf,
  goalFromDraft,
  readNumber,
  serviceDataCounts,
  serviceDraftOf,
  serviceFromDraft,
} from './case-goals';

const goal: Goal = {
  id: 'g1',
  area: 'Reading fluency',
  text: 'Jordan will read 110 words correct per minute.',
  measure: 'words correct per minute',
  direction: 'increase',
  baseline: { date: '2026-08-17', score: 68 },
  target: { date: '2027-05-14', score: 110 },
  mastery: { threshold: 110, comparator: '>=', window: 3, required: 3, consecutive: true },
  probes: [
    { date: '2026-08-24', score: 70 },
    { date: '2026-08-31', score: 69 },
  ],
  reports: [{ period: 'Quarter 1', date: '2026-10-23', status: 'progressing' }],
};

const service: Service = {
  id: 's1',
  name: 'Specialized instruction in reading',
  setting: 'resource room',
  providerId: 't2',
  minutes: 150,
  per: 'week',
  start: '2026-08-24',
  end: '2027-05-21',
  log: [{ date: '2026-08-24', minutes: 30, status: 'delivered' }],
};

const ids = (errors: { fieldId: string }[]) => errors.map((e) => e.fieldId);

describe('readNumber', () => {
  it('reads numbers, treats blank as not given, and refuses words', () => {
    expect(readNumber(' 68 ')).toEqual({ ok: true, value: 68 });
    expect(readNumber('-2.5')).toEqual({ ok: true, value: -2.5 });
    expect(readNumber('')).toEqual({ ok: true, value: undefined });
    expect(readNumber('sixty')).toEqual({ ok: false });
  });
});

describe('counts for the data check link', () => {
  it('counts scores, reports and logged sessions in plain words', () => {
    expect(goalDataCounts(goal)).toBe('2 scores, 1 progress report');
    expect(goalDataCounts({ probes: [{ date: '2026-01-01', score: 1 }], reports: [] })).toBe(
      '1 score, 0 progress reports',
    );
    expect(serviceDataCounts(service)).toBe('1 session logged');
  });
});

describe('goal drafts', () => {
  it('round-trips a goal and keeps its scores and reports untouched', () => {
    const back = goalFromDraft('g1', { ...goalDraftOf(goal), area: 'Reading' }, goal);
    expect(back).toEqual({ ...goal, area: 'Reading' });
  });

  it('drops the mastery rule and empty points when they are turned off or blank', () => {
    const draft = { ...EMPTY_GOAL, area: 'Math', text: 'Add fractions.', hasMastery: false };
    const built = goalFromDraft('g2', draft);
    expect(built).toEqual({
      id: 'g2',
      area: 'Math',
      text: 'Add fractions.',
      direction: 'increase',
      probes: [],
      reports: [],
    });
  });

  it('asks for area and text, and for the other half of a baseline or target', () => {
    const errors = checkGoal({ ...EMPTY_GOAL, baselineDate: '2026-09-01', targetScore: '80' });
    expect(ids(errors)).toEqual(['goal-area', 'goal-text', 'goal-baseline-score', 'goal-target-date']);
  });

  it('refuses a goal date before the starting date and a score that is not a number', () => {
    const draft = { ...goalDraftOf(goal), targetDate: '2026-08-01', baselineScore: 'about 70' };
    expect(ids(checkGoal(draft))).toEqual(['goal-baseline-score', 'goal-target-date']);
  });

  it('refuses more required scores than scores looked at (the case file refuses it too)', () => {
    const draft = { ...goalDraftOf(goal), required: '4', window: '3' };
    expect(ids(checkGoal(draft))).toEqual(['goal-required']);
    const file = {
      format: 'iep-ready/case@1',
      student: {
        name: 'A',
        dateOfBirth: '2013-01-01',
        grade: '7',
        school: 'S',
        district: 'D',
        planType: 'IEP',
      },
      parents: [{ name: 'P' }],
      goals: [goalFromDraft('g1', draft, goal)],
    };
    expect(parseCaseFile(file).ok).toBe(false);
    expect(checkGoal(goalDraftOf(goal))).toEqual([]);
  });
});

describe('service drafts', () => {
  it('round-trips a service and keeps its log', () => {
    const draft = { ...serviceDraftOf(service), minutes: '120', scheduled: '90' };
    expect(serviceFromDraft('s1', draft, service)).toEqual({
      ...service,
      minutes: 120,
      scheduledMinutesPerWeek: 90,
    });
  });

  it('needs a name, whole minutes above zero, and an end on or after the start', () => {
    const draft = {
      ...EMPTY_SERVICE,
      minutes: '12.5',
      start: '2026-09-01',
      end: '2026-08-01',
      scheduled: 'lots',
    };
    expect(ids(checkService(draft))).toEqual([
      'service-name',
      'service-minutes',
      'service-end',
      'service-scheduled',
    ]);
    expect(checkService(serviceDraftOf(service))).toEqual([]);
  });

  it('leaves out the provider when no one is chosen', () => {
    const built = serviceFromDraft('s2', { ...serviceDraftOf(service), providerId: '' });
    expect('providerId' in built).toBe(false);
    expect(built.log).toEqual([]);
  });
});

describe('test results', () => {
  it('checks the school year form and the score, then builds the result', () => {
    expect(ids(checkAssessment({ ...EMPTY_ASSESSMENT, schoolYear: '2025', scaleScore: 'high' }))).toEqual([
      'test-year',
      'test-subject',
      'test-score',
    ]);
    const draft = { ...EMPTY_ASSESSMENT, schoolYear: '2025-26', subject: 'Math', scaleScore: '301' };
    expect(checkAssessment(draft)).toEqual([]);
    expect(assessmentFromDraft(draft)).toEqual({
      program: 'MAP',
      schoolYear: '2025-26',
      subject: 'Math',
      scaleScore: 301,
    });
  });
});
