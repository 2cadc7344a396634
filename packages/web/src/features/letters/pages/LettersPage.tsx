import { Link, useParams } from 'react-router';
import { servicesWithMissedMinutes } from '@iep/core';
import { casesApi } from '../../cases/api/cases';
import { dataApi } from '../../data/api/data';
import { lettersApi } from '../api/letters';
import { useLetterKinds } from '../hooks/useLetterKinds';
import { PageHeading } from '../../../components/PageHeading';
import { useLoad } from '../../../hooks/useLoad';
import { deviceToday } from '../../../lib/format-time';
import { letterState, letterStateText } from '../lib/letter-status';
import { NotFoundPage } from '../../../pages/NotFoundPage';

/** Every letter kind for one case, with how far each has come. */
export function LettersPage() {
  const { caseId = '' } = useParams();
  const stored = useLoad(() => casesApi.getCase(caseId), caseId);
  const overview = useLoad(() => lettersApi.letters(caseId), caseId);
  const { kinds, failed } = useLetterKinds();
  // The compensatory services letter is offered only when the data check finds minutes the log marks missed and
  // not made up (no log is not a missed session), or when the parent has already started it.
  const missed = useLoad(
    () => dataApi.analysis(caseId, deviceToday()).then((a) => servicesWithMissedMinutes(a).length > 0),
    caseId,
  );

  if (stored.error?.status === 404 || overview.error?.status === 404) return <NotFoundPage what="case" />;
  const name = stored.data?.file.student.name;
  const timeZone = stored.data?.file.meetings[0]?.timeZone ?? 'America/Chicago';
  const caseUrl = `/cases/${encodeURIComponent(caseId)}`;

  return (
    <>
      <PageHeading title={name ? `Letters for ${name}` : 'Letters'}>
        {name ? `Letters for ${name}` : 'Letters'}
      </PageHeading>
      <p>
        <Link to={caseUrl}>Back to the case</Link> · <Link to={`${caseUrl}/timeline`}>Paper trail</Link>
      </p>
      <p>Each letter asks a few questions, one at a time, and fills in the rest from the case.</p>
      {failed || overview.error || stored.error ? (
        <p className="notice error">We could not load the letters. Please reload the page.</p>
      ) : null}
      {!kinds || !overview.data ? (
        !failed && !overview.error ? (
          <p className="loading">Loading the letters…</p>
        ) : null
      ) : (
        <ul className="card-list letter-kinds">
          {kinds.map((info) => {
            const state = letterState(overview.data ?? { drafts: [], files: [], sent: [] }, info.kind);
            if (info.kind === 'comp-ed-request' && missed.data !== true && state.state === 'not-started')
              return null;
            return (
              <li key={info.kind} className={`card letter-kind letter-${state.state}`}>
                <h2>
                  <Link to={`${caseUrl}/letters/${encodeURIComponent(info.kind)}`}>{info.title}</Link>
                </h2>
                <p>{info.summary}</p>
                <p className="letter-state">
                  <strong>Status:</strong> {letterStateText(state, timeZone)}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
