import {
  analyzeCase,
  renderGoalChartSvg,
  SERVICE_LOG_STATUSES,
  isoDate,
  type CaseAnalysis,
  type CaseFile,
} from '@iep/core';
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { Storage } from '../db/open-storage.js';
import { changeCase, getStoredCase, type StoredCase } from '../cases/cases.service.js';
import { conflict, invalid, notFound, ok, partNotFound, type CaseResult } from '../cases/case-results.js';
import { svgToPng } from '../documents/chart-png.js';

// The data check of a stored case: analysis, goal charts, and manual entry of probes and service log lines.

export const GOAL_NOT_FOUND = 'This goal is not in the case. Reload the case and pick a goal from the list.';
export const SERVICE_NOT_FOUND =
  'This service is not in the case. Reload the case and pick a service from the list.';
export const CHART_SIZE = { width: 720, height: 440 } as const;

/** The case's time zone: its first meeting's, else Missouri's. */
export function caseTimeZone(file: CaseFile): string {
  return file.meetings[0]?.timeZone ?? 'America/Chicago';
}

/** Today's date in the case's time zone (an evening in Missouri is still that day, not tomorrow in UTC). */
export function todayFor(file: CaseFile, now: Date): string {
  return DateTime.fromJSDate(now).setZone(caseTimeZone(file)).toISODate() ?? now.toISOString().slice(0, 10);
}

export async function caseAnalysis(
  storage: Storage,
  ownerId: string,
  caseId: string,
  asOf: string | undefined,
  now: Date,
): Promise<CaseResult<{ stored: StoredCase; analysis: CaseAnalysis }>> {
  const stored = await getStoredCase(storage, ownerId, caseId);
  if (!stored) return notFound;
  const analysis = analyzeCase(stored.file, { asOf: asOf ?? todayFor(stored.file, now) });
  return ok({ stored, analysis });
}

export async function goalChart(
  storage: Storage,
  ownerId: string,
  caseId: string,
  goalId: string,
  options: { asOf: string | undefined; now: Date; format: 'svg' | 'png' },
): Promise<CaseResult<string | Buffer>> {
  const result = await caseAnalysis(storage, ownerId, caseId, options.asOf, options.now);
  if (result.kind !== 'ok') return result;
  const { stored, analysis } = result.value;
  const goal = stored.file.goals.find((g) => g.id === goalId);
  const goalAnalysis = analysis.goals.find((g) => g.goalId === goalId);
  if (goal === undefined || goalAnalysis === undefined) return partNotFound(GOAL_NOT_FOUND);
  const svg = renderGoalChartSvg(goalAnalysis, { ...CHART_SIZE, phases: goal.phases ?? [] });
  return ok(options.format === 'svg' ? svg : svgToPng(svg));
}

const id = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'Use only letters, digits, dot, dash and underscore.');

export const probeInput = z.strictObject({
  date: isoDate,
  score: z.number({ error: 'The score must be a number.' }).finite('The score must be a number.'),
  phaseId: id.optional(),
  note: z.string().trim().max(1000, 'Keep the note under 1000 characters.').optional(),
});

export const serviceLogInput = z.strictObject({
  date: isoDate,
  minutes: z
    .number({ error: 'Minutes must be a number.' })
    .int('Use whole minutes.')
    .min(0, 'Minutes cannot be below 0.')
    .max(1440, 'A log entry cannot be more than 1440 minutes (one day).'),
  status: z.enum(SERVICE_LOG_STATUSES, { error: 'Use delivered, missed or make-up.' }),
  reason: z.string().trim().max(200, 'Keep the reason under 200 characters.').optional(),
});

const byDate = <T extends { date: string }>(a: T, b: T) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

export async function addProbe(
  storage: Storage,
  ownerId: string,
  caseId: string,
  goalId: string,
  input: z.output<typeof probeInput>,
): Promise<CaseResult<StoredCase>> {
  return changeCase(storage, ownerId, caseId, 'case.updated', (file) => {
    const goal = file.goals.find((g) => g.id === goalId);
    if (goal === undefined) return partNotFound(GOAL_NOT_FOUND);
    if (goal.probes.some((p) => p.date === input.date))
      return conflict(`This goal already has a score on ${input.date}. Delete that score first to change it.`);
    if (input.phaseId !== undefined && !(goal.phases ?? []).some((p) => p.id === input.phaseId))
      return invalid([{ path: '$.phaseId', message: `This goal has no phase "${input.phaseId}".` }]);
    const probe = {
      date: input.date,
      score: input.score,
      ...(input.phaseId === undefined ? {} : { phaseId: input.phaseId }),
      ...(input.note ? { note: input.note } : {}),
    };
    goal.probes = [...goal.probes, probe].sort(byDate);
    return { file, data: { change: 'probe.added', goalId, date: input.date } };
  });
}

export async function deleteProbe(
  storage: Storage,
  ownerId: string,
  caseId: string,
  goalId: string,
  index: number,
): Promise<CaseResult<StoredCase>> {
  return changeCase(storage, ownerId, caseId, 'case.updated', (file) => {
    const goal = file.goals.find((g) => g.id === goalId);
    if (goal === undefined) return partNotFound(GOAL_NOT_FOUND);
    const probe = goal.probes[index];
    if (probe === undefined)
      return partNotFound('There is no score at this place in the list. Reload the case.');
    goal.probes.splice(index, 1);
    return { file, data: { change: 'probe.deleted', goalId, date: probe.date, score: probe.score } };
  });
}

export async function addServiceLogEntry(
  storage: Storage,
  ownerId: string,
  caseId: string,
  serviceId: string,
  input: z.output<typeof serviceLogInput>,
): Promise<CaseResult<StoredCase>> {
  return changeCase(storage, ownerId, caseId, 'case.updated', (file) => {
    const service = file.services.find((s) => s.id === serviceId);
    if (service === undefined) return partNotFound(SERVICE_NOT_FOUND);
    if (service.log.some((e) => e.date === input.date && e.status === input.status))
      return conflict(
        `The log already has a "${input.status}" entry on ${input.date} for this service. Change that entry instead.`,
      );
    const entry = {
      date: input.date,
      minutes: input.minutes,
      status: input.status,
      ...(input.reason ? { reason: input.reason } : {}),
    };
    service.log = [...service.log, entry].sort(byDate);
    return { file, data: { change: 'service-log.added', serviceId, date: input.date } };
  });
}
