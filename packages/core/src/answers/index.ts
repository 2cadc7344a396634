export * from './answer-types.js';
export { nextStepForPromise, nextStepForRule } from './next-steps.js';
export {
  answerState,
  daysPast,
  deadlineItemId,
  promiseItemId,
  trackAnswers,
  type TrackInput,
} from './track-answers.js';
export { basisWords } from './basis-words.js';
