import type { PublicStudentView } from '@iep/core/contract';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../api/client';
import { PageHeading } from '../../../components/PageHeading';
import { ReadAloud } from '../../../components/ReadAloud';
import { linksApi } from '../api/links';
import { ClipPlayer } from '../components/ClipPlayer';

/** Where a child types the short code of their page. */
export function StudentCodePage() {
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  return (
    <div className="student-page">
      <PageHeading>Open your page</PageHeading>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (code.trim()) void navigate(`/s/${encodeURIComponent(code.trim())}`);
        }}
      >
        <div className="field">
          <label htmlFor="student-code">Type your code</label>
          <input
            id="student-code"
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            value={code}
            placeholder="ABCD-2345"
            onChange={(e) => setCode(e.target.value)}
          />
        </div>
        <button type="submit">Open</button>
      </form>
    </div>
  );
}

/** The child's page: big words, the parent's notes, the clips, read aloud. */
export function StudentPage() {
  const { code = '' } = useParams();
  const [view, setView] = useState<PublicStudentView | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    linksApi
      .student(code)
      .then(setView, (e: unknown) =>
        setError(e instanceof ApiError ? e.message : 'Something went wrong. Please reload the page.'),
      );
  }, [code]);

  if (error)
    return (
      <div className="student-page">
        <PageHeading>This page does not work</PageHeading>
        <p>{error}</p>
      </div>
    );
  if (!view) return <p role="status">Opening your page…</p>;
  const all = [view.title, ...view.items.map((i) => i.note)].join('\n');
  return (
    <div className="student-page">
      <PageHeading>{view.title}</PageHeading>
      <ReadAloud text={all} label="the whole page" />
      <ol className="plain-list student-items">
        {view.items.map((item, i) => (
          <li key={i} className="card">
            <h2>{item.note}</h2>
            <ReadAloud text={item.note} label={`note ${i + 1}`} />
            {item.clip ? <ClipPlayer clip={item.clip} headingLevel={3} /> : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
