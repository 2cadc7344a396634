import { toIsoDate } from '../calendar/index.js';
import type { CaseFile } from '../case/index.js';
import { DomainError } from '../rules/domain-error.js';
import { plainDate, plainNumber, sortFindings, type Finding } from './findings.js';
import { analyzeGoal, type GoalAnalysis } from './goal-analysis.js';
import { goalFindings } from './goal-findings.js';
import {
  caseSchoolDays,
  serviceLedger,
  SERVICE_MINUTES_CAVEAT,
  type IsSchoolDay,
  type ServiceLedger,
} from './service-ledger.js';

// The data check of a case file: progress data against the goals, and service minutes against the IEP.

/** About one school quarter plus slack: a goal with no report for longer than this gets a "not reported" finding. */
export const DEFAULT_REPORTING_PERIOD_DAYS = 70;
/** Below this share of the due minutes, missed minutes are "serious" rather than a "concern" (product decision). */
export const SERIOUS_DELIVERY_RATE = 0.8;

export interface AnalyzeOptions {
  /** The date the check is made for (YYYY-MM-DD); nothing after it is used. */
  asOf: string;
  reportingPeriodDays?: number;
  /** Overrides the school-day test (default: caseSchoolDays). */
  isSchoolDay?: IsSchoolDay;
}

export interface CaseAnalysis {
  asOf: string;
  findings: Finding[];
  services: ServiceLedger[];
  goals: GoalAnalysis[];
  /** Shown with any service-minutes figure. */
  serviceMinutesCaveat: string;
}

const minutes = (n: number) => n.toLocaleString('en-US');

function serviceFindings(ledger: ServiceLedger, start: string, asOf: string, end: string): Finding[] {
  const out: Finding[] = [];
  const base = { goalId: null, serviceId: ledger.serviceId };
  const scheduled = ledger.scheduledMinutesPerWeek;
  if (scheduled !== null && scheduled < ledger.iepMinutesPerWeek) {
    out.push({
      ...base,
      code: 'scheduled-below-iep',
      severity: 'serious',
      evidence: {
        iepMinutesPerWeek: ledger.iepMinutesPerWeek,
        scheduledMinutesPerWeek: scheduled,
        shortPerWeek: ledger.iepMinutesPerWeek - scheduled,
      },
      question: `The IEP says ${ledger.iepMinutesPerWeek} minutes a week of ${ledger.name}, but the schedule has ${scheduled} minutes a week. Even if every session happens, that is ${ledger.iepMinutesPerWeek - scheduled} minutes short each week. How will the schedule change to give the full minutes?`,
    });
  }
  if (ledger.owedMinutes > 0) {
    const due = ledger.requiredMinutes - ledger.excusedMinutes;
    const rate = ledger.deliveryRate;
    const to = end < asOf ? end : asOf;
    const unlogged =
      ledger.unloggedWeeks === 1
        ? ' One of these weeks has no log entries at all. Can we get the log for that week?'
        : ledger.unloggedWeeks > 1
          ? ` ${ledger.unloggedWeeks} of these weeks have no log entries at all. Can we get the logs for those weeks?`
          : '';
    out.push({
      ...base,
      code: 'missed-service-minutes',
      severity: rate !== null && rate < SERIOUS_DELIVERY_RATE ? 'serious' : 'concern',
      evidence: {
        from: start,
        to,
        requiredMinutes: ledger.requiredMinutes,
        excusedMinutes: ledger.excusedMinutes,
        deliveredMinutes: ledger.deliveredMinutes,
        makeUpMinutes: ledger.makeUpMinutes,
        owedMinutes: ledger.owedMinutes,
        deliveryRate: rate,
        unloggedWeeks: ledger.unloggedWeeks,
      },
      question:
        `From ${plainDate(start)} to ${plainDate(to)}, the log shows ${minutes(ledger.deliveredMinutes)} of the ${minutes(due)} minutes of ` +
        `${ledger.name} the IEP called for${rate === null ? '' : ` (${plainNumber(rate * 100)}%)`}. That leaves ` +
        `${minutes(ledger.owedMinutes)} minutes not made up. How and when will the missed minutes be made up?${unlogged}`,
    });
  }
  return out;
}

/** Checks a parsed case file as of a date. Pure: the same file and date always give the same result. */
export function analyzeCase(caseFile: CaseFile, options: AnalyzeOptions): CaseAnalysis {
  const asOf = toIsoDate(options.asOf);
  const reportingPeriodDays = options.reportingPeriodDays ?? DEFAULT_REPORTING_PERIOD_DAYS;
  if (!Number.isInteger(reportingPeriodDays) || reportingPeriodDays < 1 || reportingPeriodDays > 3650) {
    throw new DomainError(
      'invalid-period',
      'The reporting period must be a whole number of days from 1 to 3650.',
    );
  }
  const isSchoolDay = options.isSchoolDay ?? caseSchoolDays(caseFile);
  const studentName = caseFile.student.name.trim().split(/\s+/)[0] ?? caseFile.student.name;
  const ctx = { asOf, reportingPeriodDays, studentName, assessments: caseFile.assessments };

  const findings: Finding[] = [];
  const goals = caseFile.goals.map((goal) => {
    const analysis = analyzeGoal(goal, asOf);
    findings.push(...goalFindings(goal, analysis, ctx));
    return analysis;
  });
  const services = caseFile.services.map((service) => {
    const ledger = serviceLedger(service, asOf, isSchoolDay);
    findings.push(...serviceFindings(ledger, service.start, asOf, service.end));
    return ledger;
  });
  return {
    asOf,
    findings: sortFindings(findings),
    services,
    goals,
    serviceMinutesCaveat: SERVICE_MINUTES_CAVEAT,
  };
}
