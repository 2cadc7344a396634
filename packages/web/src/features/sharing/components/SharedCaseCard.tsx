import type { CaseloadEntry } from '@iep/core/contract';
import { Link } from 'react-router';
import { deviceToday } from '../../../lib/format-time';
import { nextMeetingWords, overdueWords } from '../lib/meeting-days';
import { roleName } from '../lib/role-words';

const withStop = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** One family who shared a case: the child, your role, the next meeting in days, what is late, what they asked. */
export function SharedCaseCard({
  entry,
  headingLevel = 'h2',
}: {
  entry: CaseloadEntry;
  headingLevel?: 'h2' | 'h3';
}) {
  const Heading = headingLevel;
  const c = entry.case;
  return (
    <li className="card">
      <Heading>
        <Link to={`/cases/${encodeURIComponent(c.id)}`}>{c.studentName}</Link>
      </Heading>
      <p>Your role: {roleName(entry.role)}.</p>
      <p>
        {c.planType === 'IEP' ? 'IEP' : '504 plan'} in {c.district}.
      </p>
      <p>{nextMeetingWords(c.nextMeeting?.start ?? null, deviceToday())}</p>
      <p>{overdueWords(entry.overdue)}</p>
      {entry.note ? <p>They asked you to look at: {withStop(entry.note)}</p> : null}
    </li>
  );
}
