import { dayNumber, shiftDays, toIsoDate } from '../calendar/iso-date.js';

// "Explore an example case": the repository's example case file (examples/case.example.json), imported as a case of
// the user's own, clearly named as an example, with its meetings moved so the first one is two weeks from today (the
// file's fixed dates would soon be in the past, and the plan and the recording notice would have nothing to show).
// One function for the web's button and the server's tests, so the example is moved one way; today is passed in.

export const EXAMPLE_MARK = '(example)';
const FIRST_MEETING_IN_DAYS = 14;

interface ExampleFile {
  student: { name: string };
  meetings: { sessions: { start: string; end: string }[] }[];
}

/** Moves a wall-clock start or end ("2026-12-07T09:00:00") by whole days, keeping the time of day as written. */
function moveDays(local: string, days: number): string {
  return `${shiftDays(toIsoDate(local.slice(0, 10)), days)}${local.slice(10)}`;
}

/**
 * The example case ready to import on `today` (YYYY-MM-DD, the user's day): the child's name marked as an example,
 * every meeting moved by the same number of days so the first starts two weeks from today.
 */
export function exampleCaseFor<T extends ExampleFile>(file: T, today: string): T {
  const first = file.meetings.flatMap((m) => m.sessions.map((s) => s.start.slice(0, 10))).sort()[0];
  const shift =
    first === undefined
      ? 0
      : dayNumber(toIsoDate(today)) - dayNumber(toIsoDate(first)) + FIRST_MEETING_IN_DAYS;
  return {
    ...file,
    student: { ...file.student, name: `${file.student.name} ${EXAMPLE_MARK}` },
    meetings: file.meetings.map((m) => ({
      ...m,
      sessions: m.sessions.map((s) => ({
        ...s,
        start: moveDays(s.start, shift),
        end: moveDays(s.end, shift),
      })),
    })),
  };
}
