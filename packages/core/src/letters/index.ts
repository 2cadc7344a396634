export * from './letter-types.js';
export {
  letterToText,
  letterProse,
  notesToText,
  notesSections,
  recipientLine,
  withoutCitations,
  NOTES_INTRO,
} from './letter-text.js';
export { LETTER_KIND_INFO, letterAnswersSchema } from './kind-info.js';
export { buildLetter, isAfterMeetingLetter } from './build-letter.js';
export { letterClocks } from './letter-clocks.js';
export { answerIssues } from './answer-issues.js';
export { lintLetter, lintText, type LintOptions, type LintProblem, type LintRule } from './lint.js';
export { commitmentSentence, type CommitmentParts } from './commitment-sentence.js';
export { mergeRecipients, recipientParts } from './recipients.js';
export { listItemIsText } from './interview-shapes.js';
export {
  UNKNOWN_ANSWER,
  answerProblem,
  cleanAnswers,
  isFilled,
  isShown,
  nextQuestionId,
  previousQuestionId,
  startQuestionId,
  visibleQuestions,
  withCaseChoices,
  type InterviewAnswers,
} from './interview-rules.js';
export { MEDIATION_IS_CONFIDENTIAL } from './kinds/recording-notice.js';
export {
  SEND_METHODS,
  METHOD_FORMAT,
  isSendMethod,
  type SendMethod,
  type SentFileFormat,
} from './sending.js';
export { noticeLetterAnswers } from './kinds/notice-missing-parts.js';
