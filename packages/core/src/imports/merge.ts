import type { CaseFile } from '../case/index.js';
import { DomainError } from '../rules/domain-error.js';
import type { ImportKind } from './import-fields.js';
import type { ImportRecord } from './import-types.js';
import { caseKeys, recordKey } from './validate.js';

// Merging checked rows into a case. It refuses rows marked not clean: a file with problems changes nothing
// unless the parent chose to import only the clean rows (then the caller passes cleanRecords).

const byDate = <T extends { date: string }>(a: T, b: T) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/** A new case file with the records added, each list sorted by date; rows already in the case are skipped. */
export function mergeImport(
  caseFile: CaseFile,
  kind: ImportKind,
  records: readonly ImportRecord[],
): CaseFile {
  if (records.some((r) => !r.clean || r.kind !== kind)) {
    throw new DomainError(
      'import-has-problems',
      'Some rows have problems, so nothing was imported. Fix them, or choose to import only the clean rows.',
    );
  }
  const seen = caseKeys(caseFile, kind);
  const fresh = records.filter((r) => {
    const key = recordKey(r);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const goals = caseFile.goals.map((goal) => {
    const mine = fresh.filter((r) => ('goalId' in r ? r.goalId === goal.id : false));
    if (mine.length === 0) return goal;
    const probes = [...goal.probes];
    const reports = [...goal.reports];
    for (const r of mine) {
      if (r.kind === 'probes') {
        probes.push({
          date: r.date,
          score: r.score,
          ...(r.phaseId === undefined ? {} : { phaseId: r.phaseId }),
          ...(r.note === undefined ? {} : { note: r.note }),
        });
      } else if (r.kind === 'progress-reports') {
        reports.push({
          period: r.period,
          date: r.date,
          status: r.status,
          ...(r.narrative === undefined ? {} : { narrative: r.narrative }),
        });
      }
    }
    // Array.prototype.sort is stable: entries on the same date keep their order.
    return { ...goal, probes: probes.sort(byDate), reports: reports.sort(byDate) };
  });
  const services = caseFile.services.map((service) => {
    const mine = fresh.filter((r) => r.kind === 'service-log' && r.serviceId === service.id);
    if (mine.length === 0) return service;
    const log = [...service.log];
    for (const r of mine) {
      if (r.kind !== 'service-log') continue;
      log.push({
        date: r.date,
        minutes: r.minutes,
        status: r.status,
        ...(r.reason === undefined ? {} : { reason: r.reason }),
      });
    }
    return { ...service, log: log.sort(byDate) };
  });
  const assessments = [...caseFile.assessments];
  for (const r of fresh) {
    if (r.kind !== 'assessments') continue;
    assessments.push({
      program: r.program,
      schoolYear: r.schoolYear,
      subject: r.subject,
      ...(r.grade === undefined ? {} : { grade: r.grade }),
      ...(r.level === undefined ? {} : { level: r.level }),
      ...(r.scaleScore === undefined ? {} : { scaleScore: r.scaleScore }),
    });
  }
  assessments.sort((a, b) => (a.schoolYear < b.schoolYear ? -1 : a.schoolYear > b.schoolYear ? 1 : 0));
  return { ...caseFile, goals, services, assessments };
}
