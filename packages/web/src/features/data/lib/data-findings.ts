import { plainDate, plainNumber, plainPercent, type Finding, type FindingCode, type FindingSeverity } from '@iep/core';

// Findings on the "Check the data" page: grouped by the goal or service they are about, most serious group first,
// with their evidence turned into short plain lines. They are questions for the team, so the words stay neutral.

export interface FindingGroup {
  key: string;
  heading: string;
  goalId: string | null;
  serviceId: string | null;
  findings: Finding[];
}

const RANK: Record<FindingSeverity, number> = { serious: 0, concern: 1, info: 2 };

export const SEVERITY_LABEL: Record<FindingSeverity, string> = {
  serious: 'Ask about this first',
  concern: 'Worth asking about',
  info: 'Good to know',
};

export const FINDING_TITLE: Record<FindingCode, string> = {
  'mastered-without-data': 'Marked mastered, but no scores',
  'mastered-contradicted': 'Marked mastered, but the data disagrees',
  'narrative-data-mismatch': 'The report’s words and the scores disagree',
  'below-aimline': 'The last 4 scores are off the goal line',
  'trend-below-aimline': 'Progress is slower than the goal needs',
  'not-reported': 'No recent progress report',
  'insufficient-data': 'Not enough data to judge',
  'missed-service-minutes': 'The log marks service minutes as missed',
  'no-service-log': 'No service log: ask for it',
  'service-log-gaps': 'The log does not show every session',
  'scheduled-below-iep': 'The schedule has fewer minutes than the IEP',
};

export interface Names {
  goals: ReadonlyMap<string, string>;
  services: ReadonlyMap<string, string>;
}

function groupOf(f: Finding, names: Names): Omit<FindingGroup, 'findings'> {
  if (f.goalId !== null) {
    const area = names.goals.get(f.goalId);
    return {
      key: `goal:${f.goalId}`,
      heading: area ? `Goal: ${area}` : `Goal ${f.goalId}`,
      goalId: f.goalId,
      serviceId: null,
    };
  }
  if (f.serviceId !== null) {
    const name = names.services.get(f.serviceId);
    return {
      key: `service:${f.serviceId}`,
      heading: name ? `Service: ${name}` : `Service ${f.serviceId}`,
      goalId: null,
      serviceId: f.serviceId,
    };
  }
  return { key: 'case', heading: 'The whole case', goalId: null, serviceId: null };
}

/** Groups by goal or service; the group with the most serious finding comes first (ties keep case order). */
export function groupFindings(findings: readonly Finding[], names: Names): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const g = groupOf(f, names);
    const existing = groups.get(g.key);
    if (existing) existing.findings.push(f);
    else groups.set(g.key, { ...g, findings: [f] });
  }
  const worst = (g: FindingGroup) => Math.min(...g.findings.map((f) => RANK[f.severity]));
  const list = [...groups.values()];
  for (const g of list) g.findings.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  return list
    .map((g, index) => ({ g, index }))
    .sort((a, b) => worst(a.g) - worst(b.g) || a.index - b.index)
    .map(({ g }) => g);
}

const LABELS: Record<string, string> = {
  reportDate: 'Report date',
  reportPeriod: 'Report period',
  probesSinceBaseline: 'Scores since the starting score',
  baselineDate: 'Starting score date',
  lastScores: 'Last scores',
  criterion: 'Mastery means',
  criterionMet: 'Mastery met by the scores',
  targetScore: 'Target score',
  targetReached: 'Target reached',
  assessmentProgram: 'Test',
  assessmentSubject: 'Test subject',
  assessmentYear: 'Test school year',
  assessmentLevel: 'Test level',
  phrase: 'Words in the report',
  dataStatus: 'What the scores show',
  trendPerWeek: 'Actual growth per week',
  aimPerWeek: 'Growth per week the goal needs',
  medianOfLastThree: 'Middle of the last 3 scores',
  aimlineAtLastScore: 'Goal line at the last score',
  points: 'Number of scores',
  weeks: 'Weeks of scores',
  scores: 'Last 4 scores',
  aimlineValues: 'Goal line on those dates',
  from: 'From',
  to: 'To',
  projectedAtGoalDate: 'If the trend continues, score by the goal date (a projection)',
  goalScore: 'Goal score',
  goalDate: 'Goal date',
  lastReportDate: 'Last report',
  goalStart: 'Goal started',
  daysSince: 'Days since the last report',
  requiredMinutes: 'Minutes the IEP called for',
  excusedMinutes: 'Minutes missed when the student was absent',
  deliveredMinutes: 'Minutes given',
  makeUpMinutes: 'Make-up minutes given',
  missedMinutes: 'Minutes the log marks missed',
  owedMinutes: 'Missed minutes not made up',
  deliveryRate: 'Share of minutes given, in the weeks the log covers',
  unknownMinutes: 'Minutes the log does not mention (unknown, not missed)',
  unknownWeeks: 'Weeks with no log entries (unknown, not missed)',
  loggedFrom: 'First log entry',
  loggedTo: 'Last log entry',
  iepMinutesPerWeek: 'IEP minutes a week',
  scheduledMinutesPerWeek: 'Scheduled minutes a week',
  shortPerWeek: 'Minutes short each week',
};

// Codes inside the evidence that are not worth a line of their own for a parent.
const HIDDEN = new Set(['rule', 'reason', 'phaseId', 'hasBaseline', 'hasTarget']);

const STATUS_WORDS: Record<string, string> = {
  falling: 'going the wrong way',
  flat: 'growing much more slowly than needed',
  'below-aimline': 'behind the goal line',
};

/** "probesSinceBaseline" -> "Probes since baseline" for keys the list above does not name. */
function humanKey(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function plainValue(key: string, value: number | string | boolean): string {
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') {
    if (key === 'deliveryRate') return plainPercent(value);
    return plainNumber(value);
  }
  if (key === 'dataStatus') return STATUS_WORDS[value] ?? value;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return plainDate(value);
  return value;
}

/** The evidence of a finding as label/value lines, in the order the analysis gave them; empty values left out. */
export function evidenceLines(evidence: Finding['evidence']): { label: string; value: string }[] {
  return Object.entries(evidence).flatMap(([key, value]) =>
    value === null || value === '' || HIDDEN.has(key)
      ? []
      : [{ label: LABELS[key] ?? humanKey(key), value: plainValue(key, value) }],
  );
}
