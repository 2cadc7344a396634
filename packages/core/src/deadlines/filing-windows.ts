import { isBusinessDay, nextBusinessDay, plainDate, type IsoDate } from '../calendar/index.js';
import { computeDeadline } from './compute-deadline.js';

// Filing windows run FORWARD from the event (missouri-rules.md §16.1): the last day to file a due process
// complaint is 2 years after the parent knew or should have known (34 CFR 300.511(e); 20 USC 1415(f)(3)(C)); DESE
// can hear a child complaint only when it receives it no more than 1 year after the problem (34 CFR 300.153(c)).

export interface WindowCheck {
  /** The day the problem happened (or the parent knew of it). */
  from: IsoDate;
  /** The last day to file: DESE must receive it by this day. */
  lastDay: IsoDate;
  /** The last business day on or before lastDay (offices are closed on weekends and holidays). */
  fileBy: IsoDate;
  /**
   * True when a complaint received on `received` is in time. DESE files what arrives on a weekend or holiday on the
   * next business day, so that is the day compared with `lastDay`.
   */
  inTime: boolean;
  /** A plain warning when it is late, else null. */
  warning: string | null;
}

const onOrAfterBusinessDay = (date: string): string => (isBusinessDay(date) ? date : nextBusinessDay(date));

/** Checks one problem of a child complaint against the day DESE will receive the complaint. */
export function childComplaintWindow(problemDate: string, received: string, timeZone?: string): WindowCheck {
  const d = computeDeadline('child-complaint-window', {
    from: problemDate,
    ...(timeZone !== undefined ? { timeZone } : {}),
  });
  const lastDay = d.due as IsoDate;
  const inTime = onOrAfterBusinessDay(received) <= lastDay;
  return {
    from: d.from as IsoDate,
    lastDay,
    fileBy: (d.actBy ?? lastDay) as IsoDate,
    inTime,
    warning: inTime
      ? null
      : `For the problem on ${plainDate(d.from)}, DESE had to get the complaint by ${plainDate(lastDay)}, one ` +
        'year later. DESE may not look at it.',
  };
}
