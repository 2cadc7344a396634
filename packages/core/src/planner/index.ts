export * from './plan-types.js';
export { planAtMoment, planMeeting, planMeetingUntil } from './plan-meeting.js';
export { PWN_SENTENCE, PWN_SENTENCE_504 } from './meeting-tasks.js';
