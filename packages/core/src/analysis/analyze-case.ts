import { toIsoDate } from '../calendar/index.js';
import type { CaseFile } from '../case/index.js';
import { DomainError } from '../rules/domain-error.js';
import { plainDate, sortFindings, type Finding } from './findings.js';
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

function weeksText(n: number): string {
  return n === 1 ? '1 week' : `${n} weeks`;
}

/**
 * Findings about one service. They never say more than the log: no log is "no-service-log" (ask for the logs),
 * weeks or minutes the log does not mention are "service-log-gaps" (unknown), and only minutes the log marks missed
 * can be "missed-service-minutes" with minutes owed (missouri-rules.md BRIEF rule: no log is not a missed session).
 */
function serviceFindings(ledger: ServiceLedger, studentName: string): Finding[] {
  const out: Finding[] = [];
  const base = { goalId: null, serviceId: ledger.serviceId };
  const { from, to } = ledger;
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
  const due = ledger.requiredMinutes - ledger.excusedMinutes;
  if (ledger.logStatus === 'none') {
    if (ledger.requiredMinutes > 0) {
      out.push({
        ...base,
        code: 'no-service-log',
        severity: 'concern',
        evidence: {
          from,
          to,
          requiredMinutes: ledger.requiredMinutes,
          iepMinutesPerWeek: ledger.iepMinutesPerWeek,
        },
        question:
          `We have no service log for ${ledger.name} from ${plainDate(from)} to ${plainDate(to)}. The IEP called ` +
          `for ${minutes(ledger.requiredMinutes)} minutes in that time. Without the log, we cannot tell which ` +
          'sessions happened. Can we get the service logs for this time?',
      });
    }
    return out;
  }
  if (ledger.unknownMinutes > 0) {
    const weeks =
      ledger.unknownWeeks > 0 ? `, and ${weeksText(ledger.unknownWeeks)} have no log entries at all` : '';
    out.push({
      ...base,
      code: 'service-log-gaps',
      severity: 'concern',
      evidence: {
        from,
        to,
        unknownMinutes: ledger.unknownMinutes,
        unknownWeeks: ledger.unknownWeeks,
        loggedFrom: ledger.loggedFrom,
        loggedTo: ledger.loggedTo,
      },
      question:
        `From ${plainDate(from)} to ${plainDate(to)}, the log does not say what happened to ` +
        `${minutes(ledger.unknownMinutes)} of the ${minutes(due)} minutes of ${ledger.name} the IEP called for${weeks}. ` +
        'We do not know if those sessions happened. Can we get the complete logs?',
    });
  }
  if (ledger.owedMinutes > 0) {
    const rate = ledger.deliveryRate;
    const madeUp =
      ledger.makeUpMinutes > 0
        ? `${minutes(ledger.makeUpMinutes)} make-up minutes were given, so ${minutes(ledger.owedMinutes)} are`
        : `No make-up minutes are logged, so ${minutes(ledger.owedMinutes)} are`;
    out.push({
      ...base,
      code: 'missed-service-minutes',
      severity: rate !== null && rate < SERIOUS_DELIVERY_RATE ? 'serious' : 'concern',
      evidence: {
        from,
        to,
        requiredMinutes: ledger.requiredMinutes,
        excusedMinutes: ledger.excusedMinutes,
        deliveredMinutes: ledger.deliveredMinutes,
        missedMinutes: ledger.shortfallMinutes,
        makeUpMinutes: ledger.makeUpMinutes,
        owedMinutes: ledger.owedMinutes,
        deliveryRate: rate,
        unknownMinutes: ledger.unknownMinutes,
      },
      question:
        `From ${plainDate(from)} to ${plainDate(to)}, the log marks ${minutes(ledger.shortfallMinutes)} minutes of ` +
        `${ledger.name} as missed, not counting days ${studentName} was absent. ${madeUp} not made up. ` +
        'How and when will the missed minutes be made up?',
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
    findings.push(...serviceFindings(ledger, studentName));
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
