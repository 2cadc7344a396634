import type { StoredCase } from '@iep/core/contract';
import { useState } from 'react';
import { Link } from 'react-router';
import { Card } from '../../../components/Card';
import { StatusChip } from '../../../components/StatusChip';
import { meetingKindLabel } from '../../../lib/labels';
import { casesApi } from '../api/cases';
import { UnsentRecordingsNotice } from '../../recordings/components/UnsentRecordingsNotice';
import { useOverviewLines } from '../hooks/useOverviewLines';
import {
  childSummary,
  goalsSummary,
  meetingsSummary,
  nextMeeting,
  nextMeetingLine,
  planWords,
} from '../lib/case-overview';

/** The overview's header and cards (the page itself loads the case and decides who sees it). */
export function CaseOverview({ stored }: { stored: StoredCase }) {
  const { file } = stored;
  const base = `/cases/${encodeURIComponent(stored.id)}`;
  const lines = useOverviewLines(stored.id);
  // The moment the page opened: the days to the next meeting are counted from it.
  const [now] = useState(() => Date.now());
  const next = nextMeeting(file.meetings, now);
  const nextKind = next ? meetingKindLabel(next.meeting.kind) : '';
  const nextUrl = next ? `${base}/meetings/${encodeURIComponent(next.meeting.id)}` : '';
  const hasGoals = file.goals.length + file.services.length > 0;

  return (
    <>
      <div className="case-header">
        <p>
          {planWords(file.student.planType)} · Grade {file.student.grade} · {file.student.school},{' '}
          {file.student.district}
          {stored.ssd.partner ? <span className="badge">SSD</span> : null}
        </p>
        <p className="case-next-meeting">
          {next && next.daysAway <= 7 ? <StatusChip tone="warning">Soon</StatusChip> : null}{' '}
          {nextMeetingLine(file.meetings, now)}
        </p>
      </div>
      <UnsentRecordingsNotice caseId={stored.id} meetings={file.meetings} />
      <div className="two-columns case-overview">
        <Card
          heading="Child and team"
          summary={childSummary(file)}
          action={
            <Link className="button" to={`${base}/child`}>
              {file.team.length === 0 ? 'Add the school team' : 'See child and team'}
            </Link>
          }
        />
        <Card
          heading="Meetings"
          summary={meetingsSummary(file.meetings, now)}
          action={
            file.meetings.length === 0 ? (
              <Link className="button" to={`${base}/meetings`} state={{ addMeeting: true }}>
                Add a meeting
              </Link>
            ) : (
              <>
                {next ? (
                  <Link className="button" to={`${nextUrl}/plan`}>
                    Open the plan<span className="visually-hidden"> for the {nextKind}</span>
                  </Link>
                ) : null}
                <Link className={next ? 'button secondary' : 'button'} to={`${base}/meetings`}>
                  See all meetings
                </Link>
              </>
            )
          }
        />
        <Card
          heading="Goals and services"
          summary={goalsSummary(file)}
          action={
            <Link className="button" to={`${base}/goals`}>
              {hasGoals ? 'See goals and services' : 'Add goals and services'}
            </Link>
          }
        />
        <Card
          heading="Letters"
          summary={lines.letters}
          action={
            <Link className="button" to={`${base}/letters`}>
              Write or see letters
            </Link>
          }
        />
        <Card
          heading="Recordings"
          summary={lines.recordings}
          action={
            <>
              {next ? (
                <Link className="button" to={`${nextUrl}/record`}>
                  Record this meeting<span className="visually-hidden"> ({nextKind})</span>
                </Link>
              ) : null}
              <Link className={next ? 'button secondary' : 'button'} to={`${base}/recordings`}>
                See recordings
              </Link>
            </>
          }
        />
        <Card
          heading="The school’s papers"
          summary={lines.documents}
          action={
            <>
              <Link className="button" to={`${base}/binder`}>
                Open the binder
              </Link>
              <Link className="button secondary" to={`${base}/search`}>
                Search papers and meetings
              </Link>
            </>
          }
        />
      </div>
      <section aria-labelledby="more-heading" className="case-more">
        <h2 id="more-heading">More for this case</h2>
        <ul className="more-links">
          <li>
            <Link to={`${base}/answers`}>See what the school owes</Link>
          </li>
          <li>
            <Link to={`${base}/data`}>Check the data</Link>
          </li>
          <li>
            <Link to={`${base}/timeline`}>Paper trail</Link>
          </li>
          <li>
            <Link to={`${base}/escalation`}>Ways to take it further</Link>
          </li>
          <li>
            <Link to={`${base}/evidence-binder`}>Make an evidence binder</Link>
          </li>
          <li>
            <Link to={`${base}/people`}>People on this case</Link>
          </li>
          <li>
            <Link to={`${base}/links`}>See shared links</Link>
          </li>
          <li>
            <a href={casesApi.exportUrl(stored.id)} download>
              Download the case file
            </a>
          </li>
        </ul>
      </section>
    </>
  );
}
