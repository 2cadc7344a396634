export { TOPICS, topicsIn, topicById, type Topic, type TopicKind } from './topics.js';
export {
  amountOf,
  amountWords,
  normalizeLine,
  type ServiceAmount,
  type ServicePer,
  type ServiceSetting,
} from './service-amount.js';
export {
  settledPoints,
  type Moment,
  type SettledCard,
  type SettledFrom,
  type SettledInput,
  type SettledItem,
  type SettledPoint,
} from './settled.js';
export {
  compareIep,
  documentLines,
  type DocumentLine,
  type DocumentPageText,
  type IepComparison,
  type IepFinding,
  type IepFindingWhat,
} from './iep-compare.js';
export {
  codeKey,
  periodOf,
  readProgressReport,
  statusOfWords,
  type GoalMark,
  type ProgressReading,
  type ProgressStatus,
} from './progress-marks.js';
export { checkProgressReport, REPORT_FINDING_CODES, type ProgressCheck } from './progress-check.js';
export { correctionAnswers } from './correction-answers.js';
