import { useLoad } from '../../../hooks/useLoad';
import { sharingApi } from '../api/sharing';
import { SHARED_CASES_INTRO } from '../lib/sharing-text';
import { SharedCaseCard } from './SharedCaseCard';

/** On the case list: the cases other families shared with the user, with their role (nothing when there are none). */
export function SharedCasesSection() {
  const { data, error } = useLoad(() => sharingApi.caseload(), 'shared-cases');
  if (error)
    return (
      <p className="notice error" role="alert">
        {error.message}
      </p>
    );
  if (!data || data.families.length === 0) return null;
  return (
    <section aria-labelledby="shared-cases-heading">
      <h2 id="shared-cases-heading">Shared with me</h2>
      <p>{SHARED_CASES_INTRO}</p>
      <ul className="card-list" aria-label="Cases shared with me">
        {data.families.map((entry) => (
          <SharedCaseCard key={entry.case.id} entry={entry} headingLevel="h3" />
        ))}
      </ul>
    </section>
  );
}
