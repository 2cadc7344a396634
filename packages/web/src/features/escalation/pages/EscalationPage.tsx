import type { EscalationPage as Page } from '@iep/core/contract';
import { plainDate } from '@iep/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { ReadAloud } from '../../../components/ReadAloud';
import { StatusMessage } from '../../../components/StatusMessage';
import { useLoad } from '../../../hooks/useLoad';
import { NotFoundPage } from '../../../pages/NotFoundPage';
import { casesApi } from '../../cases/api/cases';
import { escalationApi } from '../api/escalation';
import { HelpersSection } from '../components/HelpersSection';
import { OptionCard } from '../components/OptionCard';
import { NO_EVENTS, PAGE_INTRO, WINDOWS_INTRO } from '../lib/escalation-text';

const enc = encodeURIComponent;

/** /cases/:caseId/escalation: the ways up for this case's plan, their time limits, and who can help. */
export function EscalationPage() {
  const { caseId = '' } = useParams();
  const stored = useLoad(() => casesApi.getCase(caseId), caseId);
  const loaded = useLoad(() => escalationApi.get(caseId), caseId);
  const [saved, setSaved] = useState<Page | null>(null);
  const [status, setStatus] = useState('');

  if (stored.error?.status === 404 || loaded.error?.status === 404) return <NotFoundPage what="case" />;
  const name = stored.data?.file.student.name;
  const page = saved ?? loaded.data;

  async function saveKnew(eventId: string, knewOn: string | null): Promise<string> {
    const next = await escalationApi.setKnownDate(caseId, eventId, { knewOn });
    setSaved(next);
    const message =
      knewOn === null
        ? 'The time limit counts from the first day again.'
        : `Saved. The time limit now counts from ${plainDate(knewOn)}.`;
    setStatus(message);
    return message;
  }

  return (
    <>
      <PageHeading title={name ? `Ways to take it further for ${name}` : undefined}>
        Ways to take it further
      </PageHeading>
      <p>
        <Link className="rec-link" to={`/cases/${enc(caseId)}`}>
          Back to the case
        </Link>
      </p>
      <p>{PAGE_INTRO}</p>
      <ReadAloud text={PAGE_INTRO} label="the introduction" />
      <p>
        <Link className="rec-link" to={`/cases/${enc(caseId)}/evidence-binder`}>
          Put your papers together in an evidence binder
        </Link>
      </p>
      {loaded.error ? <p className="notice error">{loaded.error.message}</p> : null}
      <StatusMessage message={status} />
      {page === null ? (
        <p>Loading the ways up…</p>
      ) : (
        <>
          <p>
            {page.planType === '504'
              ? 'Your child has a 504 plan, so these are the 504 ways. IEP ways like due process are not listed.'
              : 'Your child has an IEP, so these are the IEP ways.'}{' '}
            Time limits are counted as of {plainDate(page.today)}.
          </p>
          <p>{page.events.length === 0 ? NO_EVENTS : WINDOWS_INTRO}</p>
          {page.options.map((option) => (
            <OptionCard
              key={option.id}
              caseId={caseId}
              option={option}
              events={page.events}
              onSaveKnew={saveKnew}
            />
          ))}
          <HelpersSection helpers={page.helpers} />
        </>
      )}
    </>
  );
}
