import { Link } from 'react-router';
import { casesApi } from '../api/cases';
import { PageHeading } from '../../../components/PageHeading';
import { useLoad } from '../../../hooks/useLoad';
import { formatInZone, formatLocal } from '../../../lib/format-time';
import { SharedCasesSection } from '../../sharing/components/SharedCasesSection';

function nextMeetingText(start: string): string {
  // The API may send the start as a wall-clock time or as an instant; both are shown in Missouri time.
  return /[zZ]|[+-]\d\d:\d\d$/.test(start)
    ? formatInZone(start, 'America/Chicago', { withYear: true })
    : formatLocal(start, { withYear: true });
}

export function CasesPage() {
  const { data, error } = useLoad(() => casesApi.listCases(), 'cases');
  return (
    <>
      <PageHeading>My cases</PageHeading>
      <p className="actions">
        <Link className="button" to="/cases/new">
          New case
        </Link>
        <Link className="button secondary" to="/cases/import">
          Import a case file
        </Link>
      </p>
      {!data && !error ? <p className="loading">Loading your cases…</p> : null}
      {error ? <p className="notice error">{error.message}</p> : null}
      {data && data.cases.length === 0 ? <p>You have no cases yet. Start with “New case”.</p> : null}
      {data && data.cases.length > 0 ? (
        <ul className="card-list">
          {data.cases.map((c) => (
            <li key={c.id} className="card">
              <h2>
                <Link to={`/cases/${encodeURIComponent(c.id)}`}>{c.studentName}</Link>
              </h2>
              <p>
                {c.planType === 'IEP' ? 'IEP' : '504 plan'} · {c.district}
                {c.ssd ? <span className="badge">SSD</span> : null}
              </p>
              <p>Next meeting: {c.nextMeeting ? nextMeetingText(c.nextMeeting.start) : 'none planned'}</p>
            </li>
          ))}
        </ul>
      ) : null}
      <SharedCasesSection />
    </>
  );
}
