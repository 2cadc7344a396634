// What the home page shows for one case: the next meeting, the next three steps, what is overdue, what the school
// is late with, and how far the plan is. Computed in core (home-summary.ts) with the time passed in.

/** A step of a meeting plan, by the day it is due (in the meeting's zone). */
export interface HomeStep {
  meetingId: string;
  taskId: string;
  title: string;
  /** The day it is due, YYYY-MM-DD in the meeting's zone. */
  due: string;
}

/** Something the school owes the parent and is late with (an answer past its last day). */
export interface HomeLateAnswer {
  /** The answer tracker's item id. */
  id: string;
  title: string;
  /** The last day the school had, YYYY-MM-DD. */
  due: string;
  daysLate: number;
}

export interface HomeMeeting {
  meetingId: string;
  /** The first session's start as written in the case file (wall clock in the meeting's zone). */
  start: string;
  /** The day of that start, YYYY-MM-DD. */
  day: string;
  /** Calendar days from today (in the meeting's zone) to that day: 0 today, 1 tomorrow. */
  daysAway: number;
}

/** How much of one meeting's plan is done ("3 of 8 done"). */
export interface HomeProgress {
  meetingId: string;
  done: number;
  total: number;
}

export interface CaseHome {
  /** Today in the case's zone, YYYY-MM-DD. */
  today: string;
  timeZone: string;
  /** The meeting whose next session has not ended yet, soonest first; null when none is planned. */
  nextMeeting: HomeMeeting | null;
  /** Up to three steps not done and not late, soonest first. */
  nextSteps: HomeStep[];
  /** Up to three late steps, the oldest first; `overdueCount` has them all. */
  overdue: HomeStep[];
  overdueCount: number;
  /** Up to three answers the school is late with, the latest first; `lateCount` has them all. */
  late: HomeLateAnswer[];
  lateCount: number;
  /** The plan of the next meeting (else the latest meeting); null when the case has no meeting. */
  progress: HomeProgress | null;
}
