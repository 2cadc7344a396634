import { Link, useParams } from 'react-router';
import { servicesWithMissedMinutes } from '@iep/core';
import { casesApi } from '../../cases/api/cases';
import { dataApi } from '../../data/api/data';
import { lettersApi } from '../api/letters';
import { useLetterKinds } from '../hooks/useLetterKinds';
import { Card } from '../../../components/Card';
import { CollapsibleList } from '../../../components/CollapsibleList';
import { PageHeading } from '../../../components/PageHeading';
import { StatusChip } from '../../../components/StatusChip';
import { useLoad } from '../../../hooks/useLoad';
import { deviceToday } from '../../../lib/format-time';
import { letterState, letterStateText, letterStateTone } from '../lib/letter-status';
import { NotFoundPage } from '../../../pages/NotFoundPage';
import { useCaseAccess } from '../../sharing/hooks/useCaseAccess';
import { RoleNote } from '../../sharing/components/RoleNote';

/** Every letter kind for one case, with how far each has come: the ones under way first, the rest folded. */
export function LettersPage() {
  const { caseId = '' } = useParams();
  const stored = useLoad(() => casesApi.getCase(caseId), caseId);
  const overview = useLoad(() => lettersApi.letters(caseId), caseId);
  const { kinds, failed } = useLetterKinds();
  const access = useCaseAccess(caseId);
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
  // A viewer reads how far each letter has come; writing one is for the family and their advocate.
  const mayDraft = access.may('draft-letters');

  const rows =
    kinds && overview.data
      ? kinds
          .map((info) => ({
            info,
            state: letterState(overview.data ?? { drafts: [], files: [], sent: [] }, info.kind),
          }))
          .filter(
            ({ info, state }) =>
              info.kind !== 'comp-ed-request' || missed.data === true || state.state !== 'not-started',
          )
          // Letters under way come first, so the rest can fold away; the order within each stays the kinds' order.
          .sort((a, b) => Number(a.state.state === 'not-started') - Number(b.state.state === 'not-started'))
      : null;

  return (
    <>
      <PageHeading title={name ? `Letters for ${name}` : 'Letters'}>
        {name ? `Letters for ${name}` : 'Letters'}
      </PageHeading>
      <p>
        <Link to={caseUrl}>Back to the case</Link> · <Link to={`${caseUrl}/timeline`}>Paper trail</Link>
      </p>
      <p>Each letter asks a few questions, one at a time, and fills in the rest from the case.</p>
      {access.role && !mayDraft ? (
        <RoleNote>
          Only the family and their advocate can write letters. You can see how far each one is.
        </RoleNote>
      ) : null}
      {failed || overview.error || stored.error ? (
        <p className="notice error">We could not load the letters. Please reload the page.</p>
      ) : null}
      {!rows ? (
        !failed && !overview.error ? (
          <p className="loading">Loading the letters…</p>
        ) : null
      ) : (
        <CollapsibleList
          className="card-list letter-kinds"
          items={rows}
          visible={6}
          noun="letters"
          itemKey={({ info }) => info.kind}
          renderItem={({ info, state }) => (
            <Card
              className={`letter-kind letter-${state.state}`}
              heading={
                mayDraft ? (
                  <Link to={`${caseUrl}/letters/${encodeURIComponent(info.kind)}`}>{info.title}</Link>
                ) : (
                  info.title
                )
              }
              summary={info.summary}
            >
              <p className="letter-state">
                <span className="visually-hidden">Status: </span>
                <StatusChip tone={letterStateTone(state)}>{letterStateText(state, timeZone)}</StatusChip>
              </p>
            </Card>
          )}
        />
      )}
    </>
  );
}
