import { analyzeCase } from '../../analysis/analyze-case.js';
import type { Finding, FindingCode } from '../../analysis/findings.js';
import type { CaseFile } from '../../case/case-schema.js';
import type { DocumentPageText } from './iep-compare.js';
import { readProgressReport, type ProgressReading } from './progress-marks.js';

// A progress report from the binder, set against the probes by the data check itself (analyzeCase): the marks
// read from the paper become the goals' reports for that date, and only the findings about claims in a report are
// kept (a mastery mark the scores do not show, praise while the scores are flat). The data check is not written
// twice: this only feeds it.

/** The findings of the data check that judge what a progress report says. */
export const REPORT_FINDING_CODES: readonly FindingCode[] = [
  'mastered-without-data',
  'mastered-contradicted',
  'narrative-data-mismatch',
];

export interface ProgressCheck extends ProgressReading {
  /** The report's date the marks were read for (YYYY-MM-DD). */
  reportDate: string;
  findings: Finding[];
}

/** The period's words for the data check's sentences ("The second quarter progress report ..."). */
const LATEST = 'latest';

export function checkProgressReport(
  caseFile: CaseFile,
  pages: readonly DocumentPageText[],
  reportDate: string,
): ProgressCheck {
  const reading = readProgressReport(pages, caseFile.goals);
  const byGoal = new Map(reading.marks.map((m) => [m.goalId, m]));
  const goals = caseFile.goals.flatMap((goal) => {
    const mark = byGoal.get(goal.id);
    if (mark === undefined) return [];
    // Only this report: an earlier or later one in the case must not stand in for it.
    const report = {
      period: reading.period ?? LATEST,
      date: reportDate,
      status: mark.status,
      ...(mark.narrative === '' ? {} : { narrative: mark.narrative }),
    };
    return [{ ...goal, reports: [report] }];
  });
  const analysis = analyzeCase({ ...caseFile, goals, services: [] }, { asOf: reportDate });
  const findings = analysis.findings.filter((f) => REPORT_FINDING_CODES.includes(f.code));
  return { ...reading, reportDate, findings };
}
