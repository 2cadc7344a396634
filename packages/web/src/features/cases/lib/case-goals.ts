import {
  endsOnOrAfterStart,
  masteryRequiredFits,
  targetAfterBaseline,
  type Assessment,
  type Goal,
  type Service,
} from '@iep/core';
import { compact, type DraftError } from './case-people';

// Goals, services and test results as form drafts; the cross-field rules are core's (case/goal-rules.ts), said
// here by the form field they are about. Scores and data logs are kept as they are when an item is
// edited here: they are entered on the data check page.

/** Reads a typed number: '' is "not given", anything that is not a finite number is an error. */
export function readNumber(text: string): { ok: true; value: number | undefined } | { ok: false } {
  const t = text.trim();
  if (!t) return { ok: true, value: undefined };
  const value = Number(t);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false };
}

const num = (text: string) => {
  const read = readNumber(text);
  return read.ok ? read.value : undefined;
};
const isWhole = (text: string, min: number, max: number) => {
  const read = readNumber(text);
  return (
    read.ok &&
    read.value !== undefined &&
    Number.isInteger(read.value) &&
    read.value >= min &&
    read.value <= max
  );
};
const trimmed = (value: string) => (value.trim() ? value.trim() : undefined);

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "14 scores, 1 progress report": what the data check page holds for a goal. */
export function goalDataCounts(goal: Pick<Goal, 'probes' | 'reports'>): string {
  return `${plural(goal.probes.length, 'score', 'scores')}, ${plural(goal.reports.length, 'progress report', 'progress reports')}`;
}

export function serviceDataCounts(service: Pick<Service, 'log'>): string {
  return plural(service.log.length, 'session logged', 'sessions logged');
}

export type Comparator = '>=' | '<=' | '>' | '<';

export interface GoalDraft {
  area: string;
  text: string;
  measure: string;
  direction: 'increase' | 'decrease';
  baselineDate: string;
  baselineScore: string;
  targetDate: string;
  targetScore: string;
  hasMastery: boolean;
  threshold: string;
  comparator: Comparator;
  window: string;
  required: string;
  consecutive: boolean;
}

export const EMPTY_GOAL: GoalDraft = {
  area: '',
  text: '',
  measure: '',
  direction: 'increase',
  baselineDate: '',
  baselineScore: '',
  targetDate: '',
  targetScore: '',
  hasMastery: false,
  threshold: '',
  comparator: '>=',
  window: '3',
  required: '3',
  consecutive: false,
};

export function goalDraftOf(goal: Goal): GoalDraft {
  return {
    area: goal.area,
    text: goal.text,
    measure: goal.measure ?? '',
    direction: goal.direction,
    baselineDate: goal.baseline?.date ?? '',
    baselineScore: goal.baseline ? String(goal.baseline.score) : '',
    targetDate: goal.target?.date ?? '',
    targetScore: goal.target ? String(goal.target.score) : '',
    hasMastery: goal.mastery !== undefined,
    threshold: goal.mastery ? String(goal.mastery.threshold) : '',
    comparator: goal.mastery?.comparator ?? '>=',
    window: goal.mastery ? String(goal.mastery.window) : '3',
    required: goal.mastery ? String(goal.mastery.required) : '3',
    consecutive: goal.mastery?.consecutive ?? false,
  };
}

function checkPoint(errors: DraftError[], which: 'baseline' | 'target', date: string, score: string) {
  const word = which === 'baseline' ? 'starting' : 'goal';
  if (!date && score.trim())
    errors.push({ fieldId: `goal-${which}-date`, message: `Enter the date of the ${word} score too.` });
  if (date && !score.trim())
    errors.push({
      fieldId: `goal-${which}-score`,
      message: `Enter the ${word} score too, or clear its date.`,
    });
  if (!readNumber(score).ok)
    errors.push({ fieldId: `goal-${which}-score`, message: 'Enter the score as a number, like 68.' });
}

export function checkGoal(draft: GoalDraft): DraftError[] {
  const errors: DraftError[] = [];
  if (!draft.area.trim())
    errors.push({ fieldId: 'goal-area', message: 'Enter the area, like Reading or Math.' });
  if (!draft.text.trim())
    errors.push({ fieldId: 'goal-text', message: 'Enter the goal as the IEP writes it.' });
  checkPoint(errors, 'baseline', draft.baselineDate, draft.baselineScore);
  checkPoint(errors, 'target', draft.targetDate, draft.targetScore);
  if (draft.baselineDate && draft.targetDate && !targetAfterBaseline(draft.baselineDate, draft.targetDate))
    errors.push({ fieldId: 'goal-target-date', message: 'The goal date must come after the starting date.' });
  if (draft.hasMastery) {
    const threshold = readNumber(draft.threshold);
    if (!threshold.ok || threshold.value === undefined)
      errors.push({ fieldId: 'goal-threshold', message: 'Enter the score that counts as meeting the goal.' });
    if (!isWhole(draft.window, 1, 100))
      errors.push({
        fieldId: 'goal-window',
        message: 'Enter how many recent scores to look at, from 1 to 100.',
      });
    if (!isWhole(draft.required, 1, 100))
      errors.push({
        fieldId: 'goal-required',
        message: 'Enter how many of them must meet the goal, from 1 to 100.',
      });
    else if (
      isWhole(draft.window, 1, 100) &&
      !masteryRequiredFits(Number(draft.required), Number(draft.window))
    )
      errors.push({
        fieldId: 'goal-required',
        message: 'This cannot be more than the number of scores you look at.',
      });
  }
  return errors;
}

