import { Link } from 'react-router';
import { PageHeading } from '../components/PageHeading';

export function NotFoundPage({ what = 'page' }: { what?: string }) {
  return (
    <>
      <PageHeading>{`${what.charAt(0).toUpperCase()}${what.slice(1)} not found`}</PageHeading>
      <p>We could not find this {what}. It may have been removed, or it belongs to someone else.</p>
      <p>
        <Link to="/cases">Go to my cases</Link>
      </p>
    </>
  );
}
