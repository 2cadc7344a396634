import type { ClipLink, StudentView } from '@iep/core/contract';
import { useState } from 'react';
import { ApiError } from '../../../api/client';
import { linksApi } from '../api/links';

interface Note {
  note: string;
  linkId: string;
}

/** Builds a page for the child: short plain notes, each with a clip or not. */
export function StudentViewForm({
  caseId,
  links,
  onMade,
}: {
  caseId: string;
  links: ClipLink[];
  onMade: (view: StudentView) => void;
}) {
  const [title, setTitle] = useState('What we agreed at your meeting');
  const [notes, setNotes] = useState<Note[]>([{ note: '', linkId: '' }]);
  const [days, setDays] = useState(30);
  const [error, setError] = useState('');
  const [working, setWorking] = useState(false);
  const usable = links.filter((l) => l.state === 'active');
  const change = (i: number, patch: Partial<Note>) =>
    setNotes((all) => all.map((n, j) => (j === i ? { ...n, ...patch } : n)));

  const submit = async () => {
    setError('');
    const filled = notes.filter((n) => n.note.trim() !== '');
    if (filled.length === 0) return setError('Write at least one note for your child.');
    setWorking(true);
    try {
      const view = await linksApi.createStudentView(caseId, {
        title: title.trim(),
        expiresInDays: days,
        items: filled.map((n) => ({ note: n.note.trim(), linkId: n.linkId || null })),
      });
      onMade(view);
      setNotes([{ note: '', linkId: '' }]);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'The page was not made. Please try again.');
    } finally {
      setWorking(false);
    }
  };

  return (
    <form
      className="student-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="field">
        <label htmlFor="student-title">Title of the page</label>
        <input
          id="student-title"
          type="text"
          maxLength={120}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      {notes.map((n, i) => (
        <fieldset key={i} className="field">
          <legend>Note {i + 1}</legend>
          <label htmlFor={`student-note-${i}`}>What you want your child to know (short and plain)</label>
          <textarea
            id={`student-note-${i}`}
            maxLength={300}
            rows={2}
            value={n.note}
            placeholder="What we agreed about breaks in math class"
            onChange={(e) => change(i, { note: e.target.value })}
          />
          <label htmlFor={`student-clip-${i}`}>A clip to go with it</label>
          <select
            id={`student-clip-${i}`}
            value={n.linkId}
            onChange={(e) => change(i, { linkId: e.target.value })}
          >
            <option value="">No clip</option>
            {usable.map((l) => (
              <option key={l.id} value={l.id}>
                {l.title}
              </option>
            ))}
          </select>
        </fieldset>
      ))}
      <p>
        <button
          type="button"
          className="secondary"
          disabled={notes.length >= 20}
          onClick={() => setNotes((all) => [...all, { note: '', linkId: '' }])}
        >
          Add another note
        </button>
      </p>
      <div className="field">
        <label htmlFor="student-days">The page works for</label>
        <select id="student-days" value={days} onChange={(e) => setDays(Number(e.target.value))}>
          {[7, 14, 30, 60, 90].map((d) => (
            <option key={d} value={d}>
              {d} days
            </option>
          ))}
        </select>
      </div>
      {error ? (
        <p className="notice error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" disabled={working}>
        {working ? 'Making the page…' : 'Make the page for my child'}
      </button>
    </form>
  );
}
