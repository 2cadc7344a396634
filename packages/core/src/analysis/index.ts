// The data check: progress data against IEP goals and service minutes against the IEP (methods reference §3, §4).
export { aimline, aimValueAt, weeksBetween, type Aimline, type ScorePoint } from './aimline.js';
export { olsFit, tukeyFit, tukeyGroupSizes, phaseOf, valueAt, type Line, type XY } from './trend.js';
export {
  MIN_POINTS,
  MIN_WEEKS,
  TREND_TOLERANCE,
  dataSufficiency,
  decide,
  fourPointRule,
  trendRule,
  type Decision,
  type DataSufficiency,
  type FourPointResult,
  type GoalDecisions,
  type PlacedPoint,
  type TrendRuleResult,
} from './decision-rules.js';
export { evaluateMastery, meetsThreshold, type MasteryCriterion, type MasteryResult } from './mastery.js';
export { POSITIVE_PHRASES, positiveClaims, positivePhrase, type NarrativeClaim } from './narrative.js';
export {
  FINDING_CODES,
  plainNumber,
  plainPercent,
  round2,
  type Finding,
  type FindingCode,
  type FindingSeverity,
} from './findings.js';
export {
  SERVICE_LOG_NOTE,
  SERVICE_MINUTES_CAVEAT,
  caseSchoolDays,
  serviceLedger,
  summarizeWeeks,
  weekBalance,
  type IsSchoolDay,
  type LedgerTotals,
  type LedgerWeek,
  type LogStatus,
  type ServiceLedger,
  type WeekAmounts,
  type WeekLog,
} from './service-ledger.js';
export {
  hasMissedMinutes,
  serviceLogsToRequest,
  servicesWithMissedMinutes,
  servicesWithoutLogs,
  type ServiceLogRequest,
} from './service-log-requests.js';
export {
  analyzeGoal,
  type ChartProbe,
  type GoalAnalysis,
  type LatestReport,
  type PhaseTrend,
} from './goal-analysis.js';
export {
  DEFAULT_REPORTING_PERIOD_DAYS,
  SERIOUS_DELIVERY_RATE,
  analyzeCase,
  type AnalyzeOptions,
  type CaseAnalysis,
} from './analyze-case.js';
