import type { ClipLink, StudentView } from '@iep/core/contract';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../api/client';
import { PageHeading } from '../../../components/PageHeading';
import { StatusMessage } from '../../../components/StatusMessage';
import { useLoad } from '../../../hooks/useLoad';
import { linksApi } from '../api/links';
import { LinkList } from '../components/LinkList';
import { StudentViewForm } from '../components/StudentViewForm';
import { dayText, STATE_WORDS, timesText } from '../lib/link-words';

/** The case's shared links and pages for the child: plays, expiry, "Turn off", and a new page for the child. */
export function LinksPage() {
  const { caseId = '' } = useParams();
  const { data, error, reload } = useLoad(() => linksApi.list(caseId), caseId);
  const [message, setMessage] = useState('');
  const caseLink = `/cases/${encodeURIComponent(caseId)}`;

  const act = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      setMessage(done);
      await reload();
    } catch (e) {
      setMessage(e instanceof ApiError ? e.message : 'That did not work. Please try again.');
    }
  };
  const revoke = (link: ClipLink) =>
    void act(
      () => linksApi.revoke(caseId, link.id),
      `The link “${link.title}” is turned off. It no longer works.`,
    );
  const revokeView = (view: StudentView) =>
    void act(() => linksApi.revokeStudentView(caseId, view.id), `The page “${view.title}” is turned off.`);

  return (
    <>
      <PageHeading>Shared links</PageHeading>
      <p>
        <Link to={caseLink}>Back to the case</Link>
      </p>
      <p>
        To share a part of a meeting, open its recording and choose <strong>Share a part</strong>.
      </p>
      <StatusMessage message={message} />
      {error ? (
        <p className="notice error" role="alert">
          {error.message}
        </p>
      ) : null}
      <section aria-labelledby="clips-heading">
        <h2 id="clips-heading">Shared parts of meetings</h2>
        {data ? <LinkList links={data.links} onRevoke={revoke} /> : <p role="status">Loading…</p>}
      </section>
      <section aria-labelledby="student-heading">
        <h2 id="student-heading">Pages for your child</h2>
        <p>
          Pick parts of the meeting and write short notes in your own words. Your child opens the page with
          its link or a short code. The words are big, and the page can read them aloud.
        </p>
        {data && data.studentViews.length > 0 ? (
          <ul className="plain-list link-list" aria-label="Pages for your child">
            {data.studentViews.map((view) => (
              <li key={view.id} className="card">
                <h3>{view.title}</h3>
                <p>
                  Opened {timesText(view.opens)}.{' '}
                  {view.state === 'active'
                    ? `Works until ${dayText(view.expiresAt)}.`
                    : `${STATE_WORDS[view.state]}.`}
                </p>
                {view.state === 'active' ? (
                  <>
                    <p>
                      Code:{' '}
                      <strong className="student-code">{`${view.code.slice(0, 4)}-${view.code.slice(4)}`}</strong>
                    </p>
                    <p className="link-url">{view.url}</p>
                    <button type="button" className="secondary" onClick={() => revokeView(view)}>
                      Turn off<span className="visually-hidden"> the page “{view.title}”</span>
                    </button>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
        <h3>Make a new page for your child</h3>
        {data ? (
          <StudentViewForm
            caseId={caseId}
            links={data.links}
            onMade={(view) => {
              setMessage(`The page is ready. Its code is ${view.code.slice(0, 4)}-${view.code.slice(4)}.`);
              void reload();
            }}
          />
        ) : null}
      </section>
    </>
  );
}
