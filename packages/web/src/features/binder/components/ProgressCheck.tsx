import { plainDate } from '@iep/core';
import type { BinderDocument } from '@iep/core/contract';
import { Link } from 'react-router';
import { useLoad } from '../../../hooks/useLoad';
import { binderApi } from '../api/binder';
import { progressSummary, STATUS_WORDS } from '../lib/check-text';

const enc = encodeURIComponent;

/** On a progress report: the marks read per goal, set against the scores by the data check. */
export function ProgressCheck({ caseId, doc }: { caseId: string; doc: BinderDocument }) {
  const loaded = useLoad(
    () => binderApi.progressCheck(caseId, doc.id),
    `${caseId}/${doc.id}/${doc.updatedAt}`,
  );
  const body = loaded.data;
  return (
    <section aria-labelledby="progress-check-heading">
      <h2 id="progress-check-heading">This report and the scores</h2>
      {loaded.error ? (
        <p className="notice error" role="alert">
          {loaded.error.message}
        </p>
      ) : null}
      {body ? (
        <>
          <p>
            <strong>{progressSummary(body.check.marks.length, body.check.findings.length)}</strong>
          </p>
          {body.dateFrom === 'received' ? (
            <p className="help-text">
              We used the day you got this report ({plainDate(body.reportDate)}) as its date. Add the date
              printed on it above to be exact.
            </p>
          ) : null}
          {body.check.marks.length > 0 ? (
            <table>
              <caption>The marks we read</caption>
              <thead>
                <tr>
                  <th scope="col">Goal</th>
                  <th scope="col">Mark</th>
                  <th scope="col">Where</th>
                </tr>
              </thead>
              <tbody>
                {body.check.marks.map((m) => (
                  <tr key={m.goalId}>
                    <td>{m.area}</td>
                    <td>
                      {STATUS_WORDS[m.status]} (<q>{m.markQuote}</q>)
                    </td>
                    <td>
                      <a className="rec-link" href={`#page-${m.page}`}>
                        Page {m.page}
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {body.check.findings.length > 0 ? (
            <>
              <h3>Questions to ask the team</h3>
              <ul>
                {body.check.findings.map((f) => (
                  <li key={`${f.goalId ?? ''}-${f.code}`}>{f.question}</li>
                ))}
              </ul>
            </>
          ) : null}
          {body.check.unmatched.length > 0 ? (
            <>
              <h3>Parts we could not match to a goal</h3>
              <ul>
                {body.check.unmatched.map((u) => (
                  <li key={`${u.page}-${u.heading}`}>
                    Page {u.page}: <q>{u.heading}</q>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <p>
            <Link className="rec-link" to={`/cases/${enc(caseId)}/data`}>
              See all your scores in the data check
            </Link>
          </p>
        </>
      ) : null}
    </section>
  );
}
