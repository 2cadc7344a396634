import { Link } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { useLoad } from '../../../hooks/useLoad';
import { SHARED_CASES_INTRO } from '../../sharing/lib/sharing-text';
import { homeApi } from '../api/home';
import { HomeCaseCard } from '../components/HomeCaseCard';
import { Welcome } from '../components/Welcome';
import { HOME_INTRO } from '../lib/home-text';

/**
 * The home page ("/" and "/cases"): each child with what comes next, the parent's own cases first, then the cases
 * other families shared. With no case at all, the welcome with the path and the first step.
 */
export function HomePage() {
  const { data, error } = useLoad(() => homeApi.home(), 'home');
  const own = data?.cases.filter((c) => c.role === 'owner') ?? [];
  const shared = data?.cases.filter((c) => c.role !== 'owner') ?? [];
  return (
    <>
      <PageHeading>My cases</PageHeading>
      {!data && !error ? <p className="loading">Loading your cases…</p> : null}
      {error ? (
        <p className="notice error" role="alert">
          {error.message}
        </p>
      ) : null}
      {data && data.cases.length === 0 ? (
        <>
          <Welcome />
          <p>
            Have a case file saved from IEP Ready? <Link to="/cases/import">Import a case file</Link>.
          </p>
        </>
      ) : null}
      {own.length > 0 ? <p>{HOME_INTRO}</p> : null}
      {data && data.cases.length > 0 ? (
        <p className="actions">
          <Link className="button" to="/cases/new">
            New case
          </Link>
          <Link className="button secondary" to="/cases/import">
            Import a case file
          </Link>
        </p>
      ) : null}
      {own.length > 0 ? (
        <ul className="card-list two-columns" aria-label="My children">
          {own.map((entry) => (
            <li key={entry.case.id}>
              <HomeCaseCard entry={entry} level={2} />
            </li>
          ))}
        </ul>
      ) : null}
      {shared.length > 0 ? (
        <section aria-labelledby="shared-cases-heading">
          <h2 id="shared-cases-heading">Shared with me</h2>
          <p>{SHARED_CASES_INTRO}</p>
          <ul className="card-list two-columns" aria-label="Cases shared with me">
            {shared.map((entry) => (
              <li key={entry.case.id}>
                <HomeCaseCard entry={entry} level={3} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
