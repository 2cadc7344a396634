// "Explore an example case": the repository's example case file (examples/case.example.json), imported as a
// case of the user's own, clearly named as an example, with its meetings moved so the first one is two weeks
// from today (the file's fixed dates would soon be in the past and the plan would have nothing to show).

export const EXAMPLE_MARK = '(example)';
const DAY = 86_400_000;
const FIRST_MEETING_IN_DAYS = 14;

interface ExampleFile {
  student: { name: string };
  meetings: { sessions: { start: string; end: string }[] }[];
}

const pad = (n: number) => String(n).padStart(2, '0');
const dayOf = (ms: number) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

/** Moves a wall-clock start or end ("2026-12-07T09:00:00") by whole days, keeping the time of day. */
function moveDays(local: string, days: number): string {
  return `${dayOf(Date.parse(`${local.slice(0, 10)}T00:00:00Z`) + days * DAY)}${local.slice(10)}`;
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
      : Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / DAY) +
        FIRST_MEETING_IN_DAYS;
  return {
    ...file,
    student: { ...file.student, name: `${file.student.name} ${EXAMPLE_MARK}` },
    meetings: file.meetings.map((m) => ({
      ...m,
      sessions: m.sessions.map((s) => ({ start: moveDays(s.start, shift), end: moveDays(s.end, shift) })),
    })),
  };
}
