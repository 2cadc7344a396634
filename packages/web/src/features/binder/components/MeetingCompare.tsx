import { correctionAnswers, formatClock, type IepFinding } from '@iep/core';
import type { BinderDocument, MeetingCompare as Compare } from '@iep/core/contract';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../api/client';
import { useLoad } from '../../../hooks/useLoad';
import { casesApi } from '../../cases/api/cases';
import { lettersApi } from '../../letters/api/letters';
import { meetingTitle, transcriptHref } from '../../transcripts/lib/transcript-links';
import { binderApi } from '../api/binder';
import { compareSummary } from '../lib/check-text';

const enc = encodeURIComponent;

function Finding({ caseId, meetingId, f }: { caseId: string; meetingId: string; f: IepFinding }) {
  const moment = f.settled?.moment ?? null;
  return (
    <li className="card">
      <p>{f.sentence}</p>
      {f.document ? (
        <p>
          <a className="rec-link" href={`#page-${f.document.page}`}>
            Page {f.document.page}
          </a>
          : <q>{f.document.quote}</q>
        </p>
      ) : null}
      {f.settled && f.settled.from !== 'case' ? (
        <p>
          What was settled: <q>{f.settled.words}</q>
          {moment ? (
            <>
              {' '}
              <a className="rec-link" href={transcriptHref(caseId, meetingId, { sec: moment.atMs / 1000 })}>
                Hear it at {formatClock(moment.atMs / 1000)}
              </a>
            </>
          ) : null}
        </p>
      ) : null}
    </li>
  );
}

function FindingList(props: {
  id: string;
  title: string;
  list: IepFinding[];
  caseId: string;
  meetingId: string;
}) {
  if (props.list.length === 0) return null;
  return (
    <section aria-labelledby={props.id}>
      <h3 id={props.id}>{props.title}</h3>
      <ul className="plain-list">
        {props.list.map((f) => (
          <Finding key={`${f.topicId}-${f.what}`} caseId={props.caseId} meetingId={props.meetingId} f={f} />
        ))}
      </ul>
    </section>
  );
}

/** On an IEP or amendment: compare it with what a meeting settled, and draft the letter asking to correct it. */
export function MeetingCompare({
  caseId,
  doc,
  mayDraft,
}: {
  caseId: string;
  doc: BinderDocument;
  /** Whether this member may draft letters (not a viewer). */
  mayDraft: boolean;
}) {
  const navigate = useNavigate();
  const stored = useLoad(() => casesApi.getCase(caseId), caseId);
  const meetings = stored.data?.file.meetings ?? [];
  const [meetingId, setMeetingId] = useState('');
  const [result, setResult] = useState<Compare | null>(null);
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  const chosen = meetingId || (meetings.at(-1)?.id ?? '');

  const compare = async (event: FormEvent) => {
    event.preventDefault();
    setFailure('');
    setBusy(true);
    try {
      setResult(await binderApi.meetingCompare(caseId, doc.id, chosen));
    } catch (caught) {
      setFailure(caught instanceof ApiError ? caught.message : 'That did not work. Try again.');
    } finally {
      setBusy(false);
    }
  };

  const draftLetter = async (compared: Compare) => {
    setFailure('');
    try {
      const answers = correctionAnswers(compared.comparison, doc.documentDate);
      await lettersApi.saveLetterDraft(caseId, 'iep-correction', compared.meetingId, answers);
      void navigate(`/cases/${enc(caseId)}/letters/iep-correction?meeting=${enc(compared.meetingId)}`);
    } catch (caught) {
      setFailure(caught instanceof ApiError ? caught.message : 'The letter could not be started. Try again.');
    }
  };

  const c = result?.comparison;
  return (
    <section aria-labelledby="compare-heading">
      <h2 id="compare-heading">Compare with the meeting</h2>
      <p>
        We check this paper against what the meeting settled: the agreements and promises you confirmed, what
        you marked in the companion, and your case&apos;s services. We compare words, so a thing written in
        other words may show up as not found.
      </p>
      {meetings.length === 0 ? (
        <p className="help-text">Add the meeting to your case first.</p>
      ) : (
        <form onSubmit={(e) => void compare(e)}>
          <label htmlFor="compare-meeting">Which meeting?</label>
          <select id="compare-meeting" value={chosen} onChange={(e) => setMeetingId(e.target.value)}>
            {meetings.map((m) => (
              <option key={m.id} value={m.id}>
                {meetingTitle(meetings, m.id)}
              </option>
            ))}
          </select>
          <button type="submit" disabled={busy}>
            {busy ? 'Comparing…' : 'Compare with the meeting'}
          </button>
        </form>
      )}
      {failure ? (
        <p className="notice error" role="alert">
          {failure}
        </p>
      ) : null}
      {result && c ? (
        <div aria-live="polite">
          <p>
            <strong>{compareSummary(c)}</strong>
          </p>
          <FindingList
            id="compare-missing"
            title="We could not find"
            list={c.missing}
            caseId={caseId}
            meetingId={result.meetingId}
          />
          <FindingList
            id="compare-differs"
            title="Different from the meeting"
            list={c.differs}
            caseId={caseId}
            meetingId={result.meetingId}
          />
          <FindingList
            id="compare-new"
            title="New in this paper"
            list={c.new}
            caseId={caseId}
            meetingId={result.meetingId}
          />
          {mayDraft && c.missing.length + c.differs.length > 0 ? (
            <button type="button" onClick={() => void draftLetter(result)}>
              Draft the letter asking to correct it
            </button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