/** Builds the goal; its scores, progress reports and phases come from `previous` unchanged. */
export function goalFromDraft(id: string, draft: GoalDraft, previous?: Goal): Goal {
  const point = (date: string, score: string) => {
    const value = num(score);
    return date && value !== undefined ? { date, score: value } : undefined;
  };
  return compact({
    id,
    area: draft.area.trim(),
    text: draft.text.trim(),
    measure: trimmed(draft.measure),
    direction: draft.direction,
    baseline: point(draft.baselineDate, draft.baselineScore),
    target: point(draft.targetDate, draft.targetScore),
    mastery: draft.hasMastery
      ? {
          threshold: num(draft.threshold) ?? 0,
          comparator: draft.comparator,
          window: Number(draft.window),
          required: Number(draft.required),
          consecutive: draft.consecutive,
        }
      : undefined,
    phases: previous?.phases,
    probes: previous?.probes ?? [],
    reports: previous?.reports ?? [],
  });
}

export interface ServiceDraft {
  name: string;
  setting: string;
  providerId: string;
  minutes: string;
  per: Service['per'];
  start: string;
  end: string;
  scheduled: string;
}

export const EMPTY_SERVICE: ServiceDraft = {
  name: '',
  setting: '',
  providerId: '',
  minutes: '',
  per: 'week',
  start: '',
  end: '',
  scheduled: '',
};

export function serviceDraftOf(service: Service): ServiceDraft {
  return {
    name: service.name,
    setting: service.setting ?? '',
    providerId: service.providerId ?? '',
    minutes: String(service.minutes),
    per: service.per,
    start: service.start,
    end: service.end,
    scheduled: service.scheduledMinutesPerWeek === undefined ? '' : String(service.scheduledMinutesPerWeek),
  };
}

export function checkService(draft: ServiceDraft): DraftError[] {
  const errors: DraftError[] = [];
  if (!draft.name.trim())
    errors.push({ fieldId: 'service-name', message: 'Enter the name of the service, like Speech therapy.' });
  if (!isWhole(draft.minutes, 1, 100_000))
    errors.push({
      fieldId: 'service-minutes',
      message: 'Enter the minutes as a whole number more than zero.',
    });
  if (!draft.start) errors.push({ fieldId: 'service-start', message: 'Enter the date the service starts.' });
  if (!draft.end) errors.push({ fieldId: 'service-end', message: 'Enter the date the service ends.' });
  else if (draft.start && !endsOnOrAfterStart(draft.start, draft.end))
    errors.push({ fieldId: 'service-end', message: 'The end date cannot come before the start date.' });
  if (draft.scheduled.trim() && !isWhole(draft.scheduled, 0, 100_000))
    errors.push({
      fieldId: 'service-scheduled',
      message: 'Enter the minutes as a whole number, or leave this empty.',
    });
  return errors;
}

/** Builds the service; its log of sessions comes from `previous` unchanged. */
export function serviceFromDraft(id: string, draft: ServiceDraft, previous?: Service): Service {
  return compact({
    id,
    name: draft.name.trim(),
    setting: trimmed(draft.setting),
    providerId: draft.providerId || undefined,
    minutes: Number(draft.minutes),
    per: draft.per,
    start: draft.start,
    end: draft.end,
    scheduledMinutesPerWeek: draft.scheduled.trim() ? Number(draft.scheduled) : undefined,
    log: previous?.log ?? [],
  });
}

export interface AssessmentDraft {
  program: Assessment['program'];
  schoolYear: string;
  subject: string;
  grade: string;
  level: string;
  scaleScore: string;
}

export const EMPTY_ASSESSMENT: AssessmentDraft = {
  program: 'MAP',
  schoolYear: '',
  subject: '',
  grade: '',
  level: '',
  scaleScore: '',
};

export function checkAssessment(draft: AssessmentDraft): DraftError[] {
  const errors: DraftError[] = [];
  if (!/^\d{4}-\d{2}$/.test(draft.schoolYear.trim()))
    errors.push({ fieldId: 'test-year', message: 'Enter the school year like 2025-26.' });
  if (!draft.subject.trim())
    errors.push({
      fieldId: 'test-subject',
      message: 'Enter the subject, like Math or English Language Arts.',
    });
  if (!readNumber(draft.scaleScore).ok)
    errors.push({
      fieldId: 'test-score',
      message: 'Enter the scale score as a number, like 287, or leave it empty.',
    });
  return errors;
}

export function assessmentFromDraft(draft: AssessmentDraft): Assessment {
  return compact({
    program: draft.program,
    schoolYear: draft.schoolYear.trim(),
    subject: draft.subject.trim(),
    grade: trimmed(draft.grade),
    level: trimmed(draft.level),
    scaleScore: num(draft.scaleScore),
  });
}
