import { Link } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { REMOVED_FROM_CASE } from '../lib/sharing-text';

/** What a case page shows on 404: the case is gone, or the family stopped sharing it (a removed member). */
export function NoCaseAccess() {
  return (
    <>
      <PageHeading>Case not found</PageHeading>
      <p>{REMOVED_FROM_CASE}</p>
      <p>
        <Link to="/cases">Go to my cases</Link>
      </p>
    </>
  );
}
