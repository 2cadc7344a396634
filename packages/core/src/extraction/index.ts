export {
  extractItems,
  analyzeMeeting,
  DEFAULT_EXTRACTION_METHOD,
  EXTRACTION_METHODS,
  type ExtractOptions,
  type ExtractionMethod,
} from './extract-items.js';
export { parseTranscriptText, utterancesFromSegments } from './parse-transcript.js';
export {
  followUpAnswersFrom,
  mergeFollowUpAnswers,
  type ConfirmedItem,
  type FollowUpAnswersFromItems,
  type FollowUpCommitment,
} from './follow-up-answers.js';
export { resolveDue, findDatePhrases, type DueDate, type DatePhrase } from './dates.js';
export { sideOfRole, speakerSides, speakersOfCase, type Side, type SpeakerRole } from './roles.js';
export { extractionModelInfo } from './classifier.js';
