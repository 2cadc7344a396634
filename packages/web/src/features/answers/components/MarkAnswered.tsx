import type { AnswerList } from '@iep/core';
import type { BinderDocument } from '@iep/core/contract';
import { useId, useState } from 'react';
import { answersApi } from '../api/answers';

/** Marks one item answered, with the binder document that holds the answer (or none). */
export function MarkAnswered({
  caseId,
  itemId,
  documents,
  today,
  onDone,
}: {
  caseId: string;
  itemId: string;
  documents: readonly BinderDocument[];
  today: string;
  onDone: (list: AnswerList, message: string) => void;
}) {
  const id = useId();
  const [documentId, setDocumentId] = useState('');
  const [answeredOn, setAnsweredOn] = useState(today);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError('');
    try {
      const list = await answersApi.mark(caseId, itemId, {
        documentId: documentId === '' ? null : documentId,
        answeredOn,
      });
      onDone(list, 'Marked as answered.');
    } catch (e) {
      setError(e instanceof Error ? e.message : 'That did not work. Try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="stack" onSubmit={(e) => void submit(e)}>
      <label htmlFor={`${id}-doc`}>The paper with the answer</label>
      <select id={`${id}-doc`} value={documentId} onChange={(e) => setDocumentId(e.target.value)}>
        <option value="">No paper (the answer came another way)</option>
        {documents.map((d) => (
          <option key={d.id} value={d.id}>
            {d.title}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-day`}>The day it came</label>
      <input
        id={`${id}-day`}
        type="date"
        max={today}
        required
        value={answeredOn}
        onChange={(e) => setAnsweredOn(e.target.value)}
      />
      {error ? (
        <p className="notice error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button" disabled={busy}>
        Mark as answered
      </button>
    </form>
  );
}
