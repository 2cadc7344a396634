import { sourceLine, type AnswerItem, type Confidence, type RuleKind } from '@iep/core';
import { createEvents, type EventAttributes } from 'ics';
import { answerEvents } from './answers/answers-ics.js';

// Calendar export of a prep plan (RFC 5545 through the `ics` package): one 30-minute event per task at the
// time it is due, with a reminder the day before. The UID is stable per case, meeting and task so that
// importing the file again updates the events instead of doubling them.

/** The parts of a core `Plan` that the calendar needs (a core Plan fits this shape). */
export interface IcsPlan {
  meetingId: string;
  tasks: readonly {
    id: string;
    title: string;
    explanation: string;
    due: string;
    basis: readonly { citation: string; confidence: Confidence; kind: RuleKind }[];
  }[];
}

export interface PlanIcsOptions {
  studentName: string;
  location?: string;
  /** Makes the event UIDs unique across cases; without it the meeting id alone is used. */
  caseId?: string;
  /** What the school owes (the answer tracker's items of this meeting): each waiting one is a reminder too. */
  answers?: readonly AnswerItem[];
}

export class IcsError extends Error {
  override name = 'IcsError';
}

export function planIcs(plan: IcsPlan, options: PlanIcsOptions): string {
  const scope = options.caseId ? `${options.caseId}.${plan.meetingId}` : plan.meetingId;
  const events: EventAttributes[] = plan.tasks.map((task) => {
    const due = Date.parse(task.due);
    if (Number.isNaN(due))
      throw new IcsError(`Task ${task.id} has a due time that is not a date: ${task.due}`);
    // The same plain words as the app (core's label table), not bare internal labels.
    const sources = task.basis.map((b) => `- ${sourceLine(b)}`).join('\n');
    return {
      uid: `${scope}.${task.id}@iep-ready`,
      start: due,
      startInputType: 'utc',
      startOutputType: 'utc',
      duration: { minutes: 30 },
      title: `${task.title} (${options.studentName})`,
      description:
        sources === '' ? task.explanation : `${task.explanation}\n\nWhere this comes from:\n${sources}`,
      ...(options.location ? { location: options.location } : {}),
      alarms: [{ action: 'display', description: task.title, trigger: { days: 1, before: true } }],
    };
  });
  events.push(...answerEvents(options.answers ?? [], scope));
  const { error, value } = createEvents(events, {
    productId: 'iep-ready/plan',
    calName: `IEP Ready: ${options.studentName}`,
  });
  if (error || value === null)
    throw new IcsError(`Could not build the calendar file: ${error?.message ?? 'no output'}`);
  // RFC 5545 lines end in CRLF; make sure of it whatever the library version does.
  return value.replace(/\r?\n/g, '\r\n');
}
