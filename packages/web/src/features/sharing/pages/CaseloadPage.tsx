import { Link } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { useLoad } from '../../../hooks/useLoad';
import { sharingApi } from '../api/sharing';
import { SharedCaseCard } from '../components/SharedCaseCard';
import { CASELOAD_EMPTY, CASELOAD_INTRO } from '../lib/sharing-text';

/** "Families I help": every case shared with the user as advocate, soonest meeting first. */
export function CaseloadPage() {
  const { data, error } = useLoad(() => sharingApi.caseload(), 'caseload');
  const families = data?.families.filter((f) => f.role === 'advocate') ?? [];
  return (
    <>
      <PageHeading>Families I help</PageHeading>
      <p>{CASELOAD_INTRO}</p>
      {error ? (
        <p className="notice error" role="alert">
          {error.message}
        </p>
      ) : null}
      {!data && !error ? <p className="loading">Loading the families…</p> : null}
      {data && families.length === 0 ? (
        <>
          <p>{CASELOAD_EMPTY}</p>
          <p>
            <Link to="/cases">Go to my cases</Link>
          </p>
        </>
      ) : null}
      {families.length > 0 ? (
        <ul className="card-list" aria-label="Families I help">
          {families.map((entry) => (
            <SharedCaseCard key={entry.case.id} entry={entry} />
          ))}
        </ul>
      ) : null}
    </>
  );
}
