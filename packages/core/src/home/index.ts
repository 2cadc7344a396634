export * from './home-types.js';
export {
  HOME_LIST_LIMIT,
  calendarDaysBetween,
  caseTimeZone,
  meetingTime,
  nextMeetingOf,
  summarizeCaseHome,
  type CaseHomeInput,
} from './home-summary.js';
export { dayInWords, daysAwayWords, daysLateWords, whenInWords } from './home-words.js';
export { EXAMPLE_MARK, exampleCaseFor } from './example-case.js';
