import { BOOKMARK_KINDS, type BookmarkKind } from '@iep/core/contract';
import { useEffect, useRef, useState } from 'react';
import { BOOKMARK_LABELS } from '../lib/recording-time';

const KINDS = BOOKMARK_KINDS.map((kind) => ({ kind, label: BOOKMARK_LABELS[kind] }));

interface Props {
  /** "Add a bookmark at 12:30" or "Change Agreed at 0:05": the form's name for screen readers. */
  title: string;
  kind: BookmarkKind;
  note: string;
  onSave: (kind: BookmarkKind, note: string) => Promise<void>;
  /** Closes the form; the list puts focus back on the button that opened it. */
  onCancel: () => void;
}

/**
 * The one bookmark form, opened on demand (to add a bookmark at the play position, or to change one): focus moves
 * into it, and Escape or Cancel closes it.
 */
export function BookmarkEditor({ title, kind: startKind, note: startNote, onSave, onCancel }: Props) {
  const [kind, setKind] = useState<BookmarkKind>(startKind);
  const [note, setNote] = useState(startNote);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);

  return (
    <form
      className="panel bookmark-editor"
      aria-label={title}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        setError('');
        onSave(kind, note.trim()).catch(() => {
          setError('The bookmark was not saved. Please try again.');
          setBusy(false);
        });
      }}
    >
      <div className="field">
        <label htmlFor="bookmark-kind">Kind</label>
        <select
          id="bookmark-kind"
          ref={first}
          value={kind}
          onChange={(e) => setKind(KINDS.find((k) => k.kind === e.target.value)?.kind ?? 'note')}
        >
          {KINDS.map((k) => (
            <option key={k.kind} value={k.kind}>
              {k.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="bookmark-note">Note</label>
        <input
          id="bookmark-note"
          type="text"
          value={note}
          maxLength={2000}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      {error ? (
        <p className="notice error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Save the bookmark'}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
