export { extractItems, type ExtractOptions } from './extract-items.js';
export { parseTranscriptText, utterancesFromSegments } from './parse-transcript.js';
export {
  followUpAnswersFrom,
  mergeFollowUpAnswers,
  type ConfirmedItem,
  type FollowUpAnswersFromItems,
  type FollowUpCommitment,
} from './follow-up-answers.js';
export { resolveDue } from './dates.js';
export {
  scoreExtraction,
  formatExtractionScore,
  type ExtractionScore,
  type ExtractionMistake,
  type KindScore,
} from './score.js';
export { LABELED_UTTERANCES, LABELED_MEETING_DATE, type LabeledUtterance } from './labeled-utterances.js';
